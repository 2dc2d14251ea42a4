// SPDX-License-Identifier: GPL-3.0-or-later
// The executable: parse the command line, build AppServices (the composition root), hand them
// to QML, load the shell. No logic lives here that a test would need.

#include "audit/auditstation.h"
#include "composition/appservices.h"
#include "config/commandline.h"
#include "logging/logcategories.h"
#include "passwordaccessibility.h"
#include "paymentqrprovider.h"
#include "payments/paymentreturn.h"
#include "qmlsingletons.h"
#include "screenshot.h"
#include "system/watchdog.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("eguichet"));
    QCoreApplication::setOrganizationName(QStringLiteral("eguichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EGUICHET_VERSION));

    // Parse before the GUI application exists: the mode decides the input method, and --help
    // must work without a display.
    StartupOptions options;
    {
        QCoreApplication pre(argc, argv);
        options = CommandLine::parse(QCoreApplication::arguments());
        // Home, started by the payment provider's return while the app runs: the running app
        // takes the URL (and comes to the front); this launch ends here.
        if (options.action == StartupOptions::Action::Run && options.config.mode == AppMode::Home
            && options.openUrl.isValid()
            && InstanceHandOver::handTo(
                InstanceHandOver::defaultName(), options.openUrl.toString()))
            return 0;
    }
    switch (options.action) {
    case StartupOptions::Action::ShowHelp:
    case StartupOptions::Action::ShowVersion:
        std::fputs(qPrintable(options.message), stdout);
        return 0;
    case StartupOptions::Action::Report: // --print-config, --check-config
        std::fputs(qPrintable(options.message), options.exitCode == 0 ? stdout : stderr);
        return options.exitCode;
    case StartupOptions::Action::Fail:
        std::fprintf(stderr, "eguichet: %s\nTry 'eguichet --help'.\n", qPrintable(options.message));
        return 2; // bad usage
    case StartupOptions::Action::ExportAudit:
    case StartupOptions::Action::VerifyAudit: {
        QCoreApplication admin(argc, argv);
        return runAuditCommand(options, AppServices::dataDirOf(options.config));
    }
    case StartupOptions::Action::Run:
        break;
    }
    const AppConfig& config = options.config;

    if (config.mode == AppMode::Kiosk && qEnvironmentVariableIsEmpty("QT_IM_MODULE")) {
        // The on-screen keyboard lives inside our window: a kiosk has no physical keyboard.
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
        qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    }

    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    qCInfo(lcApp) << "starting in" << appModeName(config.mode) << "mode, version"
                  << QCoreApplication::applicationVersion();

    AppServices services(config);
    if (!services.ok()) {
        std::fprintf(stderr, "eguichet: %s\n", qPrintable(services.error()));
        return services.exitCode(); // 5: the station's identity; 4: no store or audit log
    }
    services.followReturnedPayment(PaymentReturn::paymentIdInArguments(app.arguments()));
    exposeToQml(services);

    installPasswordFieldAccessibility(); // before any QML item exists
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.addImageProvider(QString::fromLatin1(PaymentQrProvider::Id),
        new PaymentQrProvider(&services.payments.controller)); // the engine owns it
    QObject::connect(&services.language, &LanguageController::languageChanged, &engine,
        &QQmlEngine::retranslate);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        []() { QCoreApplication::exit(3); }, Qt::QueuedConnection);
    engine.load(QUrl(services.info.needsSetup() ? QStringLiteral("qrc:/Eguichet/SetupWindow.qml")
                                                : QStringLiteral("qrc:/Eguichet/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 3;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!options.screenshotPath.isEmpty()) {
        // Screenshots show the screen as shipped, whatever readers this machine has.
        if (window)
            saveFirstFrame(window, options.screenshotPath);
        return app.exec();
    }
    services.start();
    SystemdWatchdog watchdog(window); // READY=1 at the first frame, then WATCHDOG=1 (kiosk unit)
    // Home: a URL handed over by a later launch brings this window to the front.
    if (window)
        QObject::connect(&services.handOver, &InstanceHandOver::received, window, [window] {
            window->show();
            window->raise();
            window->requestActivate();
        });
    return app.exec();
}
