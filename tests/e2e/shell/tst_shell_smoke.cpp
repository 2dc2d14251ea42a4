// SPDX-License-Identifier: GPL-3.0-or-later
// Launches the real eguichet binary offscreen, as an administrator or CI would.
#include <QDir>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The product knows no city: this machine's /etc/eguichet stands in a folder of the test's,
// naming Namur and an API address where nothing answers; the user's file is empty.
const QTemporaryDir& configDirs()
{
    static QTemporaryDir dir;
    static const bool written = [] {
        QDir(dir.path()).mkpath(QStringLiteral("etc"));
        QDir(dir.path()).mkpath(QStringLiteral("home"));
        QFile ini(dir.filePath(QStringLiteral("etc/eguichet.ini")));
        return ini.open(QIODevice::WriteOnly)
            && ini.write("[app]\ncity_name=Namur\n[api]\nurl=https://127.0.0.1:9/v1\n") > 0;
    }();
    Q_UNUSED(written);
    return dir;
}

Run runEguichet(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("EGUICHET_SYSTEM_CONFIG_DIR"), configDirs().filePath("etc"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDirs().filePath("home"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EGUICHET_BINARY), args);
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

// "Blank" = one colour covering almost everything, or hardly any colours at all.
bool looksBlank(const QImage& image, QString* why)
{
    QHash<QRgb, int> histogram;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++histogram[image.pixel(x, y)];
    int samples = 0, top = 0;
    for (int n : histogram) {
        samples += n;
        top = std::max(top, n);
    }
    *why = QStringLiteral("%1 colours, dominant one on %2% of the frame")
               .arg(histogram.size())
               .arg(100.0 * top / std::max(1, samples), 0, 'f', 1);
    return histogram.size() < 8 || top > samples * 97 / 100;
}

} // namespace

class TestShellSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QDir().mkpath(QStringLiteral(SCREENSHOT_DIR)); }

    void screenshot_ofEachMode_isNotBlank_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::newRow("kiosk") << QStringList { "--mode", "kiosk" } << "welcome-kiosk.png";
        QTest::newRow("home nl") << QStringList { "--mode", "home", "--lang", "nl" }
                                 << "welcome-home-nl.png";
    }

    void screenshot_ofEachMode_isNotBlank()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        const QString path = QStringLiteral(SCREENSHOT_DIR "/") + file;
        QFile::remove(path);

        const Run run = runEguichet(args << QStringLiteral("--screenshot") << path);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // A QML warning (a missing module, a broken binding) names its qrc: file.
        QVERIFY2(!run.err.contains(QStringLiteral("qrc:/")), qPrintable(run.err));

        QImage image(path);
        QVERIFY2(!image.isNull(), "no PNG written");
        QVERIFY2(image.width() >= 640 && image.height() >= 480,
            qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        QString why;
        QVERIFY2(!looksBlank(image, &why), qPrintable(why));
    }

    void badOption_exitsWith2_andExplains()
    {
        const Run run = runEguichet({ QStringLiteral("--mode"), QStringLiteral("tablet") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--mode")), qPrintable(run.err));

        const Run unknown = runEguichet({ QStringLiteral("--no-such-option") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("no-such-option")), qPrintable(unknown.err));
    }

    void helpAndVersion()
    {
        const Run help = runEguichet({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char* option :
            { "--mode", "--config", "--api", "--ca", "--lang", "--screenshot" })
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        const Run version = runEguichet({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("eguichet ")));
    }
};

QTEST_GUILESS_MAIN(TestShellSmoke)
#include "tst_shell_smoke.moc"
