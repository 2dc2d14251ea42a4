// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcsc/cardmonitor.h"
#include "pcsc/pcsccontext.h"

#include <mutex>
#include <QElapsedTimer>
#include <QTest>
#include <vector>

/** Runs against whatever PC/SC state the machine has: with or without pcscd. */
class TestEidMonitor : public QObject
{
    Q_OBJECT

private slots:
    void startStop_isPrompt()
    {
        std::mutex mutex;
        std::vector<eid::CardEvent> events;
        eid::CardMonitor monitor([&](const eid::CardEvent& event) {
            std::lock_guard<std::mutex> lock(mutex);
            events.push_back(event);
        });
        monitor.start();
        QTest::qWait(300);
        QElapsedTimer timer;
        timer.start();
        monitor.stop();
        // SCardCancel / the condition variable wake the thread: well under the 1 s wait.
        QVERIFY2(timer.elapsed() < 900, qPrintable(QString::number(timer.elapsed())));
        std::lock_guard<std::mutex> lock(mutex);
        for (const eid::CardEvent& event : events)
            QVERIFY(!eid::isIgnoredReader(event.reader));
    }

    void windowsHelloReaders_ignored()
    {
        QVERIFY(eid::isIgnoredReader("Windows Hello for Business 1"));
        QVERIFY(eid::isIgnoredReader("windows hello for business"));
        QVERIFY(!eid::isIgnoredReader("Virtual PCD 00 00"));
    }

    void eventNames()
    {
        QCOMPARE(QString(eid::cardEventName(eid::CardEvent::Type::CardInserted)),
            QStringLiteral("card-inserted"));
        QCOMPARE(QString(eid::cardEventName(eid::CardEvent::Type::ReaderRemoved)),
            QStringLiteral("reader-removed"));
    }
};

QTEST_GUILESS_MAIN(TestEidMonitor)
#include "tst_eid_monitor.moc"
