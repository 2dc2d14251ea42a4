// SPDX-License-Identifier: GPL-3.0-or-later
// Card images are byte-correct: TLV files, RRN signatures, photo and basic-key hashes, padding.
#include "cardfixture.h"
#include "tlvwriter.h"

#include <openssl/asn1.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <QCryptographicHash>
#include <QtTest>

#include <memory>

namespace {
QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}

ImageRequest request(const char* applet)
{
    ImageRequest r;
    r.spec.applet = QString::fromLatin1(applet);
    r.spec.rsaHash = r.spec.is18() ? QStringLiteral("sha384") : QStringLiteral("sha256");
    return r;
}

QByteArray withoutTrailingZeros(QByteArray bytes)
{
    while (bytes.endsWith('\0'))
        bytes.chop(1);
    return bytes;
}

/** True when `der` is a run of well-formed DER TLVs that tile it exactly, recursively. */
bool tilesAsDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* end = p + der.size();
    while (p < end) {
        const unsigned char* start = p;
        long length = 0;
        int tag = 0;
        int xclass = 0;
        const int result = ASN1_get_object(&p, &length, &tag, &xclass, end - p);
        if (result & 0x80)
            return false;
        if ((result & V_ASN1_CONSTRUCTED)
            && !tilesAsDer(QByteArray(reinterpret_cast<const char*>(p), static_cast<int>(length))))
            return false;
        p += length;
        if (p <= start)
            return false;
    }
    return p == end;
}

/** EC signatures in zero-padded files end where their DER header says. */
QByteArray derSignature(const QByteArray& file)
{
    if (file.size() > 2 && static_cast<quint8>(file.at(0)) == 0x30 && file.at(1) > 0)
        return file.left(static_cast<quint8>(file.at(1)) + 2);
    return file;
}
} // namespace

class TestVcardCardgen : public QObject
{
    Q_OBJECT
private slots:
    void tlvWriter_longValue_usesFfContinuation();
    void image_signatures_verifyWithRrnCertificate_data();
    void image_signatures_verifyWithRrnCertificate();
    void image_identityFields_matchSpec();
    void image_paddingAndSizes_asRealCards();
    void image_kidsCard_hasNoCitizenCertificates();
    void image_pkcs15Files_areWellFormedDer();
    void faults_breakExactlyTheirCheck();
    void revoked_authenticationCertificateIsOnThePkisCrl();
};

void TestVcardCardgen::tlvWriter_longValue_usesFfContinuation()
{
    TlvWriter writer;
    writer.add(0x07, QByteArray(300, 'a'));
    writer.add(0x08, QByteArray(255, 'b'));
    QCOMPARE(writer.bytes().left(3), hex("07FF2D"));
    QCOMPARE(writer.bytes().mid(303, 3), hex("08FF00"));
    QCOMPARE(writer.bytes().size(), 3 + 300 + 3 + 255);
}

void TestVcardCardgen::image_signatures_verifyWithRrnCertificate_data()
{
    QTest::addColumn<QString>("applet");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<int>("photoHashLength");
    QTest::newRow("1.7") << "1.7"
                         << "SHA256" << 32;
    QTest::newRow("1.8") << "1.8"
                         << "SHA384" << 48;
}

void TestVcardCardgen::image_signatures_verifyWithRrnCertificate()
{
    QFETCH(QString, applet);
    QFETCH(QString, digest);
    QFETCH(int, photoHashLength);
    GeneratedCard card(request(applet.toLatin1().constData()));
    QVERIFY(card.ok);
    const auto& f = card.image.files;
    const QByteArray rrn = CardCheck::certificate(f.value(hex("3F00DF00503C")));
    const QByteArray identity = f.value(hex("3F00DF014031"));
    const QByteArray idSignature = f.value(hex("3F00DF014032"));
    const QByteArray address = f.value(hex("3F00DF014033"));
    const QByteArray d = digest.toLatin1();
    // Only an EC card stores DER (zero-padded); an RSA signature is raw and may well start
    // with 0x30 (1 run in about 500 cut it short when both were treated alike).
    const bool ec = applet == QStringLiteral("1.8");
    const auto signature = [ec](const QByteArray& file) { return ec ? derSignature(file) : file; };
    QVERIFY(CardCheck::verifyData(rrn, identity, signature(idSignature), d.constData()));
    QVERIFY(CardCheck::verifyData(rrn, withoutTrailingZeros(address) + idSignature,
        signature(f.value(hex("3F00DF014034"))), d.constData()));
    // The padded address is not what is signed.
    QVERIFY(!CardCheck::verifyData(
        rrn, address + idSignature, signature(f.value(hex("3F00DF014034"))), d.constData()));
    const QByteArray photoHash = CardCheck::tlvValue(identity, 0x11);
    QCOMPARE(photoHash.size(), photoHashLength);
    QCOMPARE(photoHash,
        QCryptographicHash::hash(f.value(hex("3F00DF014035")),
            photoHashLength == 48 ? QCryptographicHash::Sha384 : QCryptographicHash::Sha256));
    QVERIFY(f.value(hex("3F00DF014035")).startsWith(hex("FFD8FF"))); // JPEG
    if (applet == QStringLiteral("1.8")) {
        QCOMPARE(CardCheck::tlvValue(identity, 0x1A),
            QCryptographicHash::hash(f.value(hex("3F00DF014040")), QCryptographicHash::Sha384));
        QCOMPARE(identity.left(2), hex("0002")); // tag 00 first
    } else {
        QVERIFY(!f.contains(hex("3F00DF014040")));
        QCOMPARE(identity.at(0), char(0x01));
    }
}

void TestVcardCardgen::image_identityFields_matchSpec()
{
    ImageRequest r = request("1.8");
    r.spec.surname = QStringLiteral("de Merode-Wéström d'Ursel van der Straeten-Ponthoz");
    r.spec.firstNames = QStringLiteral("Marie-Thérèse Élisabeth");
    r.spec.nobleCondition = QStringLiteral("Comtesse");
    r.spec.birthDate = QStringLiteral("2003-08-09");
    r.spec.sex = QStringLiteral("F");
    r.spec.documentType = 33;
    r.spec.memberOfFamily = true;
    r.spec.extraTags = { { 0x1F, QStringLiteral("01.02.2020") } };
    GeneratedCard card(r);
    QVERIFY(card.ok);
    const QByteArray identity = card.image.files.value(hex("3F00DF014031"));
    QCOMPARE(QString::fromUtf8(CardCheck::tlvValue(identity, 0x07)), r.spec.surname);
    QCOMPARE(QString::fromUtf8(CardCheck::tlvValue(identity, 0x08)), r.spec.firstNames);
    QCOMPARE(CardCheck::tlvValue(identity, 0x0E), QByteArray("Comtesse"));
    QCOMPARE(CardCheck::tlvValue(identity, 0x0C), QByteArray("09 AOUT 2003"));
    QCOMPARE(CardCheck::tlvValue(identity, 0x0F), QByteArray("33"));
    QCOMPARE(CardCheck::tlvValue(identity, 0x1F), QByteArray("01.02.2020"));
    QVERIFY(identity.contains(hex("1400"))); // member of family: empty tag present
    const QByteArray nn = CardCheck::tlvValue(identity, 0x06);
    QCOMPARE(nn.left(6), QByteArray("030809"));
    // Born in 2000 or later: check digits over "2" + the first nine digits.
    QCOMPARE(97 - QByteArray("2" + nn.left(9)).toULongLong() % 97, nn.right(2).toULongLong());
    QCOMPARE(nn.mid(6, 3).toInt() % 2, 0); // even sequence number: female
    const QByteArray cardNumber = CardCheck::tlvValue(identity, 0x01);
    QCOMPARE(cardNumber.left(10).toULongLong() % 97, cardNumber.right(2).toULongLong());
}

void TestVcardCardgen::image_paddingAndSizes_asRealCards()
{
    GeneratedCard card18(request("1.8"));
    GeneratedCard card17(request("1.7"));
    QVERIFY(card18.ok && card17.ok);
    for (const auto* card : { &card18, &card17 }) {
        const bool v18 = card == &card18;
        const auto& f = card->image.files;
        QCOMPARE(f.value(hex("3F00DF014033")).size(), 117);
        const QByteArray root = f.value(hex("3F00DF00503B"));
        QCOMPARE(root.size() - CardCheck::certificate(root).size(), v18 ? 1100 : 50);
        QVERIFY(root.endsWith(QByteArray(v18 ? 1100 : 50, '\0')));
        QCOMPARE(card->image.atr.size(), v18 ? 20 : 13);
        QCOMPARE(card->image.cardData.at(21), char(v18 ? 0x18 : 0x17));
        const QByteArray tokenInfo = f.value(hex("3F00DF005032"));
        QCOMPARE(tokenInfo.size(), static_cast<quint8>(tokenInfo.at(1)) + 2);
    }
    QCOMPARE(card17.image.files.value(hex("3F00DF014032")).size(), 256);
    QCOMPARE(card18.image.files.value(hex("3F00DF014034")).size(), 104);
}

void TestVcardCardgen::image_kidsCard_hasNoCitizenCertificates()
{
    ImageRequest r = request("1.8");
    r.spec.withCertificates = false;
    r.spec.documentType = 6;
    GeneratedCard card(r);
    QVERIFY(card.ok);
    QCOMPARE(card.image.files.value(hex("3F00DF005038")), QByteArray(2500, '\0'));
    QCOMPARE(card.image.files.value(hex("3F00DF005039")), QByteArray(2500, '\0'));
    QVERIFY(!card.image.keys.contains(0x82));
    QVERIFY(card.image.keys.contains(0x81));
}

void TestVcardCardgen::image_pkcs15Files_areWellFormedDer()
{
    for (const char* applet : { "1.7", "1.8" }) {
        GeneratedCard card(request(applet));
        QVERIFY(card.ok);
        for (const char* path : { "3F002F00", "3F00DF005031", "3F00DF005032", "3F00DF005034",
                 "3F00DF005035", "3F00DF005037", "3F00DF014040" }) {
            if (!card.image.files.contains(hex(path)))
                continue; // 4040 is on 1.8 cards only
            QVERIFY2(tilesAsDer(card.image.files.value(hex(path))), path);
        }
        QVERIFY(!tilesAsDer(hex("3005020100")));
        // The CDF lists the five certificates with their DER lengths.
        const QByteArray cdf = card.image.files.value(hex("3F00DF005037"));
        QCOMPARE(cdf.count(hex("3F00DF00")), 5);
        const QByteArray rrn = CardCheck::certificate(card.image.files.value(hex("3F00DF00503C")));
        QByteArray length(2, '\0');
        length[0] = static_cast<char>(rrn.size() >> 8);
        length[1] = static_cast<char>(rrn.size() & 0xFF);
        QVERIFY(cdf.contains(hex("8002") + length));
    }
}

void TestVcardCardgen::faults_breakExactlyTheirCheck()
{
    ImageRequest tampered = request("1.7");
    tampered.faults.tamperFile = QStringLiteral("4031");
    ImageRequest photo = request("1.7");
    photo.faults.wrongPhotoHash = true;
    ImageRequest expired = request("1.7");
    expired.faults.expiredRrn = true;
    GeneratedCard a(tampered), b(photo), c(expired);
    QVERIFY(a.ok && b.ok && c.ok);
    for (const GeneratedCard* card : { &a, &b, &c }) {
        const auto& f = card->image.files;
        const QByteArray rrn = CardCheck::certificate(f.value(hex("3F00DF00503C")));
        const bool idValid = CardCheck::verifyData(
            rrn, f.value(hex("3F00DF014031")), f.value(hex("3F00DF014032")), "SHA256");
        const bool photoValid = CardCheck::tlvValue(f.value(hex("3F00DF014031")), 0x11)
            == QCryptographicHash::hash(f.value(hex("3F00DF014035")), QCryptographicHash::Sha256);
        QCOMPARE(idValid, card != &a);
        QCOMPARE(photoValid, card != &b);
    }
    const QByteArray rrn = CardCheck::certificate(c.image.files.value(hex("3F00DF00503C")));
    const auto* p = reinterpret_cast<const unsigned char*>(rrn.constData());
    X509* x = d2i_X509(nullptr, &p, rrn.size());
    QVERIFY(x);
    QVERIFY(X509_cmp_current_time(X509_get0_notAfter(x)) < 0);
    X509_free(x);
}

void TestVcardCardgen::revoked_authenticationCertificateIsOnThePkisCrl()
{
    QTemporaryDir pki;
    ImageRequest good = request("1.8");
    good.pkiDir = pki.path();
    ImageRequest revoked = good;
    revoked.faults.revoked = true;
    GeneratedCard a(good), b(revoked), c(good); // c: a later card of the PKI keeps b revoked
    QVERIFY(a.ok && b.ok && c.ok);
    QFile file(pki.filePath(QStringLiteral("ca.crl")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray crlDer = file.readAll();
    const auto* p = reinterpret_cast<const unsigned char*>(crlDer.constData());
    std::unique_ptr<X509_CRL, decltype(&X509_CRL_free)> crl(
        d2i_X509_CRL(nullptr, &p, crlDer.size()), X509_CRL_free);
    QVERIFY(crl);
    const auto cert = [](const GeneratedCard& card, const char* path) {
        const QByteArray der = CardCheck::certificate(card.image.files.value(hex(path)));
        const auto* q = reinterpret_cast<const unsigned char*>(der.constData());
        return std::unique_ptr<X509, decltype(&X509_free)>(
            d2i_X509(nullptr, &q, der.size()), X509_free);
    };
    const auto ca = cert(a, "3F00DF00503A");
    QCOMPARE(X509_CRL_verify(crl.get(), X509_get0_pubkey(ca.get())), 1); // the citizen CA's
    X509_REVOKED* entry = nullptr;
    QCOMPARE(X509_CRL_get0_by_cert(crl.get(), &entry, cert(b, "3F00DF005038").get()), 1);
    QCOMPARE(X509_CRL_get0_by_cert(crl.get(), &entry, cert(a, "3F00DF005038").get()), 0);
    QCOMPARE(X509_CRL_get0_by_cert(crl.get(), &entry, cert(c, "3F00DF005038").get()), 0);
    QVERIFY(X509_cmp_current_time(X509_CRL_get0_nextUpdate(crl.get())) > 0);
    // The certificates name the CRL (a file URL by default) and the eID policy of their role.
    const auto auth = cert(a, "3F00DF005038");
    auto* points = static_cast<CRL_DIST_POINTS*>(
        X509_get_ext_d2i(auth.get(), NID_crl_distribution_points, nullptr, nullptr));
    QVERIFY(points && sk_DIST_POINT_num(points) == 1);
    const GENERAL_NAME* name
        = sk_GENERAL_NAME_value(sk_DIST_POINT_value(points, 0)->distpoint->name.fullname, 0);
    const ASN1_IA5STRING* uri = name->d.uniformResourceIdentifier;
    QCOMPARE(QUrl(QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(uri)),
                      ASN1_STRING_length(uri)))
                 .toLocalFile(),
        QFileInfo(file).absoluteFilePath());
    CRL_DIST_POINTS_free(points);
    auto* policies = static_cast<CERTIFICATEPOLICIES*>(
        X509_get_ext_d2i(auth.get(), NID_certificate_policies, nullptr, nullptr));
    QVERIFY(policies && sk_POLICYINFO_num(policies) == 1);
    char oid[64] = {};
    OBJ_obj2txt(oid, sizeof oid, sk_POLICYINFO_value(policies, 0)->policyid, 1);
    QCOMPARE(QByteArray(oid), QByteArray("2.16.56.12.1.1.2.2"));
    CERTIFICATEPOLICIES_free(policies);
}

QTEST_GUILESS_MAIN(TestVcardCardgen)
#include "tst_vcard_cardgen.moc"
