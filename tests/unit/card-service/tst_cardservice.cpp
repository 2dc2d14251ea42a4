// SPDX-License-Identifier: GPL-3.0-or-later
#include "card/cardbackend.h"
#include "card/cardservice.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

namespace {

eid::CardReading aliceReading(bool verified)
{
    eid::CardReading r;
    r.reader = "Virtual PCD 00 00";
    r.identity.surname = "Specimen";
    r.identity.firstNames = "Alice Geldige";
    r.identity.nationalNumber = "85073003328";
    r.identity.birthDate = { 1985, 7, 30 };
    r.identity.sex = 'F';
    r.address.streetAndNumber = "Rue de Fer 1";
    r.address.zip = "5000";
    r.address.municipality = "Namur";
    r.verification.identitySignature = eid::CheckResult::Valid;
    r.verification.addressSignature
        = verified ? eid::CheckResult::Valid : eid::CheckResult::Invalid;
    r.verification.photoHash = eid::CheckResult::Valid;
    r.verification.rrnCertificate = eid::CertificateStatus::Trusted;
    r.files.identity = { 0x06, 0x0B, '8', '5' };
    r.files.identitySignature = { 0x11, 0x22 };
    r.files.address = { 0x01, 0x0C, 'R' };
    r.files.addressSignature = { 0x33 };
    r.files.rrnCertificate = { 0x30, 0x82 };
    r.files.photo = { 0xFF, 0xD8 };
    return r;
}

/** Events come from a thread of their own, as the real monitor's do. */
class FakeBackend : public CardBackend
{
public:
    std::function<void(const eid::CardEvent&)> callback;
    eid::Result<eid::CardReading> nextResult = aliceReading(true);
    QSemaphore release { 1000 }; // a test takes the permits to hold a read mid-way
    QSemaphore identityReported;

    void startMonitor(std::function<void(const eid::CardEvent&)> cb) override { callback = cb; }
    void stopMonitor() override { }
    std::atomic<int> resets { 0 };
    void resetCards() override { ++resets; }
    eid::Result<eid::CardReading> read(
        const std::string&, const eid::ProgressCallback& progress) override
    {
        eid::Identity identity = aliceReading(true).identity;
        eid::ReadProgress p;
        p.stage = eid::ReadStage::Address;
        p.identity = &identity;
        progress(p);
        identityReported.release();
        release.acquire();
        release.release();
        return nextResult;
    }

    void emitFromThread(eid::CardEvent::Type type, const std::string& reader)
    {
        std::thread([this, type, reader]() {
            callback(eid::CardEvent { type, reader, {} });
        }).join();
    }
};

} // namespace

class TestCardService : public QObject
{
    Q_OBJECT

    FakeBackend* m_backend = nullptr;
    std::unique_ptr<CardService> m_service;

private slots:
    void init()
    {
        auto backend = std::make_unique<FakeBackend>();
        m_backend = backend.get();
        m_service = std::make_unique<CardService>(std::move(backend));
        m_service->start();
    }
    void cleanup() { m_service.reset(); }

    void readerThenCard_readsAndVerifies_withNameBeforeTheEnd()
    {
        QCOMPARE(m_service->state(), CardService::State::NoReader);
        m_backend->emitFromThread(eid::CardEvent::Type::ReaderAdded, "Virtual PCD 00 00");
        QTRY_COMPARE(m_service->state(), CardService::State::NoCard);
        QCOMPARE(m_service->readers(), QStringList { "Virtual PCD 00 00" });

        m_backend->release.acquire(1000); // hold the read after the identity
        QSignalSpy verified(m_service.get(), &CardService::identityVerified);
        m_backend->emitFromThread(eid::CardEvent::Type::CardInserted, "Virtual PCD 00 00");
        QTRY_COMPARE(m_service->state(), CardService::State::Reading);
        QTRY_COMPARE(m_service->displayName(), QStringLiteral("Alice Specimen"));
        QVERIFY(m_service->identity().isEmpty()); // shown, but not yet trusted
        QVERIFY(m_service->progress() < 100);

        m_backend->release.release(1000);
        QVERIFY(verified.wait(2000));
        QCOMPARE(m_service->state(), CardService::State::Verified);
        QCOMPARE(m_service->progress(), 100);
        QCOMPARE(m_service->identity().nationalNumber, QStringLiteral("85073003328"));
        QCOMPARE(m_service->identity().birthDate, QDate(1985, 7, 30));
        QCOMPARE(m_service->identity().municipality, QStringLiteral("Namur"));
        QCOMPARE(
            m_service->checks().value("address_signature").toString(), QStringLiteral("valid"));
    }

    void failedVerification_isNotTrusted_andSaysWhy()
    {
        m_backend->nextResult = aliceReading(false);
        m_backend->emitFromThread(eid::CardEvent::Type::ReaderAdded, "R");
        m_backend->emitFromThread(eid::CardEvent::Type::CardInserted, "R");
        QTRY_COMPARE(m_service->state(), CardService::State::Failed);
        QVERIFY(m_service->identity().isEmpty());
        QVERIFY(m_service->signedFiles().isEmpty()); // unverified files are never sent
        QVERIFY(m_service->displayName().isEmpty());
        QVERIFY(!m_service->errorMessage().isEmpty());
        QCOMPARE(
            m_service->checks().value("address_signature").toString(), QStringLiteral("invalid"));
    }

    void readError_becomesACitizenMessage()
    {
        m_backend->nextResult = eid::Error { eid::ErrorCode::UnsupportedCard, "6A82" };
        m_backend->emitFromThread(eid::CardEvent::Type::ReaderAdded, "R");
        m_backend->emitFromThread(eid::CardEvent::Type::CardInserted, "R");
        QTRY_COMPARE(m_service->state(), CardService::State::Failed);
        QVERIFY(m_service->errorMessage().contains(QStringLiteral("belge")));
        QVERIFY(!m_service->errorMessage().contains(QStringLiteral("6A82")));
    }

    void cardPulledDuringRead_dropsTheLateResult_andWipes()
    {
        m_backend->emitFromThread(eid::CardEvent::Type::ReaderAdded, "R");
        m_backend->release.acquire(1000);
        m_backend->emitFromThread(eid::CardEvent::Type::CardInserted, "R");
        QTRY_COMPARE(m_service->state(), CardService::State::Reading);
        QTRY_VERIFY(m_backend->identityReported.available() > 0);
        QTRY_VERIFY(!m_service->displayName().isEmpty());

        QSignalSpy removed(m_service.get(), &CardService::cardRemoved);
        m_backend->emitFromThread(eid::CardEvent::Type::CardRemoved, "R");
        QTRY_COMPARE(removed.count(), 1);
        QVERIFY(m_service->displayName().isEmpty());
        m_backend->release.release(1000);
        QTest::qWait(100); // let the read finish: its result must be ignored
        QCOMPARE(m_service->state(), CardService::State::NoCard);
        QVERIFY(m_service->identity().isEmpty());
    }

    void wipe_forgetsTheVerifiedIdentity()
    {
        m_backend->emitFromThread(eid::CardEvent::Type::ReaderAdded, "R");
        m_backend->emitFromThread(eid::CardEvent::Type::CardInserted, "R");
        QTRY_COMPARE(m_service->state(), CardService::State::Verified);
        // The eID login's evidence: the RRN-signed files as read (never the photo).
        QCOMPARE(m_service->signedFiles().identity,
            QByteArray("\x06\x0B"
                       "85"));
        QCOMPARE(m_service->signedFiles().rrnCertificate, QByteArray("\x30\x82"));
        QCOMPARE(m_service->cardReader(), QStringLiteral("R"));
        m_service->wipe();
        QVERIFY(m_service->signedFiles().isEmpty());
        QVERIFY(m_service->signedFiles().rrnCertificate.isEmpty());
        QVERIFY(m_service->cardReader().isEmpty());
        QVERIFY(m_service->identity().isEmpty());
        QVERIFY(m_service->displayName().isEmpty());
        QVERIFY(m_service->checks().isEmpty());
        QCOMPARE(m_service->state(), CardService::State::NoCard);
    }

    void cardLeftBehind_afterTheSessionsWipe_untilPulled()
    {
        QSignalSpy changed(m_service.get(), &CardService::cardLeftBehindChanged);
        m_backend->emitFromThread(eid::CardEvent::Type::ReaderAdded, "R");
        m_backend->emitFromThread(eid::CardEvent::Type::CardInserted, "R");
        QTRY_COMPARE(m_service->state(), CardService::State::Verified);
        QVERIFY(!m_service->cardLeftBehind()); // in use
        m_service->wipe(); // the session ended (time-out, "Terminer")
        QVERIFY(m_service->cardLeftBehind());
        m_backend->emitFromThread(eid::CardEvent::Type::CardRemoved, "R");
        QTRY_VERIFY(!m_service->cardLeftBehind());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_service->state(), CardService::State::NoCard);
    }

    void resetCards_runsOnTheWorker()
    {
        m_service->resetCards();
        QTRY_COMPARE(m_backend->resets.load(), 1);
    }

    void pcscdGone_thenBack()
    {
        m_backend->emitFromThread(eid::CardEvent::Type::ReaderAdded, "R");
        m_backend->emitFromThread(eid::CardEvent::Type::ServiceUnavailable, "");
        QTRY_COMPARE(m_service->state(), CardService::State::NoService);
        QVERIFY(m_service->readers().isEmpty());
        QVERIFY(!m_service->errorMessage().isEmpty());
        m_backend->emitFromThread(eid::CardEvent::Type::ServiceAvailable, "");
        QTRY_COMPARE(m_service->state(), CardService::State::NoReader);
        m_backend->emitFromThread(eid::CardEvent::Type::ReaderAdded, "R");
        QTRY_COMPARE(m_service->state(), CardService::State::NoCard);
    }
};

QTEST_GUILESS_MAIN(TestCardService)
#include "tst_cardservice.moc"
