// SPDX-License-Identifier: GPL-3.0-or-later
#include "card/cardbackend.h"
#include "card/cardservice.h"
#include "session/cardsessionpolicy.h"
#include "session/sessioncontroller.h"

#include <QTest>

#include <atomic>
#include <thread>

namespace {

struct Backend : CardBackend
{
    std::function<void(const eid::CardEvent&)> callback;
    std::atomic<int> resets { 0 };
    void startMonitor(std::function<void(const eid::CardEvent&)> cb) override { callback = cb; }
    void stopMonitor() override { }
    void resetCards() override { ++resets; }
    eid::Result<eid::CardReading> read(const std::string&, const eid::ProgressCallback&) override
    {
        eid::CardReading r;
        r.identity.surname = "Spécimen";
        r.identity.nationalNumber = "85073003328";
        r.verification.identitySignature = eid::CheckResult::Valid;
        r.verification.addressSignature = eid::CheckResult::Valid;
        r.verification.photoHash = eid::CheckResult::Valid;
        r.verification.rrnCertificate = eid::CertificateStatus::Trusted;
        return r;
    }
    void say(eid::CardEvent::Type type)
    {
        std::thread([this, type] { callback({ type, "R", {} }); }).join();
    }
};

} // namespace

class TestCardSessionPolicy : public QObject
{
    Q_OBJECT

private slots:
    void verifiedCard_opens_pulledCard_endsWipesAndResets()
    {
        auto owned = std::make_unique<Backend>();
        Backend* backend = owned.get();
        CardService card(std::move(owned));
        SessionController session;
        wireCardSession(&session, &card);
        card.start();

        backend->say(eid::CardEvent::Type::ReaderAdded);
        backend->say(eid::CardEvent::Type::CardInserted);
        QTRY_VERIFY(session.active());
        QVERIFY(!card.identity().isEmpty());

        backend->say(eid::CardEvent::Type::CardRemoved);
        QTRY_VERIFY(!session.active());
        QCOMPARE(session.lastEndReason(), SessionController::EndReason::CardRemoved);
        QVERIFY(card.identity().isEmpty());
        QTRY_COMPARE(backend->resets.load(), 1);
    }

    void finishedSession_resetsTheCardToo()
    {
        auto owned = std::make_unique<Backend>();
        Backend* backend = owned.get();
        CardService card(std::move(owned));
        SessionController session;
        wireCardSession(&session, &card);
        card.start();
        backend->say(eid::CardEvent::Type::ReaderAdded);
        backend->say(eid::CardEvent::Type::CardInserted);
        QTRY_VERIFY(session.active());
        session.finish();
        QVERIFY(card.identity().isEmpty());
        QTRY_COMPARE(backend->resets.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCardSessionPolicy)
#include "tst_cardsessionpolicy.moc"
