// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox's state machine with a scripted transport: stored before sending, same key on
// every retry, definitive errors stop, order is kept, pending entries survive a reopen, and
// a filing is sent only in its own account's session.

#include "store/localdatabase.h"
#include "store/requestoutbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

namespace {

class ScriptedTransport : public OutboxTransport
{
public:
    std::deque<Result> script; // answers in order; empty = Retry
    QList<OutboxEntry> sent;
    std::function<void(const OutboxEntry&)> onSend;

    void send(const OutboxEntry& entry, std::function<void(const Result&)> done) override
    {
        sent.append(entry);
        if (onSend)
            onSend(entry);
        Result result;
        if (!script.empty()) {
            result = script.front();
            script.pop_front();
        }
        done(result);
    }
};

OutboxTransport::Result answer(
    OutboxTransport::Outcome outcome, const QByteArray& response = {}, const QString& error = {})
{
    OutboxTransport::Result r;
    r.outcome = outcome;
    r.response = response;
    r.error = error;
    return r;
}

} // namespace

class TestRequestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void writesBeforeSendingAndRetriesWithTheSameKey()
    {
        QTemporaryDir dir;
        auto db = LocalDatabase::open(dir.filePath("o.sqlite"), nullptr);
        RequestOutbox outbox(db.get());
        outbox.setBackoff(10, 40);
        ScriptedTransport transport;
        transport.script
            = { answer(OutboxTransport::Outcome::Retry), answer(OutboxTransport::Outcome::Retry),
                  answer(OutboxTransport::Outcome::Delivered, "{\"number\":\"195-12\"}") };
        bool storedBeforeSend = false;
        transport.onSend
            = [&](const OutboxEntry& e) { storedBeforeSend = outbox.entry(e.id).has_value(); };
        outbox.setTransport(&transport);
        outbox.setCurrentUser("u1"); // u1's session
        QSignalSpy delivered(&outbox, &RequestOutbox::delivered);
        QSignalSpy retries(&outbox, &RequestOutbox::retryScheduled);
        const qint64 id = outbox.enqueue("u1", "POST", "/v1/requests", "{\"service\":\"acte\"}");
        QVERIFY(id > 0);
        QVERIFY(delivered.wait(2000));
        QVERIFY(storedBeforeSend);
        QCOMPARE(transport.sent.size(), 3);
        QCOMPARE(transport.sent.at(1).idempotencyKey, transport.sent.at(0).idempotencyKey);
        QCOMPARE(transport.sent.at(2).idempotencyKey, transport.sent.at(0).idempotencyKey);
        QCOMPARE(transport.sent.at(2).body, QByteArray("{\"service\":\"acte\"}"));
        // Exponential back-off: the second delay is twice the first.
        QCOMPARE(retries.count(), 2);
        QCOMPARE(retries.at(1).at(1).toInt(), 2 * retries.at(0).at(1).toInt());
        QCOMPARE(delivered.first().at(1).toByteArray(), QByteArray("{\"number\":\"195-12\"}"));
        QCOMPARE(outbox.entry(id)->state, OutboxEntry::State::Delivered);
        QCOMPARE(outbox.entry(id)->attempts, 3);
        QVERIFY(outbox.pending().isEmpty());
    }

    void definitiveErrorStops()
    {
        auto db = LocalDatabase::open(":memory:", nullptr);
        RequestOutbox outbox(db.get());
        ScriptedTransport transport;
        transport.script = { answer(OutboxTransport::Outcome::Rejected, {}, "only_one_allowed") };
        outbox.setTransport(&transport);
        outbox.setCurrentUser("u1"); // u1's session
        QSignalSpy rejected(&outbox, &RequestOutbox::rejected);
        const qint64 id = outbox.enqueue("u1", "POST", "/v1/requests", "{}");
        QVERIFY(rejected.wait(2000));
        QCOMPARE(rejected.first().at(1).toString(), QStringLiteral("only_one_allowed"));
        QTest::qWait(50);
        QCOMPARE(transport.sent.size(), 1);
        QCOMPARE(outbox.entry(id)->state, OutboxEntry::State::Rejected);
    }

    void keepsOrderAndHonoursRetryAfter()
    {
        auto db = LocalDatabase::open(":memory:", nullptr);
        RequestOutbox outbox(db.get());
        outbox.setBackoff(5, 5000);
        ScriptedTransport transport;
        OutboxTransport::Result throttled = answer(OutboxTransport::Outcome::Retry);
        throttled.retryAfterSeconds = 1;
        transport.script = { throttled };
        outbox.setTransport(&transport);
        outbox.setCurrentUser("u1"); // u1's session
        QSignalSpy retries(&outbox, &RequestOutbox::retryScheduled);
        QSignalSpy delivered(&outbox, &RequestOutbox::delivered);
        const qint64 first = outbox.enqueue("u1", "POST", "/v1/requests", "1");
        const qint64 second = outbox.enqueue("u1", "POST", "/v1/requests", "2");
        for (int i = 0; i < 2; ++i)
            transport.script.push_back(answer(OutboxTransport::Outcome::Delivered));
        QVERIFY(retries.wait(2000));
        QCOMPARE(retries.first().at(1).toInt(), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 5000);
        QCOMPARE(delivered.at(0).at(0).toLongLong(), first);
        QCOMPARE(delivered.at(1).at(0).toLongLong(), second);
        QCOMPARE(transport.sent.at(1).id, first); // the first entry never was overtaken
    }

    void pendingSurvivesAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("o.sqlite");
        QString key;
        {
            auto db = LocalDatabase::open(path, nullptr);
            RequestOutbox outbox(db.get()); // no transport: as if offline until the end
            outbox.enqueue("u1", "POST", "/v1/requests", "{\"x\":1}");
            key = outbox.pending().first().idempotencyKey;
        }
        auto db = LocalDatabase::open(path, nullptr);
        RequestOutbox outbox(db.get());
        ScriptedTransport transport;
        transport.script = { answer(OutboxTransport::Outcome::Delivered) };
        outbox.setTransport(&transport);
        outbox.setCurrentUser("u1"); // u1's session
        QSignalSpy delivered(&outbox, &RequestOutbox::delivered);
        outbox.flush();
        QVERIFY(delivered.wait(2000));
        QCOMPARE(transport.sent.first().idempotencyKey, key);
    }

    // Citizen A files while the city cannot be reached, A's session ends, B logs in at the
    // same station: A's filing must not leave with B's session; A logs in again: it leaves.
    void aFilingLeavesOnlyWithItsOwnAccountsSession()
    {
        auto db = LocalDatabase::open(":memory:", nullptr);
        RequestOutbox outbox(db.get());
        outbox.setBackoff(5, 20);
        ScriptedTransport transport; // empty script: the city cannot be reached
        QStringList sessionAtSend; // whose session the transport carried for each entry
        transport.onSend = [&](const OutboxEntry& e) {
            sessionAtSend << outbox.currentUser() + QLatin1Char('>') + e.userId;
        };
        outbox.setTransport(&transport);
        outbox.setCurrentUser("citizen-a");
        QSignalSpy retries(&outbox, &RequestOutbox::retryScheduled);
        const qint64 filed = outbox.enqueue("citizen-a", "POST", "/v1/requests", "{\"a\":1}");
        QVERIFY(retries.wait(2000));

        outbox.setCurrentUser({}); // A's session ends
        outbox.setCurrentUser("citizen-b"); // B logs in; the retry delays pass
        outbox.flush();
        QTest::qWait(200);
        for (const QString& s : std::as_const(sessionAtSend))
            QCOMPARE(s, QStringLiteral("citizen-a>citizen-a"));
        QCOMPARE(outbox.entry(filed)->state, OutboxEntry::State::Pending);
        QCOMPARE(outbox.pendingCount("citizen-a"), 1);
        QCOMPARE(outbox.pendingCount("citizen-b"), 0);

        outbox.setCurrentUser({}); // nobody's session: nothing is sent either
        const int sentSoFar = transport.sent.size();
        outbox.flush();
        QTest::qWait(100);
        QCOMPARE(transport.sent.size(), sentSoFar);

        transport.script = { answer(OutboxTransport::Outcome::Delivered, "{\"number\":\"7\"}") };
        QSignalSpy delivered(&outbox, &RequestOutbox::delivered);
        outbox.setCurrentUser("citizen-a"); // A's next login
        QVERIFY(delivered.wait(2000));
        QCOMPARE(delivered.first().at(0).toLongLong(), filed);
        QCOMPARE(sessionAtSend.last(), QStringLiteral("citizen-a>citizen-a"));
    }

    // A's entry is on its way when A's session ends: B's filing does not wait behind it, and
    // A's late answer is recorded without telling B's screens.
    void aLateAnswerOfTheLastUserDoesNotBlockTheNext()
    {
        auto db = LocalDatabase::open(":memory:", nullptr);
        RequestOutbox outbox(db.get());
        struct HeldTransport : OutboxTransport
        {
            QList<std::function<void(const Result&)>> waiting;
            QList<OutboxEntry> sent;
            void send(const OutboxEntry& e, std::function<void(const Result&)> done) override
            {
                sent << e;
                waiting << std::move(done);
            }
        } transport;
        outbox.setTransport(&transport);
        outbox.setCurrentUser("citizen-a");
        const qint64 a = outbox.enqueue("citizen-a", "POST", "/v1/requests", "{\"a\":1}");
        QTRY_COMPARE_WITH_TIMEOUT(transport.sent.size(), 1, 2000);
        outbox.setCurrentUser({});
        outbox.setCurrentUser("citizen-b");
        const qint64 b = outbox.enqueue("citizen-b", "POST", "/v1/requests", "{\"b\":1}");
        QTRY_COMPARE_WITH_TIMEOUT(transport.sent.size(), 2, 2000);
        QCOMPARE(transport.sent.at(1).id, b);

        QSignalSpy delivered(&outbox, &RequestOutbox::delivered);
        OutboxTransport::Result ok = answer(OutboxTransport::Outcome::Delivered, "{}");
        transport.waiting.at(0)(ok); // A's answer, late
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(a)->state, OutboxEntry::State::Delivered, 2000);
        QTest::qWait(50);
        QCOMPARE(delivered.count(), 0); // B's screens hear nothing of A's filing
        transport.waiting.at(1)(ok);
        QVERIFY(delivered.wait(2000));
        QCOMPARE(delivered.first().at(0).toLongLong(), b);
    }
};

QTEST_GUILESS_MAIN(TestRequestOutbox)
#include "tst_requestoutbox.moc"
