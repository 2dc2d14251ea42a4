// SPDX-License-Identifier: GPL-3.0-or-later
// The virtual card's BELPIC applet answers like a real T=0 card (belpic-card.md §1-§7).
#include "belpicapplet.h"
#include "cardfixture.h"

#include <openssl/x509.h>
#include <QCryptographicHash>
#include <QtTest>

namespace {
QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}
QByteArray sw(const QByteArray& response)
{
    return response.right(2).toHex().toUpper();
}
QByteArray data(const QByteArray& response)
{
    return response.left(response.size() - 2);
}
const QByteArray Identity = hex("3F00DF014031");

ImageRequest request(const char* applet)
{
    ImageRequest r;
    r.spec.applet = QString::fromLatin1(applet);
    if (r.spec.is18())
        r.spec.rsaHash = QStringLiteral("sha384");
    r.spec.pin = QStringLiteral("4711");
    return r;
}

/** Reads a whole EF the way eid-mw does: 0xFC chunks, 6Cxx resend, 6B00 at the end. */
QByteArray readFile(BelpicApplet& applet, int* commands)
{
    QByteArray out;
    for (int offset = 0;;) {
        QByteArray apdu = hex("00B00000FC");
        apdu[2] = static_cast<char>(offset >> 8);
        apdu[3] = static_cast<char>(offset & 0xFF);
        QByteArray answer = applet.process(apdu);
        ++*commands;
        if (sw(answer).startsWith("6C")) {
            apdu[4] = answer.at(answer.size() - 1);
            answer = applet.process(apdu);
            ++*commands;
            out += data(answer);
            return out;
        }
        if (sw(answer) == "6B00")
            return out;
        out += data(answer);
        offset += data(answer).size();
    }
}
} // namespace

class TestVcardApplet : public QObject
{
    Q_OBJECT
private slots:
    void select_bothForms_selectSameFile();
    void readBinary_chunks_returnWholeFileWithT0StatusWords();
    void select_emptyAid_needsAppletReselect();
    void getCardData_wrongLe_answers6C();
    void getCardData_p2One_reportsTriesOnlyOn18();
    void verify_wrongPins_countDownAndBlock();
    void verify_empty_reportsTriesWithoutSpending();
    void pso_authenticationKey_signsVerifiably_data();
    void pso_authenticationKey_signsVerifiably();
    void pso_withoutSecurityEnvironmentOrPin_refused();
    void internalAuthenticate_basicKey_matchesPublicKeyFile();
    void getResponse_chunks_chainWith61();
};

void TestVcardApplet::select_bothForms_selectSameFile()
{
    GeneratedCard card(request("1.8"));
    QVERIFY(card.ok);
    BelpicApplet applet(card.image);
    QCOMPARE(sw(applet.process(hex("00A4080C063F00DF014031"))), QByteArray("9000"));
    const QByteArray byPath = applet.process(hex("00B0000010"));
    // Without the MF id, as [RM18] documents it.
    QCOMPARE(sw(applet.process(hex("00A4080C04DF014031"))), QByteArray("9000"));
    QCOMPARE(applet.process(hex("00B0000010")), byPath);
    for (const char* fid : { "3F00", "DF01", "4031" })
        QCOMPARE(sw(applet.process(hex("00A4020C02") + hex(fid))), QByteArray("9000"));
    QCOMPARE(applet.process(hex("00B0000010")), byPath);
    QCOMPARE(data(byPath), card.image.files.value(Identity).left(16));
    QCOMPARE(sw(applet.process(hex("00A4020C024099"))), QByteArray("6A82"));
    // From DF01, DF00 is found as a sibling; its EFs are not children of DF01.
    QCOMPARE(sw(applet.process(hex("00A4020C025032"))), QByteArray("6A82"));
    QCOMPARE(sw(applet.process(hex("00A4020C02DF00"))), QByteArray("9000"));
    QCOMPARE(sw(applet.process(hex("00A4020C025032"))), QByteArray("9000"));
    QCOMPARE(sw(applet.process(hex("00A4080C053F00DF0140"))), QByteArray("6A87"));
    QCOMPARE(sw(applet.process(hex("00A4010C023F00"))), QByteArray("6A86"));
    QCOMPARE(sw(applet.process(hex("00A4040C0CA000000177504B43532D3135"))), QByteArray("9000"));
    QCOMPARE(sw(applet.process(hex("00A4020C025032"))), QByteArray("9000"));
}

void TestVcardApplet::readBinary_chunks_returnWholeFileWithT0StatusWords()
{
    GeneratedCard card(request("1.7"));
    QVERIFY(card.ok);
    BelpicApplet applet(card.image);
    QCOMPARE(sw(applet.process(hex("00B0000010"))), QByteArray("6986")); // no EF yet
    for (const char* path : { "3F00DF014035", "3F00DF00503C", "3F00DF014031" }) {
        QCOMPARE(sw(applet.process(hex("00A4080C06") + hex(path))), QByteArray("9000"));
        int commands = 0;
        QCOMPARE(readFile(applet, &commands), card.image.files.value(hex(path)));
        QVERIFY(commands >= card.image.files.value(hex(path)).size() / 0xFC);
    }
    const int size = card.image.files.value(Identity).size();
    QByteArray atEnd = hex("00B0000001");
    atEnd[2] = static_cast<char>(size >> 8);
    atEnd[3] = static_cast<char>(size & 0xFF);
    QCOMPARE(sw(applet.process(atEnd)), QByteArray("6B00"));
    // Le = 00 asks 256 bytes: more than the file holds.
    QCOMPARE(applet.process(hex("00B0000000")), hex("6C") + QByteArray(1, char(size)));
}

void TestVcardApplet::select_emptyAid_needsAppletReselect()
{
    GeneratedCard card(request("1.8"));
    QVERIFY(card.ok);
    BelpicApplet applet(card.image);
    QCOMPARE(sw(applet.process(hex("00A40400"))), QByteArray("9000"));
    QCOMPARE(sw(applet.process(hex("80E400001C"))), QByteArray("6D00"));
    QCOMPARE(sw(applet.process(hex("00A4080C063F00DF014031"))), QByteArray("6A82"));
    QCOMPARE(
        sw(applet.process(hex("00A4040C0FA00000003029057000AD13100101FF"))), QByteArray("9000"));
    QCOMPARE(sw(applet.process(hex("80E400001C"))), QByteArray("9000"));
    QCOMPARE(sw(applet.process(hex("FFB0000010"))), QByteArray("6E00"));
}

void TestVcardApplet::getCardData_wrongLe_answers6C()
{
    GeneratedCard card(request("1.7"));
    QVERIFY(card.ok);
    BelpicApplet applet(card.image);
    QCOMPARE(applet.process(hex("80E4000000")), hex("6C1C"));
    const QByteArray answer = applet.process(hex("80E400001C"));
    QCOMPARE(sw(answer), QByteArray("9000"));
    QCOMPARE(data(answer).at(21), char(0x17));
    QCOMPARE(data(answer).left(16), CardCheck::tlvValue(card.image.files.value(Identity), 0x02));
}

void TestVcardApplet::getCardData_p2One_reportsTriesOnlyOn18()
{
    GeneratedCard card18(request("1.8"));
    GeneratedCard card17(request("1.7"));
    QVERIFY(card18.ok && card17.ok);
    BelpicApplet applet18(card18.image);
    BelpicApplet applet17(card17.image);
    QCOMPARE(sw(applet17.process(hex("80E400011F"))), QByteArray("6A86"));
    QCOMPARE(applet18.process(hex("80E400011C")), hex("6C1F"));
    QCOMPARE(sw(applet18.process(hex("00200001082599999FFFFFFFFF"))), QByteArray("63C2"));
    const QByteArray answer = applet18.process(hex("80E400011F"));
    QCOMPARE(data(answer).size(), 31);
    QCOMPARE(data(answer).at(21), char(0x18));
    QCOMPARE(data(answer).at(28), char(2));
}

void TestVcardApplet::verify_wrongPins_countDownAndBlock()
{
    GeneratedCard card(request("1.8"));
    QVERIFY(card.ok);
    BelpicApplet applet(card.image);
    const QByteArray wrong = hex("00200001082412 34FFFFFFFFFF");
    const QByteArray right = hex("00200001082447 11FFFFFFFFFF");
    QCOMPARE(sw(applet.process(wrong)), QByteArray("63C2"));
    QCOMPARE(sw(applet.process(right)), QByteArray("9000")); // a right PIN restores the tries
    QCOMPARE(sw(applet.process(wrong)), QByteArray("63C2"));
    QCOMPARE(sw(applet.process(wrong)), QByteArray("63C1"));
    QCOMPARE(sw(applet.process(wrong)), QByteArray("63C0"));
    QCOMPARE(sw(applet.process(right)), QByteArray("6983"));
    applet.reset(); // blocking survives a reset, as in EEPROM
    QCOMPARE(sw(applet.process(right)), QByteArray("6983"));
    QCOMPARE(sw(applet.process(hex("0020000108FF1234FFFFFFFFFF"))), QByteArray("6983"));
}

void TestVcardApplet::verify_empty_reportsTriesWithoutSpending()
{
    GeneratedCard card(request("1.7"));
    QVERIFY(card.ok);
    BelpicApplet applet(card.image);
    QCOMPARE(sw(applet.process(hex("00200001"))), QByteArray("63C3"));
    QCOMPARE(sw(applet.process(hex("00200001"))), QByteArray("63C3"));
    QCOMPARE(sw(applet.process(hex("0020000108FF1234FFFFFFFFFF"))), QByteArray("6A80"));
    QCOMPARE(sw(applet.process(hex("002000010824471 1FFFFFFFFFF"))), QByteArray("9000"));
    QCOMPARE(sw(applet.process(hex("00200001"))), QByteArray("9000"));
    QCOMPARE(sw(applet.process(hex("80E60000"))), QByteArray("9000")); // LOG OFF
    QCOMPARE(sw(applet.process(hex("00200001"))), QByteArray("63C3"));
    QCOMPARE(sw(applet.process(hex("00200002"))), QByteArray("6A88"));
}

void TestVcardApplet::pso_authenticationKey_signsVerifiably_data()
{
    QTest::addColumn<QString>("applet");
    QTest::addColumn<QByteArray>("mse");
    QTest::addColumn<int>("hashLength");
    QTest::newRow("1.7 RSA SHA-256") << "1.7" << hex("002241B60504800884 82") << 32;
    QTest::newRow("1.8 ECDSA SHA-384") << "1.8" << hex("002241B6050480028482") << 48;
}

void TestVcardApplet::pso_authenticationKey_signsVerifiably()
{
    QFETCH(QString, applet);
    QFETCH(QByteArray, mse);
    QFETCH(int, hashLength);
    GeneratedCard card(request(applet.toLatin1().constData()));
    QVERIFY(card.ok);
    BelpicApplet belpic(card.image);
    const QByteArray digest = QCryptographicHash::hash("login challenge",
        hashLength == 48 ? QCryptographicHash::Sha384 : QCryptographicHash::Sha256);
    QCOMPARE(sw(belpic.process(mse)), QByteArray("9000"));
    QCOMPARE(sw(belpic.process(hex("00200001082447 11FFFFFFFFFF"))), QByteArray("9000"));
    QByteArray pso = hex("002A9E9A") + QByteArray(1, char(hashLength)) + digest;
    const QByteArray announce = belpic.process(pso);
    QCOMPARE(announce.at(0), char(0x61));
    const QByteArray signature
        = data(belpic.process(hex("00C00000") + QByteArray(1, announce.at(1))));
    const QByteArray cert = CardCheck::certificate(card.image.files.value(hex("3F00DF005038")));
    if (applet == QStringLiteral("1.8")) {
        QCOMPARE(signature.size(), 96);
        const auto* p = reinterpret_cast<const unsigned char*>(cert.constData());
        X509* x = d2i_X509(nullptr, &p, cert.size());
        EVP_PKEY* key = X509_get0_pubkey(x);
        unsigned char* spki = nullptr;
        const int size = i2d_PUBKEY(key, &spki);
        QVERIFY(CardCheck::verifyPlainEcdsa(
            QByteArray(reinterpret_cast<char*>(spki), size), digest, signature));
        QVERIFY(!CardCheck::verifyPlainEcdsa(QByteArray(reinterpret_cast<char*>(spki), size),
            QCryptographicHash::hash("other", QCryptographicHash::Sha384), signature));
        OPENSSL_free(spki);
        X509_free(x);
    } else {
        QCOMPARE(signature.size(), 256);
        QVERIFY(CardCheck::verifyRsaHash(cert, digest, signature, "SHA256"));
    }
}

void TestVcardApplet::pso_withoutSecurityEnvironmentOrPin_refused()
{
    GeneratedCard card(request("1.8"));
    QVERIFY(card.ok);
    BelpicApplet applet(card.image);
    const QByteArray pso = hex("002A9E9A30") + QByteArray(48, '\x11');
    QCOMPARE(sw(applet.process(pso)), QByteArray("6985"));
    QCOMPARE(sw(applet.process(hex("002241B6050480028482"))), QByteArray("9000"));
    QCOMPARE(sw(applet.process(pso)), QByteArray("6982"));
    QCOMPARE(sw(applet.process(hex("002241B6050480998482"))), QByteArray("6A80"));
    QCOMPARE(sw(applet.process(hex("002241B6050480028499"))), QByteArray("6A88"));
    // The signature key wants the PIN just before: two commands in between are too many.
    QCOMPARE(sw(applet.process(hex("002241B6050480028483"))), QByteArray("9000"));
    QCOMPARE(sw(applet.process(hex("00200001082447 11FFFFFFFFFF"))), QByteArray("9000"));
    applet.process(hex("80E400001C"));
    applet.process(hex("80E400001C"));
    QCOMPARE(sw(applet.process(pso)), QByteArray("6982"));
    QCOMPARE(sw(applet.process(hex("00200001082447 11FFFFFFFFFF"))), QByteArray("9000"));
    QCOMPARE(sw(applet.process(pso)), QByteArray("6160"));
    QCOMPARE(sw(applet.process(pso)), QByteArray("6982")); // one signature per VERIFY
}

void TestVcardApplet::internalAuthenticate_basicKey_matchesPublicKeyFile()
{
    GeneratedCard card(request("1.8"));
    QVERIFY(card.ok);
    BelpicApplet applet(card.image);
    const QByteArray challenge = QCryptographicHash::hash("random", QCryptographicHash::Sha384);
    const QByteArray announce = applet.process(hex("0088028132") + hex("9430") + challenge);
    QCOMPARE(sw(announce), QByteArray("6160"));
    const QByteArray signature = data(applet.process(hex("00C0000060")));
    const QByteArray spki = card.image.files.value(hex("3F00DF014040"));
    QVERIFY(CardCheck::verifyPlainEcdsa(spki, challenge, signature));
    QCOMPARE(sw(applet.process(hex("0088028232") + hex("9430") + challenge)), QByteArray("6A88"));
}

void TestVcardApplet::getResponse_chunks_chainWith61()
{
    GeneratedCard card(request("1.7"));
    QVERIFY(card.ok);
    BelpicApplet applet(card.image);
    QCOMPARE(sw(applet.process(hex("00C0000010"))), QByteArray("6985")); // nothing pending
    applet.process(hex("002241B6050480088482"));
    applet.process(hex("00200001082447 11FFFFFFFFFF"));
    const QByteArray pso = hex("002A9E9A20") + QByteArray(32, '\x22');
    QCOMPARE(sw(applet.process(pso)), QByteArray("6100")); // 256 bytes wait
    QByteArray first = applet.process(hex("00C0000080"));
    QCOMPARE(sw(first), QByteArray("6180"));
    QCOMPARE(applet.process(hex("00C00000FF")), hex("6C80"));
    QByteArray second = applet.process(hex("00C0000080"));
    QCOMPARE(sw(second), QByteArray("9000"));
    const QByteArray cert = CardCheck::certificate(card.image.files.value(hex("3F00DF005038")));
    QVERIFY(CardCheck::verifyRsaHash(
        cert, QByteArray(32, '\x22'), data(first) + data(second), "SHA256"));
}

QTEST_GUILESS_MAIN(TestVcardApplet)
#include "tst_vcard_applet.moc"
