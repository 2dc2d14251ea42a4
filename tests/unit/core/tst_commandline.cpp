// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/commandline.h"
#include "config/configsources.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeIni(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    static StartupOptions parse(QStringList args)
    {
        args.prepend(QStringLiteral("eguichet"));
        return CommandLine::parse(args);
    }

private slots:
    // Neither this machine's /etc/eguichet nor the user's ~/.config: empty folders of our own.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("etc"));
        QDir(m_dir.path()).mkpath(QStringLiteral("home/eguichet"));
        qputenv("EGUICHET_SYSTEM_CONFIG_DIR", QFile::encodeName(m_dir.filePath("etc")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath("home")));
        QCOMPARE(ConfigSources::systemConfigFile(), m_dir.filePath("etc/eguichet.ini"));
        QCOMPARE(ConfigSources::userConfigFile(), m_dir.filePath("home/eguichet/eguichet.ini"));
    }

    void cleanup()
    {
        QFile::remove(ConfigSources::systemConfigFile());
        QFile::remove(ConfigSources::userConfigFile());
    }

    void noArguments_usesBuiltInDefaults_withoutACity()
    {
        const StartupOptions o = parse({});
        QCOMPARE(o.action, StartupOptions::Action::Run);
        QCOMPARE(o.config.mode, AppMode::Home);
        QCOMPARE(o.config.language, QStringLiteral("fr"));
        QCOMPARE(o.config.cityName, QString());
        QCOMPARE(o.config.idleTimeoutSeconds, 120);
        QVERIFY(o.config.apiUrl.isEmpty()); // no built-in city, least of all the sandbox
    }

    // Built-in < /etc < ~/.config < --config < options, each only saying what differs.
    void layers_laterWins_keyByKey()
    {
        writeIni("etc/eguichet.ini",
            "[app]\nmode=counter\ncity_name=Namur\nlanguage=nl\n"
            "[api]\nurl=https://eguichet.namur.example/v1\n[kiosk]\nidle_timeout_s=300\n");
        writeIni("home/eguichet/eguichet.ini", "[app]\nlanguage=de\n[kiosk]\nidle_timeout_s=200\n");
        const QString site = writeIni("site.ini", "[kiosk]\nidle_timeout_s=100\n");
        const StartupOptions o = parse({ "--config", site, "--mode", "kiosk" });
        QCOMPARE(o.action, StartupOptions::Action::Run);
        QCOMPARE(o.config.mode, AppMode::Kiosk); // option over /etc
        QCOMPARE(o.config.cityName, QStringLiteral("Namur")); // /etc over built-in
        QCOMPARE(o.config.language, QStringLiteral("de")); // user over /etc
        QCOMPARE(o.config.idleTimeoutSeconds, 100); // --config over user
        QCOMPARE(o.config.apiUrl, QUrl(QStringLiteral("https://eguichet.namur.example/v1")));
    }

    void printConfig_namesEachValuesOrigin()
    {
        writeIni("etc/eguichet.ini", "[app]\nmode=counter\ncity_name=Namur\n");
        writeIni("home/eguichet/eguichet.ini", "[app]\nlanguage=de\n");
        const StartupOptions o
            = parse({ "--print-config", "--api", "https://eguichet.namur.example/v1" });
        QCOMPARE(o.action, StartupOptions::Action::Report);
        QCOMPARE(o.exitCode, 0);
        const QString etc = ConfigSources::systemConfigFile();
        const QString user = ConfigSources::userConfigFile();
        QVERIFY2(
            o.message.contains(QStringLiteral("mode=counter ; ") + etc), qPrintable(o.message));
        QVERIFY2(
            o.message.contains(QStringLiteral("language=de ; ") + user), qPrintable(o.message));
        QVERIFY2(o.message.contains("url=https://eguichet.namur.example/v1 ; --api"),
            qPrintable(o.message));
        QVERIFY2(
            o.message.contains("idle_timeout_s=120 ; built-in default"), qPrintable(o.message));
    }

    void checkConfig_stationWithoutCity_isUnusable_homeIsNot()
    {
        StartupOptions o = parse({ "--check-config", "--mode", "kiosk" });
        QCOMPARE(o.action, StartupOptions::Action::Report);
        QCOMPARE(o.exitCode, kExitConfigUnusable);
        QVERIFY2(o.message.contains("api/url"), qPrintable(o.message));
        QVERIFY2(o.message.contains(ConfigSources::systemConfigFile()), qPrintable(o.message));

        o = parse({ "--check-config", "--mode", "home" });
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.message.contains("first start"), qPrintable(o.message));

        writeIni("etc/eguichet.ini",
            "[app]\nmode=counter\ncity_name=Namur\n[api]\nurl=https://eguichet.namur.example/v1\n");
        o = parse({ "--check-config" });
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.message.contains("usable"), qPrintable(o.message));

        writeIni("home/eguichet/eguichet.ini", "[api]\nca_file=/nonexistent/ca.pem\n");
        o = parse({ "--check-config" });
        QCOMPARE(o.exitCode, kExitConfigUnusable);
        QVERIFY2(o.message.contains("api/ca_file"), qPrintable(o.message));

        writeIni("home/eguichet/eguichet.ini", "[kiosk]\nidle_timeout_s=soon\n");
        o = parse({ "--check-config" });
        QCOMPARE(o.exitCode, kExitConfigUnusable);
        QVERIFY2(o.message.contains("kiosk/idle_timeout_s"), qPrintable(o.message));
    }

    void modeAndLanguage_overrideDefaults()
    {
        const StartupOptions o = parse({ "--mode", "kiosk", "--lang", "nl" });
        QCOMPARE(o.action, StartupOptions::Action::Run);
        QCOMPARE(o.config.mode, AppMode::Kiosk);
        QCOMPARE(o.config.language, QStringLiteral("nl"));
    }

    void badValues_failWithMessageNamingTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("mode") << QStringList { "--mode", "tablet" } << "--mode";
        QTest::newRow("lang") << QStringList { "--lang", "es" } << "--lang";
        QTest::newRow("api not https")
            << QStringList { "--api", "http://example.test/v1" } << "--api";
        QTest::newRow("api garbage") << QStringList { "--api", "::" } << "--api";
        QTest::newRow("ca missing") << QStringList { "--ca", "/nonexistent/ca.pem" } << "--ca";
        QTest::newRow("unknown option") << QStringList { "--frobnicate" } << "frobnicate";
        QTest::newRow("positional") << QStringList { "extra" } << "extra";
        QTest::newRow("trust root missing")
            << QStringList { "--eid-trust-root", "/nonexistent.pem" } << "--eid-trust-root";
        QTest::newRow("terminal without port")
            << QStringList { "--payment-terminal", "127.0.0.1" } << "--payment-terminal";
        QTest::newRow("terminal port 0")
            << QStringList { "--payment-terminal", "127.0.0.1:0" } << "--payment-terminal";
        QTest::newRow("url of another scheme")
            << QStringList { "https://example.test/" } << "https://example.test/";
        QTest::newRow("two urls") << QStringList { "eguichet://payment-return?payment_id=1",
            "eguichet://payment-return?payment_id=2" }
                                  << "payment_id=2";
        QTest::newRow("config missing")
            << QStringList { "--config", "/nonexistent.ini" } << "nonexistent";
    }

    void badValues_failWithMessageNamingTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const StartupOptions o = parse(args);
        QCOMPARE(o.action, StartupOptions::Action::Fail);
        QVERIFY2(o.message.contains(mentions), qPrintable(o.message));
    }

    void configFile_overridesDefaults_andCommandLineOverridesFile()
    {
        const QString ini = writeIni("site.ini",
            "[app]\nmode=counter\nlanguage=de\ncity_name=Liège\n"
            "[kiosk]\nidle_timeout_s=300\n[accessibility]\nlarge_text=true\n");
        const StartupOptions o = parse({ "--config", ini, "--lang", "en" });
        QCOMPARE(o.action, StartupOptions::Action::Run);
        QCOMPARE(o.config.mode, AppMode::Counter);
        QCOMPARE(o.config.language, QStringLiteral("en"));
        QCOMPARE(o.config.cityName, QStringLiteral("Liège"));
        QCOMPARE(o.config.idleTimeoutSeconds, 300);
        QVERIFY(o.config.largeText);
    }

    void configFile_badValue_namesKey()
    {
        const QString ini = writeIni("bad.ini", "[kiosk]\nidle_timeout_s=soon\n");
        const StartupOptions o = parse({ "--config", ini });
        QCOMPARE(o.action, StartupOptions::Action::Fail);
        QVERIFY2(o.message.contains("kiosk/idle_timeout_s"), qPrintable(o.message));
    }

    void configFile_warningNotShorterThanTimeout_fails()
    {
        const QString ini = writeIni("warn.ini", "[kiosk]\nidle_timeout_s=40\nidle_warning_s=40\n");
        QCOMPARE(parse({ "--config", ini }).action, StartupOptions::Action::Fail);
    }

    void helpAndVersion_areNotErrors()
    {
        const StartupOptions help = parse({ "--help" });
        QCOMPARE(help.action, StartupOptions::Action::ShowHelp);
        QVERIFY(help.message.contains("--screenshot"));
        QCOMPARE(parse({ "--version" }).action, StartupOptions::Action::ShowVersion);
    }

    void trustRoots_accumulate()
    {
        const QString a = writeIni("a.pem", "x");
        const QString b = writeIni("b.pem", "y");
        const StartupOptions o = parse({ "--eid-trust-root", a, "--eid-trust-root", b });
        QCOMPARE(o.action, StartupOptions::Action::Run);
        QCOMPARE(o.config.eidExtraTrustRoots, (QStringList { a, b }));
    }

    // The site files we ship must load as they are: no bad value, no unknown (ignored) key.
    void packagedSiteFiles_loadCleanly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<AppMode>("mode");
        QTest::newRow("kiosk") << "packaging/kiosk/eguichet.ini" << AppMode::Kiosk;
        QTest::newRow("counter") << "packaging/counter/eguichet.ini" << AppMode::Counter;
    }
    void packagedSiteFiles_loadCleanly()
    {
        QFETCH(QString, file);
        QFETCH(AppMode, mode);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        const StartupOptions o
            = parse({ "--config", QStringLiteral(EGUICHET_SOURCE_DIR "/") + file });
        QCOMPARE(o.action, StartupOptions::Action::Run);
        QCOMPARE(o.config.mode, mode);
        QVERIFY(o.config.auditLog);
        QVERIFY(!o.config.deviceId.isEmpty()); // the audit log and the heartbeat name it
    }

    void paymentTerminal_fromOptionOrFile()
    {
        QCOMPARE(parse({}).config.paymentTerminal, QString());
        StartupOptions o = parse({ "--mode", "kiosk", "--payment-terminal", "127.0.0.1:9100" });
        QCOMPARE(o.action, StartupOptions::Action::Run);
        QCOMPARE(o.config.paymentTerminal, QStringLiteral("127.0.0.1:9100"));
        QTemporaryDir dir;
        const QString ini = dir.filePath("site.ini");
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[payments]\nterminal=[::1]:9100\n");
        f.close();
        o = parse({ "--config", ini });
        QCOMPARE(o.config.paymentTerminal, QStringLiteral("[::1]:9100"));
        QString host;
        quint16 port = 0;
        QVERIFY(parseHostPort(o.config.paymentTerminal, &host, &port));
        QCOMPARE(host, QStringLiteral("::1"));
        QCOMPARE(port, quint16(9100));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[payments]\nterminal=terminal.local\n");
        f.close();
        o = parse({ "--config", ini });
        QCOMPARE(o.action, StartupOptions::Action::Fail);
        QVERIFY(o.message.contains("payments/terminal"));
    }

    void returnUrl_isKeptForTheApp()
    {
        const StartupOptions o = parse({ "eguichet://payment-return?payment_id=42&status=paid" });
        QCOMPARE(o.action, StartupOptions::Action::Run);
        QCOMPARE(o.openUrl.scheme(), QStringLiteral("eguichet"));
        QVERIFY(o.openUrl.toString().contains("payment_id=42"));
    }

    void screenshot_keepsPath()
    {
        const StartupOptions o = parse({ "--screenshot", "/tmp/x.png" });
        QCOMPARE(o.screenshotPath, QStringLiteral("/tmp/x.png"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
