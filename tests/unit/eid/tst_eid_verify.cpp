// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcard.h"
#include "verify/ecdsasignature.h"
#include "verify/verifier.h"

#include <QTest>

#include <algorithm>

using eid::Bytes;
using eid::CertificateStatus;
using eid::CheckResult;

namespace {

/** The files a read of the test card would produce, without the card. */
eid::CardFiles filesOf(const eidtest::TestCard& card)
{
    eid::CardFiles files;
    files.atr = card.atr;
    files.cardData = eid::parseCardData(card.cardData).value();
    files.identity = card.identity;
    files.identitySignature = card.identitySignature;
    files.address = card.address;
    files.addressSignature = card.addressSignature;
    files.photo = card.photo;
    files.rrnCertificate = card.rrnCertificate;
    files.basicPublicKey = card.basicPublicKey;
    return files;
}

eid::VerifyOptions trusting(const eidtest::TestCard& card)
{
    eid::VerifyOptions options;
    options.trust = eid::TrustStore(); // test roots only: nothing production in unit tests
    options.trust.addPem(card.rootPem);
    return options;
}

eid::VerificationReport verify(const eid::CardFiles& files, const eid::VerifyOptions& options)
{
    const auto identity = eid::parseIdentity(files.identity);
    return eid::verifyCardFiles(files, identity.value(), options);
}

} // namespace

class TestEidVerify : public QObject
{
    Q_OBJECT

private slots:
    void genuineCard_verifies_data()
    {
        QTest::addColumn<bool>("ec");
        QTest::newRow("1.7 RSA") << false;
        QTest::newRow("1.8 EC P-384") << true;
    }

    void genuineCard_verifies()
    {
        QFETCH(bool, ec);
        const auto card = eidtest::makeTestCard({ ec, false, 3000 });
        const auto report = verify(filesOf(card), trusting(card));
        QCOMPARE(report.identitySignature, CheckResult::Valid);
        QCOMPARE(report.addressSignature, CheckResult::Valid);
        QCOMPARE(report.photoHash, CheckResult::Valid);
        QCOMPARE(report.rrnCertificate, CertificateStatus::Trusted);
        QCOMPARE(report.basicKeyHash, ec ? CheckResult::Valid : CheckResult::Absent);
        QVERIFY(report.verified());
    }

    void tamperedByte_invalidatesOnlyWhatItCovers_data() { genuineCard_verifies_data(); }

    void tamperedByte_invalidatesOnlyWhatItCovers()
    {
        QFETCH(bool, ec);
        const auto card = eidtest::makeTestCard({ ec, false, 3000 });
        const auto options = trusting(card);

        auto files = filesOf(card);
        files.identity[20] ^= 0x01; // chip number byte: parsing still works
        auto report = verify(files, options);
        QCOMPARE(report.identitySignature, CheckResult::Invalid);
        QCOMPARE(report.addressSignature, CheckResult::Valid);
        QVERIFY(!report.verified());

        files = filesOf(card);
        files.address[3] ^= 0x01;
        report = verify(files, options);
        QCOMPARE(report.identitySignature, CheckResult::Valid);
        QCOMPARE(report.addressSignature, CheckResult::Invalid);

        files = filesOf(card);
        files.photo[100] ^= 0x01;
        report = verify(files, options);
        QCOMPARE(report.photoHash, CheckResult::Invalid);
        QCOMPARE(report.identitySignature, CheckResult::Valid);

        // A photo not asked for (ReadOptions::photo off) is "not read", and the read stays
        // verified; a photo that is empty although it was asked for is still invalid.
        files = filesOf(card);
        files.photo.clear();
        files.photoSkipped = true;
        report = verify(files, options);
        QCOMPARE(report.photoHash, CheckResult::NotRead);
        QCOMPARE(
            QString::fromLatin1(checkResultName(report.photoHash)), QStringLiteral("not_read"));
        QVERIFY(report.verified());
        files.photoSkipped = false;
        report = verify(files, options);
        QCOMPARE(report.photoHash, CheckResult::Invalid);
        QVERIFY(!report.verified());
        // Skipped yet present: something else filled it, not trusted.
        files = filesOf(card);
        files.photoSkipped = true;
        report = verify(files, options);
        QCOMPARE(report.photoHash, CheckResult::Invalid);
        QVERIFY(!report.verified());

        files = filesOf(card);
        files.identitySignature.back() ^= 0x01;
        report = verify(files, options);
        QCOMPARE(report.identitySignature, CheckResult::Invalid);
        // The address signature covers the identity signature file too.
        QCOMPARE(report.addressSignature, CheckResult::Invalid);
    }

    void basicKeyTampered_isInvalid()
    {
        const auto card = eidtest::makeTestCard({ true, false, 1000 });
        auto files = filesOf(card);
        files.basicPublicKey[30] ^= 0x01;
        const auto report = verify(files, trusting(card));
        QCOMPARE(report.basicKeyHash, CheckResult::Invalid);
        QVERIFY(!report.verified());
    }

    void addressPadding_strippedBeforeSignature()
    {
        // More zero padding after the address does not change the signed bytes.
        const auto card = eidtest::makeTestCard({ true, false, 1000 });
        auto files = filesOf(card);
        files.address.resize(200, 0x00);
        QCOMPARE(verify(files, trusting(card)).addressSignature, CheckResult::Valid);
    }

    void untrustedRoot_isUntrusted()
    {
        const auto card = eidtest::makeTestCard({ true, false, 1000 });
        const auto other = eidtest::makeTestCard({ true, false, 1000 });
        const auto report = verify(filesOf(card), trusting(other));
        QCOMPARE(report.rrnCertificate, CertificateStatus::Untrusted);
        // The data checks are still reported on their own.
        QCOMPARE(report.identitySignature, CheckResult::Valid);
        QVERIFY(!report.verified());
        eid::VerifyOptions production; // production roots only
        QCOMPARE(eid::verifyRrnCertificate(card.rrnCertificate, production),
            CertificateStatus::Untrusted);
    }

    void expiredCertificate_isExpired()
    {
        const auto card = eidtest::makeTestCard({ false, true, 1000 });
        const auto options = trusting(card);
        QCOMPARE(verify(filesOf(card), options).rrnCertificate, CertificateStatus::Expired);
        // Checked at a time inside its validity it is trusted: the chain itself is fine.
        auto past = options;
        past.atTime = std::time(nullptr) - 200L * 86400;
        QCOMPARE(verify(filesOf(card), past).rrnCertificate, CertificateStatus::Trusted);
    }

    void absentFiles_reportAbsent()
    {
        const auto card = eidtest::makeTestCard({ true, false, 1000 });
        auto files = filesOf(card);
        files.rrnCertificate.clear();
        files.identitySignature.clear();
        const auto report = verify(files, trusting(card));
        QCOMPARE(report.rrnCertificate, CertificateStatus::Absent);
        QCOMPARE(report.identitySignature, CheckResult::Absent);
    }

    void rsaSha1PhotoHash_retriesSha256()
    {
        // Re-signed CA3 cards: SHA-1 photo hash, SHA-256 signatures (eid-mw #128).
        auto card = eidtest::makeTestCard({ false, false, 1000 });
        card.identity = eidtest::testIdentityFile(eidtest::sha(EVP_sha1(), card.photo), {});
        card.identitySignature = eidtest::sign(card.rrnKey.get(), EVP_sha256(), card.identity);
        const auto report = verify(filesOf(card), trusting(card));
        QCOMPARE(report.photoHash, CheckResult::Valid);
        QCOMPARE(report.identitySignature, CheckResult::Valid);
    }

    void ecRawSignature_accepted()
    {
        auto card = eidtest::makeTestCard({ true, false, 1000 });
        card.identitySignature = eid::ecdsaDerToRaw(card.identitySignature, 48);
        QCOMPARE(card.identitySignature.size(), std::size_t(96));
        const auto report = verify(filesOf(card), trusting(card));
        QCOMPARE(report.identitySignature, CheckResult::Valid);
    }

    void ecRawSignatureLookingLikeDer_accepted()
    {
        // r||s whose first byte is 30 and second a small length parses as a DER header.
        auto card = eidtest::makeTestCard({ true, false, 1000 });
        const Bytes digest = eidtest::sha(EVP_sha384(), card.identity);
        Bytes raw;
        for (int attempt = 0; attempt < 20000; ++attempt) {
            raw = eidtest::signDigestRaw(card.rrnKey.get(), digest);
            if (raw[0] == 0x30 && raw[1] < 0x5E)
                break;
        }
        QVERIFY(raw[0] == 0x30 && raw[1] < 0x5E);
        card.identitySignature = raw;
        QCOMPARE(verify(filesOf(card), trusting(card)).identitySignature, CheckResult::Valid);
    }

    void ecdsaConversion_roundTrips()
    {
        Bytes raw(96);
        for (std::size_t i = 0; i < raw.size(); ++i)
            raw[i] = static_cast<std::uint8_t>(i == 0 || i == 48 ? 0x80 : i);
        const Bytes der = eid::ecdsaRawToDer(raw);
        QCOMPARE(der[0], std::uint8_t(0x30));
        QCOMPARE(eid::ecdsaDerToRaw(der, 48), raw);
        QVERIFY(eid::ecdsaRawToDer(Bytes(95, 1)).empty());
    }

    void onlyTheNationalRegisterSignsIdentity_data()
    {
        QTest::addColumn<bool>("ec");
        QTest::addColumn<QString>("signer");
        for (const bool ec : { false, true }) {
            const char* gen = ec ? "1.8 " : "1.7 ";
            QTest::newRow(QByteArray(gen).append("citizen certificate, CA trusted too"))
                << ec << "citizen";
            QTest::newRow(QByteArray(gen).append("other subject under the root")) << ec << "other";
            QTest::newRow(QByteArray(gen).append("a CA named RRN")) << ec << "ca";
        }
    }

    /**
     * The attack of issue 13: a citizen signs a made-up identity and address with their own
     * card's authentication key and offers their authentication certificate as the "RRN
     * certificate". Here the operator's trust file holds the test PKI's root and its citizen CA
     * (a bundle), so the certificate chains; other rows: a certificate right under the root
     * whose subject is not the National Register's, and a CA that calls itself RRN.
     */
    void onlyTheNationalRegisterSignsIdentity()
    {
        QFETCH(bool, ec);
        QFETCH(QString, signer);
        auto card = eidtest::makeTestCard({ ec, false, 1000 });
        const EVP_MD* md = ec ? EVP_sha384() : EVP_sha256();
        const auto newKey = [ec] { return ec ? eidtest::makeEcKey() : eidtest::makeRsaKey(); };
        auto caKey = newKey();
        auto citizenCa = eidtest::makeCertificate(
            "Test Citizen CA", caKey.get(), card.root.get(), card.rootKey.get(), true);
        auto signerKey = newKey();
        eid::X509Ptr signerCert;
        if (signer == "citizen")
            signerCert = eidtest::makeCertificate("Alice Specimen (Authentication)",
                signerKey.get(), citizenCa.get(), caKey.get(), false);
        else if (signer == "other")
            signerCert = eidtest::makeCertificate(
                "Test Timestamping", signerKey.get(), card.root.get(), card.rootKey.get(), false);
        else
            signerCert = eidtest::makeCertificate(
                "Test RRN", signerKey.get(), card.root.get(), card.rootKey.get(), true);

        auto files = filesOf(card);
        // A made-up surname, re-signed by the attacker's key.
        const std::string genuine = "Specimen";
        const auto at = std::search(
            files.identity.begin(), files.identity.end(), genuine.begin(), genuine.end());
        QVERIFY(at != files.identity.end());
        std::copy_n("Usurpers", genuine.size(), at);
        files.identitySignature = eidtest::sign(signerKey.get(), md, files.identity);
        Bytes signedAddress = eid::withoutTrailingZeros(files.address);
        signedAddress.insert(
            signedAddress.end(), files.identitySignature.begin(), files.identitySignature.end());
        files.addressSignature = eidtest::sign(signerKey.get(), md, signedAddress);
        files.rrnCertificate = eidtest::toDer(signerCert.get());

        auto options = trusting(card);
        QVERIFY(options.trust.addPem(
            "RRN-Subject: C=BE, CN=Test RRN\n" + eidtest::toPem(citizenCa.get())));
        const auto report = verify(files, options);
        // The signatures are the attacker's and do verify with the key offered...
        QCOMPARE(report.identitySignature, CheckResult::Valid);
        QCOMPARE(report.addressSignature, CheckResult::Valid);
        // ...but that key is not the National Register's.
        QCOMPARE(report.rrnCertificate, CertificateStatus::Untrusted);
        QVERIFY(!report.verified());
    }

    void rrnSubjectRule_isPerRoot()
    {
        const auto card = eidtest::makeTestCard({ true, false, 1000 });
        // The same root without its rule expects the production subject "C=BE, O=RRN, CN=RRN".
        eid::VerifyOptions production;
        production.trust = eid::TrustStore();
        QVERIFY(production.trust.addDer(eidtest::toDer(card.root.get())));
        QCOMPARE(eid::verifyRrnCertificate(card.rrnCertificate, production),
            CertificateStatus::Untrusted);
        eid::VerifyOptions ruled;
        ruled.trust = eid::TrustStore();
        QVERIFY(ruled.trust.addDer(eidtest::toDer(card.root.get()), "C=BE, CN=Test RRN"));
        QCOMPARE(eid::verifyRrnCertificate(card.rrnCertificate, ruled), CertificateStatus::Trusted);
        QCOMPARE(ruled.trust.rrnSubjectOf(eidtest::toDer(card.root.get())),
            std::string("C=BE, CN=Test RRN"));
        QCOMPARE(eid::TrustStore::production().rrnSubjectOf(
                     eid::TrustStore::production().roots().front()),
            std::string("C=BE, O=RRN, CN=RRN"));
    }

    void productionRoots_loaded()
    {
        // CA3, CA4, CA4 re-issue and CA6 are compiled in.
        QCOMPARE(eid::TrustStore::production().roots().size(), std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestEidVerify)
#include "tst_eid_verify.moc"
