// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's audit log while a clerk files a request against the real sandbox city over
// TLS: the session, the login and the city's request number are recorded in a chain that
// verifies, and none of the citizen's values (name, national number, address, e-mail) are in
// the file. The counter is built as the app builds it (AppServices), which opens the log.
#include "a11y/speaker.h"
#include "card/cardbackend.h"
#include "composition/appservices.h"
#include "formfiller.h"
#include "sandboxcity.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace {

// No reader at all: the clerk's station files with a password login here.
struct NoReaders : CardBackend
{
    void startMonitor(std::function<void(const eid::CardEvent&)>) override { }
    void stopMonitor() override { }
    eid::Result<eid::CardReading> read(const std::string&, const eid::ProgressCallback&) override
    {
        return eid::Error { eid::ErrorCode::NoCard, {} };
    }
    void resetCards() override { }
};

struct Silent : Speaker
{
    void say(const QString&, const QLocale&) override { }
    void stop() override { }
};

QByteArray filesUnder(const QString& dir, const QString& prefix)
{
    QByteArray all;
    for (const QFileInfo& f : QDir(dir).entryInfoList({ prefix + QLatin1Char('*') }, QDir::Files)) {
        QFile file(f.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestAuditSandbox : public QObject
{
    Q_OBJECT

    SandboxCity m_city;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_city.start(QStringLiteral(EGUICHET_SANDBOX), &error), qPrintable(error));
    }

    void counterFiling_isAudited_withoutAnythingPersonal()
    {
        QTemporaryDir data;
        AppConfig config;
        config.mode = AppMode::Counter;
        config.apiUrl = m_city.apiUrl;
        config.caFile = m_city.caFile;
        config.deviceId = QStringLiteral("guichet-population-2");
        QString number;
        QHash<QString, QString> citizen;
        {
            AppSeams seams;
            seams.cardBackend = std::make_unique<NoReaders>();
            seams.speaker = std::make_unique<Silent>();
            seams.dataDir = data.path();
            seams.settingsFile = data.filePath(QStringLiteral("settings.ini"));
            AppServices app(config, std::move(seams));
            QVERIFY2(app.ok(), qPrintable(app.error()));
            AuditLog* log = app.audit.get();
            QVERIFY(log); // the counter opens its log
            CoreServices& core = app.core;

            core.accounts.login(
                QStringLiteral("demo@namur.example"), QStringLiteral("Demo-Namur1"));
            QTRY_VERIFY_WITH_TIMEOUT(core.accounts.loggedIn(), 15000);
            QVERIFY(app.session.active()); // at the counter a login opens a session
            QTRY_VERIFY_WITH_TIMEOUT(!core.profile.prefillValues().isEmpty(), 15000);
            citizen = core.profile.prefillValues();

            core.requests.open(QStringLiteral("certificat-de-vie"));
            QTRY_COMPARE_WITH_TIMEOUT(core.requests.state(), RequestController::Editing, 15000);
            formfiller::completeForm(core.requests.form());
            QVERIFY(core.requests.submit());
            QTRY_COMPARE_WITH_TIMEOUT(core.requests.state(), RequestController::Submitted, 15000);
            number = core.requests.requestNumber();
            QVERIFY(!number.isEmpty());
            app.session.finish();

            const QList<AuditEntry> entries = log->entries();
            QStringList events;
            for (const AuditEntry& e : entries)
                events << e.event;
            QCOMPARE(events,
                QStringList({ "session_started", "login", "request_filed", "session_ended" }));
            QCOMPARE(entries[1].detail.value("level").toString(), QStringLiteral("password"));
            QCOMPARE(
                entries[2].detail.value("service").toString(), QStringLiteral("certificat-de-vie"));
            QCOMPARE(entries[2].detail.value("number").toString(), number);
            QCOMPARE(entries[3].detail.value("reason").toString(), QStringLiteral("finished"));
            for (const AuditEntry& e : entries)
                QCOMPARE(e.workstation, QStringLiteral("guichet-population-2"));
            QVERIFY(log->verify().intact);
        } // the app ends: the log is closed

        // Nothing the citizen is: every profile value the city sent, in the file and its WAL.
        const QByteArray bytes = filesUnder(data.path(), QStringLiteral("audit.sqlite"));
        QVERIFY(bytes.contains(number.toUtf8()));
        int checked = 0;
        for (auto it = citizen.begin(); it != citizen.end(); ++it) {
            if (it.value().size() < 4)
                continue; // "M", "BE": too short to mean anything in a byte search
            ++checked;
            QVERIFY2(!bytes.contains(it.value().toUtf8()),
                qPrintable(QStringLiteral("the audit log holds the profile's ") + it.key()));
        }
        QVERIFY(checked >= 4);
    }
};

QTEST_MAIN(TestAuditSandbox) // AppServices holds the theme and the documents (QtGui)
#include "tst_audit_sandbox.moc"
