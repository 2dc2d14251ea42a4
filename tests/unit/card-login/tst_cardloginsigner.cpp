// SPDX-License-Identifier: GPL-3.0-or-later
#include "eidlogin/cardloginsigner.h"

#include "beid/authsigner.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

namespace {

struct Outcome
{
    bool called = false;
    std::optional<EidLoginEvidence> evidence;
    QString error;
};

eid::AuthenticationSignature ecSignature()
{
    eid::AuthenticationSignature s;
    s.signature = { 0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x02 };
    s.algorithm = "ECDSA-SHA384";
    s.certificate = { 0x30, 0x01 };
    s.caCertificate = { 0x30, 0x02 };
    return s;
}

/** The citizen's presses on the pad, one digit at a time, then "Valider". */
void typePin(CardLoginSigner& signer, const char* digits)
{
    for (const char* d = digits; *d; ++d)
        signer.typeDigit(*d - '0');
    signer.confirmPin();
}

} // namespace

class TestCardLoginSigner : public QObject
{
    Q_OBJECT

    static void run(CardLoginSigner& signer, Outcome* out)
    {
        EidSigner sign = signer.signer([] { return QStringLiteral("Virtual PCD 00 00"); });
        sign(QByteArray("nonce-bytes"), { QStringLiteral("SHA384withECDSA") },
            [out](std::optional<EidLoginEvidence> evidence, const QString& error) {
                out->called = true;
                out->evidence = std::move(evidence);
                out->error = error;
            });
    }

private slots:
    void pinFromScreen_reachesTheCard_andTheEvidenceIsMapped()
    {
        std::string seenPin;
        std::string seenReader;
        eid::Bytes seenData;
        CardLoginSigner signer([&](const std::string& reader, const eid::Bytes& data,
                                   const auto& pinProvider, const auto&) {
            seenReader = reader;
            seenData = data;
            std::optional<std::string> pin = pinProvider(3);
            if (!pin)
                return eid::Result<eid::AuthenticationSignature>(
                    eid::Error { eid::ErrorCode::Cancelled, {} });
            seenPin = *pin;
            return eid::Result<eid::AuthenticationSignature>(ecSignature());
        });
        Outcome out;
        run(signer, &out);
        QTRY_VERIFY(signer.pinRequested());
        QCOMPARE(signer.triesLeft(), 3);
        typePin(signer, "1234");
        QTRY_VERIFY(out.called);
        QCOMPARE(seenPin, std::string("1234"));
        QCOMPARE(seenReader, std::string("Virtual PCD 00 00"));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(seenData.data()), int(seenData.size())),
            QByteArray("nonce-bytes"));
        QVERIFY(out.evidence);
        QCOMPARE(out.evidence->algorithm, QStringLiteral("SHA384withECDSA"));
        QCOMPARE(out.evidence->chainDer.size(), 1);
        QVERIFY(out.error.isEmpty());
        QVERIFY(!signer.busy());
        QVERIFY(!signer.pinRequested());
    }

    void wrongPin_saysHowManyTriesAreLeft()
    {
        CardLoginSigner signer(
            [](const std::string&, const eid::Bytes&, const auto& pinProvider, const auto&) {
                pinProvider(3);
                return eid::Result<eid::AuthenticationSignature>(
                    eid::Error { eid::ErrorCode::WrongPin, "2" });
            });
        Outcome out;
        run(signer, &out);
        QTRY_VERIFY(signer.pinRequested());
        typePin(signer, "9999");
        QTRY_VERIFY(out.called);
        QVERIFY(!out.evidence);
        QVERIFY2(out.error.contains(QStringLiteral("2")), qPrintable(out.error));
    }

    void pinDigits_countedHere_boundedAndWipedOnConfirm()
    {
        std::string seenPin;
        CardLoginSigner signer(
            [&](const std::string&, const eid::Bytes&, const auto& pinProvider, const auto&) {
                std::optional<std::string> pin = pinProvider(3);
                seenPin = pin ? *pin : std::string("none");
                return eid::Result<eid::AuthenticationSignature>(
                    eid::Error { eid::ErrorCode::Cancelled, {} });
            });
        signer.typeDigit(1); // not asked yet: nothing kept
        QCOMPARE(signer.pinLength(), 0);
        Outcome out;
        run(signer, &out);
        QTRY_VERIFY(signer.pinRequested());
        QSignalSpy length(&signer, &CardLoginSigner::pinLengthChanged);
        for (int d : { 1, 2, 3 })
            signer.typeDigit(d);
        signer.typeDigit(42); // not a digit
        signer.typeDigit(-1);
        QCOMPARE(signer.pinLength(), 3);
        signer.confirmPin(); // fewer than 4: not handed over
        QVERIFY(signer.pinRequested());
        for (int i = 0; i < 20; ++i)
            signer.typeDigit(9);
        QCOMPARE(signer.pinLength(), CardLoginSigner::kMaxPinLength);
        signer.eraseDigit();
        QCOMPARE(signer.pinLength(), CardLoginSigner::kMaxPinLength - 1);
        signer.confirmPin();
        QCOMPARE(signer.pinLength(), 0); // gone from here at once
        QTRY_VERIFY(out.called);
        QCOMPARE(seenPin, std::string("12399999999"));
        QVERIFY(length.count() >= 3);
    }

    void cancel_givesNoPinToTheCard()
    {
        bool gotPin = true;
        CardLoginSigner signer(
            [&](const std::string&, const eid::Bytes&, const auto& pinProvider, const auto&) {
                gotPin = pinProvider(3).has_value();
                return eid::Result<eid::AuthenticationSignature>(
                    eid::Error { eid::ErrorCode::Cancelled, {} });
            });
        Outcome out;
        run(signer, &out);
        QTRY_VERIFY(signer.pinRequested());
        signer.cancel();
        QTRY_VERIFY(out.called);
        QVERIFY(!gotPin);
        QVERIFY(!out.error.isEmpty());
    }

    void pinPadReader_tellsTheScreenToTypeOnTheReader()
    {
        QSemaphore typed;
        CardLoginSigner signer(
            [&](const std::string&, const eid::Bytes&, const auto&, const auto& onPinPad) {
                onPinPad(2);
                typed.acquire(); // the citizen is typing on the reader
                return eid::Result<eid::AuthenticationSignature>(ecSignature());
            });
        Outcome out;
        run(signer, &out);
        QTRY_VERIFY(signer.typeOnReader());
        QCOMPARE(signer.triesLeft(), 2);
        QVERIFY(!signer.pinRequested());
        typed.release();
        QTRY_VERIFY(out.called);
        QVERIFY(out.evidence);
        QVERIFY(!signer.typeOnReader());
    }

    void blockedPin_isFlagged_untilTheNextSigning()
    {
        bool blockNext = true;
        CardLoginSigner signer(
            [&](const std::string&, const eid::Bytes&, const auto&, const auto&) {
                return blockNext ? eid::Result<eid::AuthenticationSignature>(
                           eid::Error { eid::ErrorCode::PinBlocked, "6983" })
                                 : eid::Result<eid::AuthenticationSignature>(ecSignature());
            });
        Outcome out;
        run(signer, &out);
        QTRY_VERIFY(out.called);
        QVERIFY(signer.pinBlocked());
        QVERIFY(!out.error.isEmpty());
        blockNext = false; // another card
        Outcome next;
        run(signer, &next);
        QTRY_VERIFY(next.called);
        QVERIFY(!signer.pinBlocked());
    }

    void cardFiles_areAddedToTheEvidence()
    {
        CardLoginSigner signer([](const std::string&, const eid::Bytes&, const auto&, const auto&) {
            return eid::Result<eid::AuthenticationSignature>(ecSignature());
        });
        Outcome out;
        EidSigner sign = signer.signer([] { return QStringLiteral("R"); },
            [](EidLoginEvidence& e) {
                e.identityFile = "identity";
                e.rrnCertificateDer = "rrn";
            });
        sign(QByteArray("n"), {}, [&out](std::optional<EidLoginEvidence> evidence, const QString&) {
            out.called = true;
            out.evidence = std::move(evidence);
        });
        QTRY_VERIFY(out.called);
        QVERIFY(out.evidence);
        QCOMPARE(out.evidence->identityFile, QByteArray("identity"));
        QCOMPARE(out.evidence->rrnCertificateDer, QByteArray("rrn"));
        QCOMPARE(out.evidence->toJson("c", false).value("identity_file_b64").toString(),
            QStringLiteral("aWRlbnRpdHk="));
        out.evidence->wipe();
        QVERIFY(out.evidence->identityFile.isEmpty());
        QVERIFY(out.evidence->signature.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCardLoginSigner)
#include "tst_cardloginsigner.moc"
