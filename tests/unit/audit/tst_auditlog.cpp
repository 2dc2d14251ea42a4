// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's audit log: a chain that shows any edited, inserted or removed row, pruning
// that keeps the chain whole, the administrator's export and exit codes, and the trail that
// records a session without anything personal.
#include "audit/auditlog.h"
#include "audit/auditstation.h"
#include "audit/audittrail.h"
#include "config/commandline.h"
#include "session/sessioncontroller.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++m_n)); }

    std::unique_ptr<AuditLog> openLog(const QString& path)
    {
        QString error;
        auto log = AuditLog::open(
            path, { QStringLiteral("clerk1"), QStringLiteral("guichet-3") }, &error);
        if (!log)
            qWarning() << error;
        return log;
    }

    // Tampering as someone with the file would: through another connection.
    static void tamper(const QString& path, const QString& sql)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "tamper");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }

    static void fill(AuditLog* log, int n)
    {
        for (int i = 0; i < n; ++i)
            QVERIFY(log->append(QStringLiteral("request_filed"),
                { { QStringLiteral("number"), QStringLiteral("DEM-%1").arg(i) } }));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void appendedEntries_chainAndSurviveReopening()
    {
        const QString path = freshPath();
        {
            auto log = openLog(path);
            QVERIFY(log);
            fill(log.get(), 3);
        }
        auto log = openLog(path);
        fill(log.get(), 1);
        const QList<AuditEntry> all = log->entries();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all[0].previousHash, QByteArray(64, '0'));
        for (int i = 1; i < all.size(); ++i) {
            QCOMPARE(all[i].seq, all[i - 1].seq + 1);
            QCOMPARE(all[i].previousHash, all[i - 1].hash);
        }
        QCOMPARE(all[3].operatorName, QStringLiteral("clerk1"));
        QCOMPARE(all[3].workstation, QStringLiteral("guichet-3"));
        QCOMPARE(all[2].detail.value("number").toString(), QStringLiteral("DEM-2"));
        const auto check = log->verify();
        QVERIFY(check.intact);
        QCOMPARE(check.entries, 4);
    }

    void tampering_isFoundAtTheRowConcerned_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenAt");
        QTest::newRow("detail edited") << "UPDATE audit_log SET detail = '{\"number\":\"DEM-9\"}' "
                                          "WHERE seq = 3"
                                       << qint64(3);
        QTest::newRow("operator edited")
            << "UPDATE audit_log SET operator = 'someone' WHERE seq = 2" << qint64(2);
        QTest::newRow("row removed in the middle")
            << "DELETE FROM audit_log WHERE seq = 3" << qint64(4);
        QTest::newRow("first row removed") << "DELETE FROM audit_log WHERE seq = 1" << qint64(2);
        QTest::newRow("last rows removed") << "DELETE FROM audit_log WHERE seq >= 4" << qint64(0);
        QTest::newRow("hash recomputed but not the next link")
            << "UPDATE audit_log SET event = 'x', hash = 'aa' WHERE seq = 2" << qint64(2);
    }
    void tampering_isFoundAtTheRowConcerned()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenAt);
        const QString path = freshPath();
        auto log = openLog(path);
        fill(log.get(), 5);
        QVERIFY(log->verify().intact);
        tamper(path, sql);
        const auto check = log->verify();
        if (brokenAt == 0) {
            // Cutting the tail leaves a valid, shorter chain: the export's last hash and the
            // station's event count are what show it (docs/audit-log.md).
            QVERIFY(check.intact);
            QCOMPARE(check.entries, 3);
            return;
        }
        QVERIFY(!check.intact);
        QCOMPARE(check.firstBrokenSeq, brokenAt);
    }

    void pruning_keepsTheChainWhole_andNumbersGoOn()
    {
        const QString path = freshPath();
        auto log = openLog(path);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 4; ++i)
            QVERIFY(log->append(QStringLiteral("old"), {}, now.addDays(-400 + i)));
        QVERIFY(log->append(QStringLiteral("recent"), {}, now.addDays(-2)));

        QCOMPARE(log->pruneBefore(now.addDays(-365)), 4);
        QList<AuditEntry> all = log->entries();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].event, QStringLiteral("recent"));
        QCOMPARE(all[1].event, QStringLiteral("log_pruned"));
        QCOMPARE(all[1].detail.value("entries").toInt(), 4);
        QCOMPARE(all[1].seq, 6);
        QVERIFY(log->verify().intact);

        // Everything old: the chain continues from the anchor, numbers never restart.
        QCOMPARE(log->pruneBefore(now.addDays(1)), 2);
        all = log->entries();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].seq, 7);
        QVERIFY(log->verify().intact);
        // Removing the row right after the anchor is still found.
        QVERIFY(log->append(QStringLiteral("next")));
        tamper(path, QStringLiteral("DELETE FROM audit_log WHERE seq = 7"));
        QVERIFY(!log->verify().intact);
    }

    void export_isOneJsonObjectPerEntry()
    {
        auto log = openLog(freshPath());
        fill(log.get(), 2);
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(log->exportJsonLines(&out), 2);
        const QList<QByteArray> lines = out.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(second.value("seq").toInt(), 2);
        QCOMPARE(second.value("event").toString(), QStringLiteral("request_filed"));
        QCOMPARE(
            second.value("detail").toObject().value("number").toString(), QStringLiteral("DEM-1"));
        QCOMPARE(second.value("prev_hash").toString(),
            QJsonDocument::fromJson(lines[0]).object().value("hash").toString());
    }

    void administratorCommand_exitCodes()
    {
        QTemporaryDir data;
        StartupOptions options;
        options.action = StartupOptions::Action::VerifyAudit;
        QCOMPARE(runAuditCommand(options, data.path()), 3); // no log: never create one
        {
            QString error;
            auto log = AuditLog::open(auditLogPath(data.path()), { "a", "b" }, &error);
            fill(log.get(), 3);
        }
        QCOMPARE(runAuditCommand(options, data.path()), 0);

        options.action = StartupOptions::Action::ExportAudit;
        options.auditExportPath = data.filePath(QStringLiteral("export.jsonl"));
        QCOMPARE(runAuditCommand(options, data.path()), 0);
        QFile exported(options.auditExportPath);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll().count('\n'), 3);

        tamper(auditLogPath(data.path()),
            QStringLiteral("UPDATE audit_log SET at = "
                           "'2020-01-01T00:00:00.000Z' WHERE seq = 2"));
        options.action = StartupOptions::Action::VerifyAudit;
        QCOMPARE(runAuditCommand(options, data.path()), 6);
        options.action = StartupOptions::Action::ExportAudit;
        options.auditExportPath = data.filePath(QStringLiteral("missing-dir/x.jsonl"));
        QCOMPARE(runAuditCommand(options, data.path()), 3);
    }

    void commandLine_parsesTheAdministratorOptions()
    {
        StartupOptions o = CommandLine::parse({ "eguichet", "--audit-export", "-" });
        QCOMPARE(o.action, StartupOptions::Action::ExportAudit);
        QCOMPARE(o.auditExportPath, QStringLiteral("-"));
        o = CommandLine::parse({ "eguichet", "--audit-verify", "--mode", "counter" });
        QCOMPARE(o.action, StartupOptions::Action::VerifyAudit);
        QCOMPARE(o.config.mode, AppMode::Counter);
        QCOMPARE(o.config.auditRetentionDays, 365);
    }

    void trail_recordsTheSession_withItsEndReason()
    {
        auto log = openLog(freshPath());
        SessionController session;
        QObject context;
        recordAuditTrail(log.get(), { &session, nullptr, nullptr, nullptr }, &context);
        session.begin();
        session.end(SessionController::EndReason::CardRemoved);
        session.end(SessionController::EndReason::Finished); // no session open: nothing
        const QList<AuditEntry> all = log->entries();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].event, QStringLiteral("session_started"));
        QCOMPARE(all[1].event, QStringLiteral("session_ended"));
        QCOMPARE(all[1].detail.value("reason").toString(), QStringLiteral("card_removed"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
