// SPDX-License-Identifier: GPL-3.0-or-later
#include "beid/authsigner.h"
#include "beid/pin.h"
#include "scriptedtransport.h"
#include "testpki.h"

#include <QTest>

using eid::Bytes;
using eidtest::ScriptedTransport;

namespace {

eid::CardData applet(std::uint8_t version)
{
    eid::CardData data;
    data.appletVersion = version;
    return data;
}

std::string hexOf(const Bytes& bytes)
{
    return eid::toHex(bytes);
}

} // namespace

class TestEidPin : public QObject
{
    Q_OBJECT

private slots:
    void pinBlock_format2_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("block");
        QTest::newRow("4 digits") << "1234"
                                  << "241234FFFFFFFFFF";
        QTest::newRow("5 digits") << "12345"
                                  << "2512345FFFFFFFFF";
        QTest::newRow("6 digits") << "123456"
                                  << "26123456FFFFFFFF";
        QTest::newRow("12 digits") << "123456789012"
                                   << "2C123456789012FF";
    }

    void pinBlock_format2()
    {
        QFETCH(QString, pin);
        QFETCH(QString, block);
        const auto made = eid::makePinBlock(pin.toStdString());
        QVERIFY(made.ok());
        QCOMPARE(QString::fromStdString(eid::toHex(made.value())), block);
    }

    void pinBlock_rejectsBadPins()
    {
        for (const char* pin : { "123", "1234567890123", "12a4", "", "12 34" }) {
            const auto made = eid::makePinBlock(pin);
            QVERIFY2(!made.ok(), pin);
            QCOMPARE(made.error().code, eid::ErrorCode::InvalidArgument);
        }
    }

    void triesLeft_18_fromCardData()
    {
        ScriptedTransport card;
        card.expect(
            "80E400011F", std::string(42, '0') + "18" + std::string(12, '0') + "02FFFF9000");
        eid::ApduChannel channel(card);
        const auto tries = eid::pinTriesLeft(channel, applet(0x18));
        QVERIFY2(tries.ok(), card.unexpected().c_str());
        QCOMPARE(tries.value(), 2);
    }

    void triesLeft_17_emptyVerify()
    {
        ScriptedTransport card;
        card.expect("00200001", "63C2");
        eid::ApduChannel channel(card);
        const auto tries = eid::pinTriesLeft(channel, applet(0x17));
        QVERIFY(tries.ok());
        QCOMPARE(tries.value(), 2);
    }

    void triesLeft_11_neverSendsEmptyVerify()
    {
        ScriptedTransport card; // any APDU would be unexpected
        eid::ApduChannel channel(card);
        const auto tries = eid::pinTriesLeft(channel, applet(0x11));
        QVERIFY(!tries.ok());
        QCOMPARE(channel.stats().apdus, 0);
    }

    void verify_statusWords()
    {
        ScriptedTransport card;
        card.expect("0020000108241234FFFFFFFFFF", "63C0")
            .expect("002000010824123 4FFFFFFFFFF", "63C1")
            .expect("0020000108241234FFFFFFFFFF", "6983")
            .expect("0020000108241234FFFFFFFFFF", "9000");
        eid::ApduChannel channel(card);
        std::string pin = "1234";
        auto status = eid::verifyPin(channel, pin);
        QCOMPARE(status->code, eid::ErrorCode::PinBlocked); // 63C0: the last try is spent
        pin = "1234";
        status = eid::verifyPin(channel, pin);
        QVERIFY(pin.empty()); // wiped
        QCOMPARE(status->code, eid::ErrorCode::WrongPin);
        QCOMPARE(status->detail, std::string("1"));
        pin = "1234";
        status = eid::verifyPin(channel, pin);
        QCOMPARE(status->code, eid::ErrorCode::PinBlocked);
        pin = "1234";
        QVERIFY(!eid::verifyPin(channel, pin));
    }

    void sign_18_ecdsaSha384_derFromRawRs()
    {
        const auto key = eidtest::makeEcKey();
        const auto certificate
            = eidtest::makeCertificate("Authentication", key.get(), nullptr, key.get(), false);
        const Bytes der = eidtest::toDer(certificate.get());
        QVERIFY(der.size() > 256 && der.size() < 512);
        const Bytes challenge = eid::fromHex("00112233445566778899AABBCCDDEEFF");
        const Bytes digest = eidtest::sha(EVP_sha384(), challenge);
        const Bytes raw = eidtest::signDigestRaw(key.get(), digest);

        ScriptedTransport card;
        card.expect("80E400011F",
                std::string(32, 'A') + "1122334455" + "18" + "0001" + "00" + "00" + "02" + "0F"
                    + "03" + "FFFF" + "9000")
            .expect("00A4080C063F00DF005038", "9000")
            .expect("00B0000000", hexOf(Bytes(der.begin(), der.begin() + 256)) + "9000")
            .expect("00B00100" + hexOf(Bytes { static_cast<std::uint8_t>(der.size() - 256) }),
                hexOf(Bytes(der.begin() + 256, der.end())) + "9000")
            // the citizen CA (the same certificate stands in for it here)
            .expect("00A4080C063F00DF00503A", "9000")
            .expect("00B0000000", hexOf(Bytes(der.begin(), der.begin() + 256)) + "9000")
            .expect("00B00100" + hexOf(Bytes { static_cast<std::uint8_t>(der.size() - 256) }),
                hexOf(Bytes(der.begin() + 256, der.end())) + "9000")
            .expect("002241B605048002 8482", "9000")
            .expect("00200001082612 3456FFFFFFFF", "9000")
            .expect("002A9E9A30" + hexOf(digest), "6160")
            .expect("00C0000060", hexOf(raw) + "9000")
            .expect("80E60000", "9000");
        eid::AuthenticationSigner signer(
            card, eid::fromHex("3B7F96000080318065B085040120120FFF829000"));
        const auto tries = signer.prepare();
        QVERIFY2(tries.ok(), card.unexpected().c_str());
        QCOMPARE(tries.value(), 3);
        std::string pin = "123456";
        const auto signature = signer.sign(challenge, pin);
        QVERIFY2(signature.ok(), card.unexpected().c_str());
        QVERIFY(card.finished());
        QVERIFY(pin.empty());
        QCOMPARE(signature->certificate, der);
        QCOMPARE(signature->caCertificate, der);
        QCOMPARE(signature->algorithm, std::string("ECDSA-SHA384"));
        // The DER signature verifies over the challenge with the certificate's key.
        eid::EvpMdCtxPtr ctx(EVP_MD_CTX_new());
        QCOMPARE(EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha384(), nullptr, key.get()), 1);
        QCOMPARE(EVP_DigestVerify(ctx.get(), signature->signature.data(),
                     signature->signature.size(), challenge.data(), challenge.size()),
            1);
    }

    void sign_wrongPin_isTypedAndLogsOff()
    {
        ScriptedTransport card;
        card.expect("002241B60504800884 82", "9000").expect("0020000108241111FFFFFFFFFF", "63C2");
        eid::AuthenticationSigner signer(card, eid::fromHex("3B9813400AA503010101AD1311"));
        std::string pin = "1111";
        const auto signature = signer.sign(eid::fromHex("01"), pin);
        QVERIFY(!signature.ok());
        QCOMPARE(signature.error().code, eid::ErrorCode::WrongPin);
        QCOMPARE(signature.error().detail, std::string("2"));
        QVERIFY(pin.empty());
    }
};

QTEST_GUILESS_MAIN(TestEidPin)
#include "tst_eid_pin.moc"
