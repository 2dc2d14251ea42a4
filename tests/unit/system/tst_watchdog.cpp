// SPDX-License-Identifier: GPL-3.0-or-later
// SystemdWatchdog against a fake systemd: a datagram socket this test binds and names in
// NOTIFY_SOCKET, as the service manager does. READY=1 comes at the first frame only, then
// WATCHDOG=1 every half of WATCHDOG_USEC; a GUI thread held still sends nothing and feeds
// again once it turns; without WATCHDOG_USEC (or with another process's WATCHDOG_PID) there
// is no WATCHDOG=1, and without NOTIFY_SOCKET nothing at all.

#include "system/watchdog.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace std::chrono_literals;

class TestWatchdog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_fd = -1;

    // Every datagram waiting on the socket, without blocking.
    QStringList received()
    {
        QStringList out;
        char buf[256];
        for (;;) {
            const ssize_t n = recv(m_fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n < 0)
                return out;
            out << QString::fromLatin1(buf, int(n));
        }
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("notify"));
        unlink(qPrintable(m_path));
        m_fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        QVERIFY(m_fd >= 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        std::strncpy(addr.sun_path, qPrintable(m_path), sizeof addr.sun_path - 1);
        QCOMPARE(bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
        qputenv("NOTIFY_SOCKET", m_path.toLocal8Bit());
        qputenv("WATCHDOG_USEC", "200000"); // systemd's WatchdogSec=200ms
        qunsetenv("WATCHDOG_PID");
    }

    void cleanup()
    {
        close(m_fd);
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }

    void readyAtFirstFrameThenFedAtHalfTheTimeout()
    {
        SystemdWatchdog watchdog;
        QCOMPARE(watchdog.interval(), 100ms);
        QTest::qWait(150);
        QCOMPARE(received(), QStringList()); // nothing before the first frame
        watchdog.firstFrameShown();
        QVERIFY(watchdog.feeding());
        QCOMPARE(received(), QStringList({ "READY=1", "WATCHDOG=1" }));
        QTest::qWait(450);
        const QStringList fed = received();
        QVERIFY2(fed.size() >= 2 && fed.size() <= 6, qPrintable(fed.join(u' ')));
        QCOMPARE(fed.count(QStringLiteral("WATCHDOG=1")), fed.size());
        watchdog.firstFrameShown(); // a later frame: no second READY=1
        QVERIFY(!received().contains(QStringLiteral("READY=1")));
    }

    void aHungGuiThreadStopsFeeding()
    {
        SystemdWatchdog watchdog;
        watchdog.firstFrameShown();
        QTest::qWait(250);
        QVERIFY(received().contains(QStringLiteral("WATCHDOG=1")));
        // This thread is the GUI thread: held still for three intervals, nothing is sent.
        QThread::msleep(350);
        QCOMPARE(received(), QStringList());
        QTest::qWait(250); // turning again, it feeds again
        QVERIFY(received().contains(QStringLiteral("WATCHDOG=1")));
    }

    void noWatchdogWithoutWatchdogUsec()
    {
        qunsetenv("WATCHDOG_USEC"); // the unit has no WatchdogSec=
        SystemdWatchdog watchdog;
        QCOMPARE(watchdog.interval(), 0ms);
        watchdog.firstFrameShown();
        QVERIFY(!watchdog.feeding());
        QTest::qWait(300);
        QCOMPARE(received(), QStringList({ "READY=1" }));
    }

    void noWatchdogForAnotherProcess()
    {
        // systemd names the main process (cage, in the kiosk) in WATCHDOG_PID; the unit unsets
        // it so that the app under cage feeds the watchdog (packaging/kiosk).
        qputenv("WATCHDOG_PID", QByteArray::number(qint64(getppid())));
        SystemdWatchdog watchdog;
        QCOMPARE(watchdog.interval(), 0ms);
        watchdog.firstFrameShown();
        QTest::qWait(300);
        QCOMPARE(received(), QStringList({ "READY=1" }));
        qputenv("WATCHDOG_PID", QByteArray::number(qint64(getpid())));
        SystemdWatchdog mine;
        QCOMPARE(mine.interval(), 100ms);
    }

    void nothingWithoutNotifySocket()
    {
        qunsetenv("NOTIFY_SOCKET"); // not started by systemd
        SystemdWatchdog watchdog;
        QCOMPARE(watchdog.interval(), 0ms);
        watchdog.firstFrameShown();
        QVERIFY(!watchdog.feeding());
        QTest::qWait(300);
        QCOMPARE(received(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestWatchdog)
#include "tst_watchdog.moc"
