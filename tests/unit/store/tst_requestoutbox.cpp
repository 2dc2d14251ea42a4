// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox's state machine with a scripted transport: stored before sending, same key on
// every retry, definitive errors stop, order is kept, and pending entries survive a reopen.

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
        QSignalSpy delivered(&outbox, &RequestOutbox::delivered);
        outbox.flush();
        QVERIFY(delivered.wait(2000));
        QCOMPARE(transport.sent.first().idempotencyKey, key);
    }
};

QTEST_GUILESS_MAIN(TestRequestOutbox)
#include "tst_requestoutbox.moc"
