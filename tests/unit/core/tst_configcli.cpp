// SPDX-License-Identifier: GPL-3.0-or-later
// The configuration layers as an administrator meets them: the real eguichet binary, a machine
// file (EGUICHET_SYSTEM_CONFIG_DIR stands for /etc/eguichet), a user file (XDG_CONFIG_HOME),
// --config and options; --print-config and --check-config.
#include <QDir>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestConfigCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString etcFile() const { return m_dir.filePath(QStringLiteral("etc/eguichet.ini")); }
    QString userFile() const
    {
        return m_dir.filePath(QStringLiteral("home/eguichet/eguichet.ini"));
    }

    static void write(const QString& path, const QByteArray& content)
    {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        f.write(content);
    }

    Run run(const QStringList& args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(
            QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("eguichet.config.warning=true"));
        env.insert(QStringLiteral("EGUICHET_SYSTEM_CONFIG_DIR"), m_dir.filePath("etc"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath("home"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EGUICHET_BINARY), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("etc")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("home/eguichet")));
    }

    void cleanup()
    {
        QFile::remove(etcFile());
        QFile::remove(userFile());
    }

    void printConfig_withNothingInstalled_hasNoCity()
    {
        const Run r = run({ QStringLiteral("--print-config") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\nurl= ; built-in default\n")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("\ncity_name= ; built-in default\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(etcFile() + QStringLiteral(" (absent)")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("8443")), qPrintable(r.out));
    }

    void printConfig_showsEachLayer()
    {
        write(etcFile(),
            "[app]\nmode=counter\ncity_name=Namur\n[api]\nurl=https://eguichet.namur.example/v1\n"
            "[kiosk]\nidle_timeout_s=300\ndevice_id=guichet-1\n");
        write(userFile(), "[app]\nlanguage=nl\n[kiosk]\nidle_timeout_s=200\n");
        const QString site = m_dir.filePath(QStringLiteral("site.ini"));
        write(site, "[kiosk]\nidle_timeout_s=100\n");
        const Run r = run({ "--print-config", "--config", site, "--lang", "de" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("mode=counter ; ") + etcFile()), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("device_id=guichet-1 ; ") + etcFile()),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("idle_timeout_s=100 ; ") + site), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("language=de ; --lang")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("retention_days=365 ; built-in default")),
            qPrintable(r.out));
        // The printed text is itself a configuration file: the same merged values come back.
        const QString printed = m_dir.filePath(QStringLiteral("printed.ini"));
        write(printed, r.out.toUtf8());
        cleanup();
        const Run again = run({ "--print-config", "--config", printed });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(
            again.out.contains(QStringLiteral("mode=counter ; ") + printed), qPrintable(again.out));
        QVERIFY2(
            again.out.contains(QStringLiteral("language=de ; ") + printed), qPrintable(again.out));
    }

    // A kiosk without a city says it is out of service and what to set; a home install asks
    // for its city. Pictures: build/<preset>/screenshots/setup-*.png.
    void screens_whenNoCity_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("file");
        QTest::newRow("kiosk") << "kiosk"
                               << "setup-kiosk-out-of-service.png";
        QTest::newRow("counter") << "counter"
                                 << "setup-counter-out-of-service.png";
        QTest::newRow("home") << "home"
                              << "setup-home-first-run.png";
    }

    void screens_whenNoCity()
    {
        QFETCH(QString, mode);
        QFETCH(QString, file);
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        const QString path = QStringLiteral(SCREENSHOT_DIR "/") + file;
        QFile::remove(path);
        const Run r = run({ "--mode", mode, "--screenshot", path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("qrc:/")), qPrintable(r.err));
        const QImage image(path);
        QVERIFY2(!image.isNull(), "no PNG written");
        QHash<QRgb, int> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                ++colours[image.pixel(x, y)];
        QVERIFY2(colours.size() >= 8, "blank picture");
        if (mode != QLatin1String("home"))
            QVERIFY2(r.err.contains(QStringLiteral("out of service")), qPrintable(r.err));
    }

    void checkConfig_exitCodes()
    {
        Run r = run({ "--check-config", "--mode", "kiosk" });
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("api/url")), qPrintable(r.err));
        QVERIFY2(r.err.contains(etcFile()), qPrintable(r.err));

        r = run({ "--check-config", "--mode", "counter" });
        QCOMPARE(r.exitCode, 5);

        r = run({ "--check-config" }); // home: the first start asks
        QCOMPARE(r.exitCode, 0);

        write(etcFile(),
            "[app]\nmode=kiosk\ncity_name=Namur\n[api]\nurl=https://eguichet.namur.example/v1\n");
        r = run({ "--check-config" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("usable")), qPrintable(r.out));

        write(userFile(), "[kiosk]\nidle_timeout_s=forever\n");
        r = run({ "--check-config" });
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("kiosk/idle_timeout_s")), qPrintable(r.err));

        // Without --check-config a broken file is a usage error, as before.
        r = run({ "--print-config" });
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestConfigCli)
#include "tst_configcli.moc"
