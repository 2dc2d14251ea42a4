// SPDX-License-Identifier: GPL-3.0-or-later
// PIN-pad readers (reference §6.3) and the kiosk's card reset, over a scripted reader.
#include "beid/authsigner.h"
#include "pcsc/cardsession.h"
#include "pcsc/pinpad.h"
#include "scriptedtransport.h"
#include "testpki.h"

#include <openssl/evp.h>
#include <QTest>

using eid::Bytes;
using eidtest::ScriptedTransport;

namespace {

constexpr std::uint32_t kPcscLite = eid::pinpad::kGetFeatureRequestPcscLite;
constexpr std::uint32_t kWindows = eid::pinpad::kGetFeatureRequestWindows;

// pcsc-lite's CCID driver: SCARD_CTL_CODE(0x330000 + tag) = 0x42330000 + tag.
const std::string kCcidFeatures = "06 04 42330006  07 04 42330007  0A 04 4233000A  12 04 42330012";

/** GET_TLV_PROPERTIES answer with a vendor and product id (little-endian). */
std::string tlvProperties(const std::string& vendorLe, const std::string& productLe)
{
    return "01 02 0000  02 01 02  03 01 00  06 01 04  07 01 0C  0B 02 " + vendorLe + " 0C 02 "
        + productLe;
}

std::string hex(const Bytes& bytes)
{
    return eid::toHex(bytes);
}

Bytes sha256(const Bytes& data)
{
    Bytes digest(32);
    unsigned int length = 0;
    EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr);
    return digest;
}

const std::string kAtr17 = "3B9813400AA503010101AD1311";

/**
 * A 1.7 card up to the PIN: GET CARD DATA, the authentication and CA certificates (one
 * short certificate stands for both), the tries left by an empty VERIFY (2 left).
 */
void scriptPrepare17(ScriptedTransport& card, const Bytes& der)
{
    const std::string cardData
        = std::string(32, 'A') + "1122334455" + "17" + "0001" + "00" + "00" + "02" + "0F" + "9000";
    const std::string first = hex(Bytes(der.begin(), der.begin() + 256)) + "9000";
    const std::string rest = hex(Bytes(der.begin() + 256, der.end())) + "9000";
    const std::string restLe = hex(Bytes { static_cast<std::uint8_t>(der.size() - 256) });
    card.expect("80E400001C", cardData)
        .expect("00A4080C063F00DF005038", "9000")
        .expect("00B0000000", first)
        .expect("00B00100" + restLe, rest)
        .expect("00A4080C063F00DF00503A", "9000")
        .expect("00B0000000", first)
        .expect("00B00100" + restLe, rest)
        .expect("00200001", "63C2");
}

Bytes shortCertificate()
{
    const auto key = eidtest::makeEcKey();
    return eidtest::toDer(
        eidtest::makeCertificate("Authentication", key.get(), nullptr, key.get(), false).get());
}

} // namespace

class TestEidPinPad : public QObject
{
    Q_OBJECT

private slots:
    void controlCodes_areTheReferenceValues()
    {
        QCOMPARE(eid::pinpad::kGetFeatureRequestPcscLite, 0x42000D48u);
        QCOMPARE(eid::pinpad::kGetFeatureRequestWindows, 0x00313520u);
    }

    void verifyStructure_isByteExact_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("langId");
        // The reference's example (commons-eid) is Dutch: wLangId 0x0413 stored 13 04.
        QTest::newRow("nl") << int(eid::PinPadLanguage::Dutch) << "1304";
        QTest::newRow("fr") << int(eid::PinPadLanguage::French) << "0C04";
        QTest::newRow("de") << int(eid::PinPadLanguage::German) << "0704";
        QTest::newRow("en") << int(eid::PinPadLanguage::English) << "0904";
    }

    void verifyStructure_isByteExact()
    {
        QFETCH(int, language);
        QFETCH(QString, langId);
        eid::PinPadOptions options;
        options.language = static_cast<eid::PinPadLanguage>(language);
        const Bytes structure = eid::makeVerifyPinStructure(options);
        const std::string expected = "1E 1E 89 47 04 0C04 02 01 " + langId.toStdString()
            + " 00 000000 0D000000 00200001 08 20 FFFFFFFFFFFFFF";
        QCOMPARE(hex(structure), hex(eid::fromHex(expected)));
        QCOMPARE(structure.size(), std::size_t(19 + 13));
    }

    void verifyStructure_oldSpr532Format()
    {
        eid::PinPadOptions options;
        options.formatString = eid::pinpad::kFormatStringOldSpr532;
        QCOMPARE(eid::makeVerifyPinStructure(options).at(2), std::uint8_t(0x01));
    }

    void modifyStructure_isByteExact()
    {
        eid::PinPadOptions options;
        options.language = eid::PinPadLanguage::Dutch;
        const Bytes structure = eid::makeModifyPinStructure(options);
        const std::string expected = "1E 1E 89 47 04 00 08 0C04 03 02 03 1304 00 01 02 000000"
                                     " 15000000 00240001 10 20FFFFFFFFFFFFFF 20FFFFFFFFFFFFFF";
        QCOMPARE(hex(structure), hex(eid::fromHex(expected)));
        QCOMPARE(structure.size(), std::size_t(24 + 21));
    }

    void detect_environmentSwitchesThePinPadOff()
    {
        qputenv(eid::kNoPinPadVariable, "1");
        ScriptedTransport reader; // no control call at all
        const auto detection = eid::detectPinPad(reader, { "Cherry", {} });
        qunsetenv(eid::kNoPinPadVariable);
        QVERIFY(detection.ok());
        QVERIFY(!detection->pinPad);
        QVERIFY(reader.unexpected().empty());
    }

    void featureList_parsesBigEndianCodes()
    {
        const auto features = eid::parseFeatureList(eid::fromHex(kCcidFeatures));
        QVERIFY(features.ok());
        QCOMPARE(features->controlCodes.size(), std::size_t(4));
        QCOMPARE(*features->code(eid::pinpad::VerifyPinDirect), 0x42330006u);
        QCOMPARE(*features->code(eid::pinpad::ModifyPinDirect), 0x42330007u);
        QCOMPARE(*features->code(eid::pinpad::IfdPinProperties), 0x4233000Au);
        QCOMPARE(*features->code(eid::pinpad::GetTlvProperties), 0x42330012u);
        QVERIFY(!features->code(eid::pinpad::VerifyPinStart));
        // The reference's Windows-style example.
        const auto windows = eid::parseFeatureList(eid::fromHex("06 04 00 31 20 30"));
        QCOMPARE(*windows->code(eid::pinpad::VerifyPinDirect), 0x00312030u);
        QVERIFY(eid::parseFeatureList({}).ok());
    }

    void featureList_rejectsMalformed()
    {
        for (const char* answer : { "06 04 42 33 00", "06 02 42 33 00 06", "06" }) {
            const auto features = eid::parseFeatureList(eid::fromHex(answer));
            QVERIFY2(!features.ok(), answer);
            QCOMPARE(features.error().code, eid::ErrorCode::ParseError);
        }
    }

    void tlvProperties_vendorProductAndSizes()
    {
        const auto properties = eid::parseTlvProperties(
            eid::fromHex(tlvProperties("6B07", "3130") + " 08 03 414243"));
        QVERIFY(properties.ok());
        QCOMPARE(*properties->vendorId, std::uint16_t(0x076B));
        QCOMPARE(*properties->productId, std::uint16_t(0x3031));
        QCOMPARE(*properties->minPinSize, std::uint8_t(4));
        QCOMPARE(*properties->maxPinSize, std::uint8_t(12));
        QCOMPARE(properties->firmwareId, std::string("ABC"));
        QVERIFY(!eid::parseTlvProperties(eid::fromHex("0B 04 6B07")).ok());
    }

    void detect_ccidPinPad()
    {
        ScriptedTransport reader;
        reader.expectControl(kPcscLite, "", kCcidFeatures)
            .expectControl(0x42330012, "", tlvProperties("C804", "3415")); // 04C8:1534
        const auto detection = eid::detectPinPad(reader, { "Cherry SmartTerminal ST-2xxx", {} });
        QVERIFY2(detection.ok(), reader.unexpected().c_str());
        QVERIFY(detection->pinPad);
        QCOMPARE(detection->pinPad->verifyControlCode, 0x42330006u);
        QCOMPARE(detection->pinPad->options.formatString, std::uint8_t(0x89));
        QVERIFY(reader.finished());
    }

    void detect_fallsBackToTheWindowsCode()
    {
        ScriptedTransport reader;
        reader.expectControlError(kPcscLite, "", eid::ErrorCode::Internal)
            .expectControl(kWindows, "", "06 04 00312030");
        const auto detection = eid::detectPinPad(reader, { "Some reader", {} });
        QVERIFY(detection.ok());
        QVERIFY(detection->pinPad);
        QCOMPARE(detection->pinPad->verifyControlCode, 0x00312030u);
    }

    void detect_noFeatures_isNoPinPad()
    {
        ScriptedTransport reader;
        reader.expectControlError(kPcscLite, "", eid::ErrorCode::Internal)
            .expectControlError(kWindows, "", eid::ErrorCode::Internal);
        const auto detection = eid::detectPinPad(reader, { "Virtual PCD 00 00", {} });
        QVERIFY(detection.ok());
        QVERIFY(!detection->pinPad);
        QVERIFY(!detection->ignoredBecause.empty());

        ScriptedTransport plain; // features, but no VERIFY_PIN_DIRECT
        plain.expectControl(kPcscLite, "", "12 04 42330012");
        const auto noVerify = eid::detectPinPad(plain, { "ACS ACR38U", {} });
        QVERIFY(noVerify.ok());
        QVERIFY(!noVerify->pinPad);
    }

    void detect_pulledCard_isAnError()
    {
        ScriptedTransport reader;
        reader.expectControlError(kPcscLite, "", eid::ErrorCode::CardRemoved);
        const auto detection = eid::detectPinPad(reader, { "Cherry", {} });
        QVERIFY(!detection.ok());
        QCOMPARE(detection.error().code, eid::ErrorCode::CardRemoved);
    }

    void quirk_omnikeyFalsePinPad_data()
    {
        QTest::addColumn<QString>("product");
        QTest::newRow("3x21 (3031)") << "3130";
        QTest::newRow("6121 (6632)") << "3266";
    }

    void quirk_omnikeyFalsePinPad()
    {
        QFETCH(QString, product);
        ScriptedTransport reader;
        reader.expectControl(kPcscLite, "", kCcidFeatures)
            .expectControl(0x42330012, "", tlvProperties("6B07", product.toStdString()));
        const auto detection = eid::detectPinPad(reader, { "HID Global OMNIKEY 3x21", {} });
        QVERIFY(detection.ok());
        QVERIFY(!detection->pinPad);
        QVERIFY(detection->ignoredBecause.find("OMNIKEY") != std::string::npos);
    }

    void quirk_otherHidProduct_keepsItsPinPad()
    {
        ScriptedTransport reader; // 076B:5321 is not on the list
        reader.expectControl(kPcscLite, "", kCcidFeatures)
            .expectControl(0x42330012, "", tlvProperties("6B07", "2153"));
        const auto detection = eid::detectPinPad(reader, { "HID Global reader", {} });
        QVERIFY(detection.ok());
        QVERIFY(detection->pinPad);
    }

    void quirk_gemPcPinpad_isRefused()
    {
        ScriptedTransport reader;
        reader.expectControl(kPcscLite, "", "06 04 42330006");
        const auto detection = eid::detectPinPad(reader, { "Gemplus GemPC Pinpad 00 00", {} });
        QVERIFY(detection.ok());
        QVERIFY(!detection->pinPad);
        QVERIFY(detection->ignoredBecause.find("GemPC") != std::string::npos);
    }

    void quirk_spr532FirmwareFormatString_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("version"); // -1: unknown
        QTest::addColumn<int>("format");
        QTest::newRow("SPR532 5.05") << "SCM SPR532 00 00" << qint64(0x05050000) << 0x01;
        QTest::newRow("SPRx32 5.04")
            << "SPRx32 USB Smart Card Reader" << qint64(0x05040012) << 0x01;
        QTest::newRow("SPR532 5.06") << "SCM SPR532 00 00" << qint64(0x05060000) << 0x89;
        QTest::newRow("SPR532 unknown") << "SCM SPR532 00 00" << qint64(-1) << 0x89;
        QTest::newRow("other 1.00") << "Cherry ST-2000" << qint64(0x01000000) << 0x89;
    }

    void quirk_spr532FirmwareFormatString()
    {
        QFETCH(QString, name);
        QFETCH(qint64, version);
        QFETCH(int, format);
        eid::ReaderIdentity reader { name.toStdString(), {} };
        if (version >= 0)
            reader.ifdVersion = static_cast<std::uint32_t>(version);
        QCOMPARE(int(eid::formatStringFor(reader)), format);
    }

    void readerAnswers_areTyped_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<int>("code"); // -1 = success
        QTest::addColumn<QString>("detail");
        QTest::newRow("ok") << "9000" << -1 << "";
        QTest::newRow("wrong, 2 left") << "63C2" << int(eid::ErrorCode::WrongPin) << "2";
        QTest::newRow("last try spent") << "63C0" << int(eid::ErrorCode::PinBlocked) << "";
        QTest::newRow("blocked") << "6983" << int(eid::ErrorCode::PinBlocked) << "";
        QTest::newRow("time-out") << "6400" << int(eid::ErrorCode::PinPadTimeout) << "";
        QTest::newRow("cancelled") << "6401" << int(eid::ErrorCode::PinPadCancelled) << "";
        QTest::newRow("PINs differ") << "6402" << int(eid::ErrorCode::PinPadInvalidEntry) << "";
        QTest::newRow("bad length") << "6403" << int(eid::ErrorCode::PinPadInvalidEntry) << "";
        QTest::newRow("bad parameter") << "6B80" << int(eid::ErrorCode::Internal) << "";
        QTest::newRow("other") << "6A80" << int(eid::ErrorCode::Damaged) << "";
        QTest::newRow("short") << "90" << int(eid::ErrorCode::Damaged) << "";
    }

    void readerAnswers_areTyped()
    {
        QFETCH(QString, answer);
        QFETCH(int, code);
        QFETCH(QString, detail);
        const eid::Status status = eid::pinPadStatus(eid::fromHex(answer.toStdString()));
        if (code < 0) {
            QVERIFY(!status);
            return;
        }
        QVERIFY(status);
        QCOMPARE(int(status->code), code);
        if (!detail.isEmpty())
            QCOMPARE(QString::fromStdString(status->detail), detail);
    }

    void sign_withPinPad_sendsTheStructureNotAPin()
    {
        const Bytes challenge = eid::fromHex("0102030405060708");
        eid::PinPad pinPad;
        pinPad.verifyControlCode = 0x42330006;
        ScriptedTransport card;
        // 1.7 (RSA, SHA-256): MSE, then the reader does VERIFY, then PSO and LOG OFF.
        card.expect("002241B6050480088482", "9000")
            .expect("002A9E9A20" + hex(sha256(challenge)), "6104")
            .expect("00C0000004", "CAFEBABE9000")
            .expect("80E60000", "9000")
            .expectControl(0x42330006, hex(eid::makeVerifyPinStructure({})), "9000");
        eid::AuthenticationSigner signer(card, eid::fromHex("3B9813400AA503010101AD1311"));
        const auto signature = signer.signWithPinPad(challenge, pinPad);
        QVERIFY2(signature.ok(), card.unexpected().c_str());
        QCOMPARE(hex(signature->signature), std::string("CAFEBABE"));
        QVERIFY(card.finished());
        // The reader's VERIFY sits between MSE SET and PSO, inside the same sequence.
        const std::vector<std::string> order(card.journal().begin(), card.journal().begin() + 3);
        QCOMPARE(order.at(0), std::string("apdu 002241B6050480088482"));
        QCOMPARE(order.at(1), std::string("control 42330006"));
        QVERIFY(order.at(2).rfind("apdu 002A9E9A", 0) == 0);
    }

    void sign_withPinPad_readerErrorsStopBeforeSigning_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<int>("code");
        QTest::newRow("time-out") << "6400" << int(eid::ErrorCode::PinPadTimeout);
        QTest::newRow("cancelled") << "6401" << int(eid::ErrorCode::PinPadCancelled);
        QTest::newRow("wrong PIN") << "63C1" << int(eid::ErrorCode::WrongPin);
    }

    void sign_withPinPad_readerErrorsStopBeforeSigning()
    {
        QFETCH(QString, answer);
        QFETCH(int, code);
        eid::PinPad pinPad;
        pinPad.verifyControlCode = 0x42330006;
        ScriptedTransport card; // no PSO may follow
        card.expect("002241B6050480088482", "9000")
            .expectControl(0x42330006, hex(eid::makeVerifyPinStructure({})), answer.toStdString());
        eid::AuthenticationSigner signer(card, eid::fromHex("3B9813400AA503010101AD1311"));
        const auto signature = signer.signWithPinPad(eid::fromHex("01"), pinPad);
        QVERIFY(!signature.ok());
        QCOMPARE(int(signature.error().code), code);
        QVERIFY(card.finished());
    }

    void signWithCard_pinPad_noticeInsteadOfPin()
    {
        const Bytes der = shortCertificate();
        QVERIFY(der.size() > 256 && der.size() < 512);
        const Bytes challenge = eid::fromHex("AABB");
        ScriptedTransport card;
        scriptPrepare17(card, der);
        card.expect("002241B6050480088482", "9000")
            .expect("002A9E9A20" + hex(sha256(challenge)), "6102")
            .expect("00C0000002",
                "0102"
                "9000")
            .expect("80E60000", "9000")
            .expectControl(kPcscLite, "", kCcidFeatures)
            .expectControl(0x42330012, "", tlvProperties("C804", "3415"))
            .expectControl(0x42330006, hex(eid::makeVerifyPinStructure({})), "9000");
        int notices = 0;
        int noticedTries = -1;
        bool pinAsked = false;
        const auto signature = eid::signWithCard(
            card, eid::fromHex(kAtr17), { "Cherry ST-2xxx", {} }, challenge,
            [&](int) -> std::optional<std::string> {
                pinAsked = true;
                return std::string("1234");
            },
            [&](int tries) {
                ++notices;
                noticedTries = tries;
            });
        QVERIFY2(signature.ok(), card.unexpected().c_str());
        QVERIFY(!pinAsked);
        QCOMPARE(notices, 1);
        QCOMPARE(noticedTries, 2);
        QCOMPARE(signature->caCertificate, der);
        QVERIFY(card.finished());
    }

    void signWithCard_noPinPad_asksThePin()
    {
        const Bytes der = shortCertificate();
        const Bytes challenge = eid::fromHex("AABB");
        ScriptedTransport card;
        scriptPrepare17(card, der);
        card.expect("002241B6050480088482", "9000")
            .expect("0020000108241234FFFFFFFFFF", "9000")
            .expect("002A9E9A20" + hex(sha256(challenge)), "6102")
            .expect("00C0000002",
                "0102"
                "9000")
            .expect("80E60000", "9000")
            .expectControlError(kPcscLite, "", eid::ErrorCode::Internal)
            .expectControlError(kWindows, "", eid::ErrorCode::Internal);
        int askedWithTries = -1;
        bool noticed = false;
        const auto signature = eid::signWithCard(
            card, eid::fromHex(kAtr17), { "Virtual PCD 00 00", {} }, challenge,
            [&](int tries) -> std::optional<std::string> {
                askedWithTries = tries;
                return std::string("1234");
            },
            [&](int) { noticed = true; });
        QVERIFY2(signature.ok(), card.unexpected().c_str());
        QCOMPARE(askedWithTries, 2);
        QVERIFY(!noticed);
        QVERIFY(card.finished());
    }

    void signWithCard_noPin_isCancelledBeforeAnyVerify()
    {
        ScriptedTransport card;
        scriptPrepare17(card, shortCertificate());
        card.expectControlError(kPcscLite, "", eid::ErrorCode::Internal)
            .expectControlError(kWindows, "", eid::ErrorCode::Internal);
        const auto signature = eid::signWithCard(card, eid::fromHex(kAtr17), { "R", {} },
            eid::fromHex("01"), [](int) { return std::optional<std::string> {}; }, {});
        QVERIFY(!signature.ok());
        QCOMPARE(signature.error().code, eid::ErrorCode::Cancelled);
        QVERIFY(card.finished()); // no MSE, no VERIFY
    }

    void reset_resetsTheCard()
    {
        ScriptedTransport card;
        QVERIFY(!eid::resetCardSession(card));
        QCOMPARE(card.resets(), 1);
    }

    void reset_afterSomeoneElsesReset_reconnectsAndResetsAgain()
    {
        ScriptedTransport card;
        card.resetAnswers({ eid::ErrorCode::CardReset });
        QVERIFY(!eid::resetCardSession(card));
        QCOMPARE(card.reconnects(), 1);
        QCOMPARE(card.resets(), 2);
    }

    void reset_pulledCard_isDone()
    {
        ScriptedTransport card;
        card.resetAnswers({ eid::ErrorCode::CardRemoved });
        QVERIFY(!eid::resetCardSession(card));
    }

    void reset_deadService_isAnError()
    {
        ScriptedTransport card;
        card.resetAnswers({ eid::ErrorCode::ServiceUnavailable });
        const eid::Status status = eid::resetCardSession(card);
        QVERIFY(status);
        QCOMPARE(status->code, eid::ErrorCode::ServiceUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestEidPinPad)
#include "tst_eid_pinpad.moc"
