// SPDX-License-Identifier: GPL-3.0-or-later
// Real specimen files of the public commons-eid test card "Alice Geldigekaart" (1.x, RSA,
// "eID test Root CA"), from ../shared/testdata (read-only); skipped when absent.
#include "beid/atr.h"
#include "beid/identity.h"
#include "testcard.h"
#include "verify/certificate.h"
#include "verify/verifier.h"

#include <QFile>
#include <QTest>

namespace {

QString sharedDir()
{
    return qEnvironmentVariable("EGUICHET_SHARED_DIR");
}

eid::Bytes load(const QString& name)
{
    QFile file(sharedDir() + QStringLiteral("/testdata/commons-eid/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    return eid::Bytes(data.begin(), data.end());
}

} // namespace

class TestEidConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(
                sharedDir() + QStringLiteral("/testdata/commons-eid/Alice_Identity.tlv")))
            QSKIP("../shared/testdata/commons-eid not present");
    }

    void alice_parses()
    {
        QCOMPARE(eid::recogniseAtr(load("Alice_ATR.bin")), eid::AtrFamily::Belpic1x);
        const auto id = eid::parseIdentity(load("Alice_Identity.tlv"));
        QVERIFY2(id.ok(), id.error().detail.c_str());
        QCOMPARE(id->validityBegin.iso(), std::string("2009-07-23"));
        QCOMPARE(id->photoHash.size(), std::size_t(20));
        QVERIFY(id->sex == 'M' || id->sex == 'F');
        QVERIFY(!id->surname.empty());
        const auto address = eid::parseAddress(load("Alice_Address.tlv"));
        QVERIFY(address.ok());
        QCOMPARE(address->zip, std::string("2000"));
    }

    void alice_verifiesAgainstItsTestRoot()
    {
        eid::CardFiles files;
        files.identity = load("Alice_Identity.tlv");
        files.identitySignature = load("Alice_IdentitySignature.tlv");
        files.address = load("Alice_Address.tlv");
        files.addressSignature = load("Alice_AddressSignature.tlv");
        files.photo = load("Alice_Photo.tlv");
        files.rrnCertificate = load("Alice_RRNCertificate.tlv");
        files.cardData.appletVersion = 0x17;
        const auto identity = eid::parseIdentity(files.identity);
        QVERIFY(identity.ok());

        eid::VerifyOptions options;
        options.trust = eid::TrustStore();
        // The public test PKI names its National Register "test RRN".
        QVERIFY(options.trust.addDer(
            load("Alice_RootCertificate.tlv"), "C=BE, O=test RRN, CN=test RRN"));
        // The specimen's certificates have long expired: check at a time inside their validity.
        const eid::X509Ptr rrn = eid::parseCertificateDer(files.rrnCertificate);
        QVERIFY(rrn);
        std::time_t notBefore = 0;
        struct tm when
        { };
        QVERIFY(ASN1_TIME_to_tm(X509_get0_notBefore(rrn.get()), &when) == 1);
        notBefore = timegm(&when);
        options.atTime = notBefore + 86400;

        const auto report = eid::verifyCardFiles(files, identity.value(), options);
        QCOMPARE(report.identitySignature, eid::CheckResult::Valid);
        QCOMPARE(report.addressSignature, eid::CheckResult::Valid);
        QCOMPARE(report.photoHash, eid::CheckResult::Valid);
        QCOMPARE(report.rrnCertificate, eid::CertificateStatus::Trusted);
        QVERIFY(report.verified());

        // Against the production roots the test card is untrusted, its data still valid.
        const auto production
            = eid::verifyCardFiles(files, identity.value(), eid::VerifyOptions {});
        QCOMPARE(production.rrnCertificate, eid::CertificateStatus::Untrusted);
        QCOMPARE(production.identitySignature, eid::CheckResult::Valid);
    }

    void commonsVectors_parse_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* name : { "id-alice.tlv", "id-alice-2.tlv", "id-foreigner.tlv",
                 "h-card.tlv", "white-cane.tlv", "yellow-cane.tlv", "extended-minority.tlv",
                 "duplicate-02.tlv", "test-identity.tlv" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void commonsVectors_parse()
    {
        QFETCH(QString, file);
        const auto id = eid::parseIdentity(load(file));
        QVERIFY2(id.ok(), id.error().detail.c_str());
        QVERIFY(!id->cardNumber.empty());
        QVERIFY(id->birthDate.year > 1900);
    }
};

QTEST_GUILESS_MAIN(TestEidConformance)
#include "tst_eid_conformance.moc"
