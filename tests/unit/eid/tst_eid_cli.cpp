// SPDX-License-Identifier: GPL-3.0-or-later
// The eguichet-eid command line: usage errors are caught before any PC/SC call, so these
// exit statuses do not depend on pcscd or a card.
#include <QProcess>
#include <QTest>

class TestEidCli : public QObject
{
    Q_OBJECT

private:
    static int run(const QStringList& arguments, QByteArray* stderrText = nullptr)
    {
        QProcess process;
        process.start(qEnvironmentVariable("EGUICHET_EID_CLI"), arguments);
        if (!process.waitForFinished(10000))
            return -1;
        if (stderrText)
            *stderrText = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

private slots:
    void help_exitsZero() { QCOMPARE(run({ QStringLiteral("--help") }), 0); }

    void usageErrors_exitThree_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { "format-card" };
        QTest::newRow("unknown option") << QStringList { "dump", "--frobnicate" };
        QTest::newRow("count zero") << QStringList { "watch", "--count", "0" };
        QTest::newRow("missing trust root")
            << QStringList { "dump", "--trust-root", "/nonexistent.pem" };
        QTest::newRow("sign without challenge") << QStringList { "sign", "--pin-stdin" };
        QTest::newRow("sign bad hex")
            << QStringList { "sign", "--challenge", "xyz", "--pin-stdin" };
    }

    void usageErrors_exitThree()
    {
        QFETCH(QStringList, arguments);
        QByteArray errors;
        QCOMPARE(run(arguments, &errors), 3);
        QVERIFY(!errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEidCli)
#include "tst_eid_cli.moc"
