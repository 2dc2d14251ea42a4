// SPDX-License-Identifier: GPL-3.0-or-later
// The single-instance hand-over between real processes: this test binary started again as
// the later launch (`--hand-over NAME URL`) or as another running app (`--listen NAME`).
// A later launch gives its URL to the running app and exits 0; with nobody running it says so;
// a second app cannot take the socket of a running one, but takes over one a crash left.

#include "session/instancehandover.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>

class TestInstanceHandOver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_name;

    int laterLaunch(const QString& message)
    {
        QProcess later;
        later.start(QCoreApplication::applicationFilePath(), { "--hand-over", m_name, message });
        // The running instance answers from this process's event loop: keep it turning.
        QDeadlineTimer deadline(15000);
        while (later.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(10);
        return later.exitStatus() == QProcess::NormalExit ? later.exitCode() : -1;
    }

private slots:
    void init() { m_name = m_dir.filePath(QStringLiteral("s%1").arg(++m_n)); }

    void laterLaunch_handsItsUrlToTheRunningApp()
    {
        InstanceHandOver running(m_name);
        QVERIFY(running.listen());
        QSignalSpy received(&running, &InstanceHandOver::received);
        const QString url = QStringLiteral("eguichet://payment-return?payment_id=42&status=paid");
        QCOMPARE(laterLaunch(url), 0);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().at(0).toString(), url);
        QCOMPARE(laterLaunch(QStringLiteral("eguichet://payment-return?payment_id=43")), 0);
        QCOMPARE(received.size(), 2);
    }

    void nobodyRunning_laterLaunchIsTold()
    {
        QCOMPARE(laterLaunch(QStringLiteral("eguichet://payment-return?payment_id=1")), 1);
        QVERIFY(!InstanceHandOver::handTo(m_name, QStringLiteral("x"), 500));
    }

    void secondApp_cannotListen_butTakesOverAfterACrash()
    {
        QProcess first;
        first.start(QCoreApplication::applicationFilePath(), { "--listen", m_name });
        QVERIFY(first.waitForReadyRead(15000));
        QCOMPARE(first.readLine().trimmed(), QByteArray("listening"));

        InstanceHandOver second(m_name);
        QVERIFY(!second.listen()); // the first one runs and answers

        first.kill(); // a crash: the socket stays behind, nobody answers on it
        QVERIFY(first.waitForFinished(5000));
        QVERIFY(second.listen());
        QSignalSpy received(&second, &InstanceHandOver::received);
        QCOMPARE(laterLaunch(QStringLiteral("eguichet://payment-return?payment_id=7")), 0);
        QCOMPARE(received.size(), 1);
    }

    void endlessLine_isDropped_andNothingReceived()
    {
        InstanceHandOver running(m_name);
        QVERIFY(running.listen());
        QSignalSpy received(&running, &InstanceHandOver::received);
        QLocalSocket hostile;
        hostile.connectToServer(m_name);
        QVERIFY(hostile.waitForConnected(3000));
        hostile.write(QByteArray(10000, 'x'));
        hostile.flush();
        QTRY_COMPARE_WITH_TIMEOUT(hostile.state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(received.size(), 0);
        QCOMPARE(laterLaunch(QStringLiteral("eguichet://payment-return?payment_id=8")), 0);
        QCOMPARE(received.size(), 1);
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && std::strcmp(argv[1], "--hand-over") == 0)
        return InstanceHandOver::handTo(
                   QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]))
            ? 0
            : 1;
    if (argc == 3 && std::strcmp(argv[1], "--listen") == 0) {
        InstanceHandOver running(QString::fromLocal8Bit(argv[2]));
        if (!running.listen())
            return 1;
        std::puts("listening");
        std::fflush(stdout);
        return app.exec();
    }
    TestInstanceHandOver test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_instancehandover.moc"
