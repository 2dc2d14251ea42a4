// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real eguichet binary in each mode against the sandbox city (offscreen, its own
// HOME, data and runtime folders; not --screenshot) and checks what AppServices wires at
// start: the audit log opened at the kiosk and the counter, none at home; the heartbeat of a
// registered kiosk (its station certificate, mTLS) received by the city with the reader's
// state; at home the hand-over of a second launch's eguichet:// address to the running app.
#include "sandboxcity.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** One installed station: its folders, its configuration file, the running app. */
struct Station
{
    QTemporaryDir dir;
    QProcess app;
    QString stderrText;

    QString path(const QString& name) const { return dir.filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("run")));
        env.insert(QStringLiteral("EGUICHET_SYSTEM_CONFIG_DIR"), path(QStringLiteral("etc")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("eguichet.*=true"));
        return env;
    }

    bool configure(const SandboxCity& city, const QString& extra = {}, const QString& api = {})
    {
        for (const char* sub : { "home/.config", "run", "etc", "data" })
            QDir(dir.path()).mkpath(QLatin1String(sub));
        QFile::setPermissions(path(QStringLiteral("run")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile ini(path(QStringLiteral("etc/eguichet.ini")));
        return ini.open(QIODevice::WriteOnly)
            && ini.write(QStringLiteral("[app]\ncity_name=Namur\ndata_dir=%1\n[api]\nurl=%2\n"
                                        "ca_file=%3\n%4%5")
                             .arg(path(QStringLiteral("data")), city.apiUrl.toString(), city.caFile,
                                 api, extra)
                             .toUtf8())
            > 0;
    }

    bool start(const QStringList& args)
    {
        app.setProcessEnvironment(environment());
        app.start(QStringLiteral(EGUICHET_BINARY), args);
        return app.waitForStarted();
    }

    /** What the app said on stderr so far. */
    QString said()
    {
        stderrText += QString::fromUtf8(app.readAllStandardError());
        return stderrText;
    }

    ~Station()
    {
        if (app.state() != QProcess::NotRunning) {
            app.terminate();
            if (!app.waitForFinished(5000)) {
                app.kill();
                app.waitForFinished();
            }
        }
    }
};

} // namespace

class TestAppWiring : public QObject
{
    Q_OBJECT

    SandboxCity m_city;
    QString m_station; // the station certificate and key the city issued (kiosk, counter)

    /** The city's fleet view (GET /dev/devices): the devices that sent a heartbeat. */
    QJsonArray devices()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(
            m_city.apiUrl.toString().replace(QLatin1String("/v1"), QLatin1String("/dev/devices"))));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_city.caFile));
        request.setSslConfiguration(tls);
        QNetworkReply* reply = network.get(request);
        QDeadlineTimer deadline(10000);
        while (!reply->isFinished() && !deadline.hasExpired())
            QTest::qWait(20);
        const QByteArray body = reply->readAll();
        delete reply;
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isArray() ? doc.array() : doc.object().value("data").toArray();
    }

private slots:
    void initTestCase()
    {
        QString error;
        // A registered station, as the city's IT issues it (docs/sandbox-city.md).
        m_station = m_city.dir.filePath(QStringLiteral("station"));
        QProcess issue;
        issue.start(QStringLiteral(EGUICHET_SANDBOX),
            { QStringLiteral("--state-dir"), m_city.dir.filePath(QStringLiteral("city")),
                QStringLiteral("--issue-device"), QStringLiteral("borne-wiring-1"),
                QStringLiteral("--out"), m_station });
        QVERIFY(issue.waitForFinished(30000));
        QVERIFY2(issue.exitCode() == 0, issue.readAllStandardError().constData());
        QVERIFY2(m_city.start(QStringLiteral(EGUICHET_SANDBOX), &error), qPrintable(error));
    }

    void auditLog_openedAtTheKioskAndTheCounter_notAtHome_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("audited");
        QTest::newRow("kiosk") << QStringLiteral("kiosk") << true;
        QTest::newRow("counter") << QStringLiteral("counter") << true;
        QTest::newRow("home") << QStringLiteral("home") << false;
    }
    void auditLog_openedAtTheKioskAndTheCounter_notAtHome()
    {
        QFETCH(QString, mode);
        QFETCH(bool, audited);
        Station station;
        QVERIFY(station.configure(m_city, QStringLiteral("[kiosk]\ndevice_id=borne-wiring-1\n")));
        QVERIFY(station.start({ QStringLiteral("--mode"), mode }));
        QTRY_VERIFY_WITH_TIMEOUT(station.said().contains(QLatin1String("starting in")), 30000);
        // The window is up once the app reads the catalogue or says it is out of service;
        // the log is opened before the window, so a short wait after the start suffices.
        QTest::qWait(1500);
        QVERIFY2(station.app.state() == QProcess::Running, qPrintable(station.said()));
        const QString log = station.path(QStringLiteral("data/audit.sqlite"));
        QCOMPARE(QFile::exists(log), audited);
    }

    void heartbeat_withTheReaderState_atTheKiosk()
    {
        Station station;
        QVERIFY(station.configure(m_city, QStringLiteral("[kiosk]\ndevice_id=borne-wiring-1\n"),
            QStringLiteral("client_cert=%1/station.pem\nclient_key=%1/station.key\n")
                .arg(m_station)));
        QVERIFY(station.start({ QStringLiteral("--mode"), QStringLiteral("kiosk") }));
        QJsonObject seen;
        QDeadlineTimer deadline(30000);
        while (seen.isEmpty() && !deadline.hasExpired()) {
            for (const QJsonValue& d : devices())
                if (d.toObject().value("id").toString() == QLatin1String("borne-wiring-1")
                    && d.toObject().contains("last_seen")) // registered, then heard from
                    seen = d.toObject();
            if (seen.isEmpty())
                QTest::qWait(300);
        }
        QVERIFY2(!seen.isEmpty(), qPrintable(station.said()));
        // The reader's state as the card service saw it on this machine: present or not.
        const QString reader
            = seen.value("health").toObject().value("reader").toObject().value("status").toString();
        QVERIFY2(
            reader == QLatin1String("ok") || reader == QLatin1String("absent"), qPrintable(reader));
    }

    void home_secondLaunch_handsItsAddressToTheFirst()
    {
        Station station;
        QVERIFY(station.configure(m_city));
        QVERIFY(station.start({ QStringLiteral("--mode"), QStringLiteral("home") }));
        const QString socket = station.path(QStringLiteral("run/eguichet.socket"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 30000);

        QProcess second;
        second.setProcessEnvironment(station.environment());
        second.start(QStringLiteral(EGUICHET_BINARY),
            { QStringLiteral("--mode"), QStringLiteral("home"),
                QStringLiteral("eguichet://payment-return?payment_id=42&status=paid") });
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(!QString::fromUtf8(second.readAllStandardError())
                      .contains(QLatin1String("starting in")),
            "the second launch must not start an app of its own");
        QTRY_VERIFY_WITH_TIMEOUT(
            station.said().contains(QLatin1String("a later launch handed over its address")),
            10000);
        QVERIFY(station.app.state() == QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestAppWiring)
#include "tst_app_wiring.moc"
