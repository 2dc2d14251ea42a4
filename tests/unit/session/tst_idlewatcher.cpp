// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/idlewatcher.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

class TestIdleWatcher : public QObject
{
    Q_OBJECT

private slots:
    void noInput_warnsThenTimesOut()
    {
        IdleWatcher w(600, 300);
        QSignalSpy warned(&w, &IdleWatcher::warningStarted);
        QSignalSpy timedOut(&w, &IdleWatcher::timedOut);
        w.start();
        QVERIFY(w.running());
        QVERIFY(!w.warning());
        QVERIFY(warned.wait(1000));
        QVERIFY(w.warning());
        QCOMPARE(timedOut.count(), 0);
        QVERIFY(timedOut.wait(1000));
        QVERIFY(!w.running());
        QCOMPARE(warned.count(), 1);
    }

    void keyPress_postponesTimeOut()
    {
        QWindow window;
        IdleWatcher w(400, 200);
        QSignalSpy timedOut(&w, &IdleWatcher::timedOut);
        w.start();
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(150);
            QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
            QCoreApplication::sendEvent(&window, &press);
        }
        // 900 ms have passed, more than twice the time-out, but never 400 ms without input.
        QCOMPARE(timedOut.count(), 0);
        QVERIFY(w.running());
        QVERIFY(timedOut.wait(1000));
    }

    void moreTime_clearsWarning_andRestartsCountdown()
    {
        IdleWatcher w(500, 300);
        QSignalSpy warned(&w, &IdleWatcher::warningStarted);
        QSignalSpy timedOut(&w, &IdleWatcher::timedOut);
        w.start();
        QVERIFY(warned.wait(1000));
        w.moreTime();
        QVERIFY(!w.warning());
        QTest::qWait(150);
        QCOMPARE(timedOut.count(), 0);
        QVERIFY(timedOut.wait(1000));
    }

    void stop_preventsTimeOut()
    {
        IdleWatcher w(200, 100);
        QSignalSpy timedOut(&w, &IdleWatcher::timedOut);
        w.start();
        w.stop();
        QTest::qWait(400);
        QCOMPARE(timedOut.count(), 0);
        QVERIFY(!w.warning());
    }

    void secondsLeft_countsDownInWholeSeconds()
    {
        IdleWatcher w(2500, 2000);
        w.start();
        QCOMPARE(w.secondsLeft(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(w.secondsLeft(), 2, 1500);
    }
};

QTEST_MAIN(TestIdleWatcher)
#include "tst_idlewatcher.moc"
