// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakereaderworld.h"
#include "pcsc/cardmonitor.h"
#include "pcsc/pcsccontext.h"

#include <condition_variable>
#include <mutex>
#include <QElapsedTimer>
#include <QTest>
#include <vector>

using Type = eid::CardEvent::Type;

namespace {

/** Collects events from the monitor thread; waits for the next ones with a deadline. */
class Recorder
{
public:
    void operator()(const eid::CardEvent& event)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_events.push_back(event);
        m_arrived.notify_all();
    }

    /** True when the next event (waiting up to 3 s) has this type and reader. */
    bool next(Type type, const std::string& reader = {})
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!m_arrived.wait_for(
                lock, std::chrono::seconds(3), [&] { return m_read < m_events.size(); }))
            return false;
        const eid::CardEvent& event = m_events[m_read++];
        m_last = event;
        return event.type == type && (reader.empty() || event.reader == reader);
    }

    bool quiet(int milliseconds)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        return !m_arrived.wait_for(lock, std::chrono::milliseconds(milliseconds),
            [&] { return m_read < m_events.size(); });
    }

    eid::CardEvent last() const { return m_last; }

private:
    std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::vector<eid::CardEvent> m_events;
    std::size_t m_read = 0;
    eid::CardEvent m_last { Type::ServiceAvailable, {}, {} };
};

const eid::Bytes kAtr = eid::fromHex("3B9813400AA503010101AD1311");

} // namespace

class TestEidMonitor : public QObject
{
    Q_OBJECT

private slots:
    void cardsAndReaders_comeAndGo()
    {
        eidtest::FakeReaderWorld world;
        world.addReader("Reader A");
        world.insertCard("Reader A", kAtr);
        Recorder events;
        eid::CardMonitor monitor(std::ref(events), world.factory());
        monitor.start();
        QVERIFY(events.next(Type::ReaderAdded, "Reader A"));
        QVERIFY(events.next(Type::CardInserted, "Reader A"));
        QCOMPARE(events.last().atr, kAtr);

        world.removeCard("Reader A");
        QVERIFY(events.next(Type::CardRemoved, "Reader A"));
        world.insertCard("Reader A", kAtr, true);
        QVERIFY(events.next(Type::CardMute, "Reader A"));
        world.removeCard("Reader A");
        QVERIFY(events.next(Type::CardRemoved, "Reader A"));

        // Pulled and re-inserted between two waits: only the event counter tells.
        world.insertCard("Reader A", kAtr);
        QVERIFY(events.next(Type::CardInserted, "Reader A"));
        QVERIFY(events.quiet(100));
        world.swapCard("Reader A", kAtr);
        QVERIFY(events.next(Type::CardRemoved, "Reader A"));
        QVERIFY(events.next(Type::CardInserted, "Reader A"));

        world.addReader("Reader B");
        QVERIFY(events.next(Type::ReaderAdded, "Reader B"));
        world.removeReader("Reader A");
        QVERIFY(events.next(Type::CardRemoved, "Reader A"));
        QVERIFY(events.next(Type::ReaderRemoved, "Reader A"));
        monitor.stop();
    }

    void windowsHelloReaders_ignored()
    {
        QVERIFY(eid::isIgnoredReader("Windows Hello for Business 1"));
        QVERIFY(eid::isIgnoredReader("windows hello for business"));
        QVERIFY(!eid::isIgnoredReader("Virtual PCD 00 00"));
    }

    void serviceStopAndStart_recovers()
    {
        eidtest::FakeReaderWorld world;
        world.addReader("Reader A");
        Recorder events;
        eid::CardMonitor monitor(std::ref(events), world.factory());
        monitor.start();
        QVERIFY(events.next(Type::ReaderAdded, "Reader A"));
        world.setServiceRunning(false);
        QVERIFY(events.next(Type::ReaderRemoved, "Reader A"));
        QVERIFY(events.next(Type::ServiceUnavailable));
        QVERIFY(events.quiet(600)); // reported once, not at every retry
        world.insertCard("Reader A", kAtr);
        world.setServiceRunning(true);
        QVERIFY(events.next(Type::ServiceAvailable));
        QVERIFY(events.next(Type::ReaderAdded, "Reader A"));
        QVERIFY(events.next(Type::CardInserted, "Reader A"));
        QVERIFY(world.sessionsMade() >= 2);
        monitor.stop();
    }

    void startWithoutService_reportsAndWaits()
    {
        eidtest::FakeReaderWorld world;
        world.setServiceRunning(false);
        Recorder events;
        eid::CardMonitor monitor(std::ref(events), world.factory());
        monitor.start();
        QVERIFY(events.next(Type::ServiceUnavailable));
        QElapsedTimer timer;
        timer.start();
        monitor.stop(); // interrupts the back-off sleep
        QVERIFY(timer.elapsed() < 500);
    }

    void stop_isPromptDuringWait()
    {
        eidtest::FakeReaderWorld world;
        world.addReader("Reader A");
        Recorder events;
        eid::CardMonitor monitor(std::ref(events), world.factory());
        monitor.start();
        QVERIFY(events.next(Type::ReaderAdded, "Reader A"));
        QTest::qWait(200); // now blocked in waitForChange (1 s timeout)
        QElapsedTimer timer;
        timer.start();
        monitor.stop();
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }

    void realPcsc_startStop_isPrompt()
    {
        // Whatever this machine has (pcscd or not): stop() must not hang.
        eid::CardMonitor monitor([](const eid::CardEvent&) {});
        monitor.start();
        QTest::qWait(300);
        QElapsedTimer timer;
        timer.start();
        monitor.stop();
        QVERIFY2(timer.elapsed() < 900, qPrintable(QString::number(timer.elapsed())));
    }

    void eventNames()
    {
        QCOMPARE(QString(eid::cardEventName(Type::CardInserted)), QStringLiteral("card-inserted"));
        QCOMPARE(
            QString(eid::cardEventName(Type::ReaderRemoved)), QStringLiteral("reader-removed"));
    }
};

QTEST_GUILESS_MAIN(TestEidMonitor)
#include "tst_eid_monitor.moc"
