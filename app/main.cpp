// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: parse the command line, build the services, hand them to QML as
// singletons, load the shell. No logic lives here that a test would need.

#include "a11y/spokenguide.h"
#include "a11y/ttsspeaker.h"
#include "api/deviceheartbeat.h"
#include "api/tlspolicy.h"
#include "audit/auditstation.h"
#include "audit/audittrail.h"
#include "card/cardbackend.h"
#include "card/cardservice.h"
#include "composition/coreservices.h"
#include "config/appinfo.h"
#include "config/commandline.h"
#include "documents/documentactions.h"
#include "eidlogin/cardlogin.h"
#include "eidlogin/cardloginsigner.h"
#include "i18n/languagecontroller.h"
#include "logging/logcategories.h"
#include "passwordaccessibility.h"
#include "paymentqrprovider.h"
#include "payments/paymentaudit.h"
#include "payments/paymentreturn.h"
#include "payments/paymentservices.h"
#include "payments/paymentterminalsetup.h"
#include "qmlsingletons.h"
#include "session/admingate.h"
#include "session/cardsessionpolicy.h"
#include "session/idlewatcher.h"
#include "session/instancehandover.h"
#include "session/kioskpolicy.h"
#include "session/sessioncontroller.h"
#include "theme/theme.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <optional>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

namespace {

constexpr int kExitBadUsage = 2;

// --screenshot: wait until the first page is settled and a frame has been rendered, then
// grab, save and quit. Works on the offscreen platform (software renderer).
void saveFirstFrame(QQuickWindow* window, const QString& path)
{
    auto tryGrab = [window, path]() {
        if (!window->property("settled").toBool())
            return false;
        const QImage image = window->grabWindow();
        const bool saved = !image.isNull() && image.save(path, "PNG");
        if (!saved)
            std::fprintf(
                stderr, "eguichet: could not save the screenshot to %s\n", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
        return true;
    };
    auto* connection = new QMetaObject::Connection;
    *connection
        = QObject::connect(window, &QQuickWindow::frameSwapped, window, [tryGrab, connection]() {
              // Grab outside the render pass that just finished.
              QTimer::singleShot(0, [tryGrab, connection]() {
                  if (*connection && tryGrab()) {
                      QObject::disconnect(*connection);
                      delete connection;
                  }
              });
          });
    window->update();
}

QString dataDirOf(const AppConfig& config)
{
    return config.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        : config.dataDir;
}

} // namespace

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
        return kExitBadUsage;
    case StartupOptions::Action::ExportAudit:
    case StartupOptions::Action::VerifyAudit: {
        QCoreApplication admin(argc, argv);
        return runAuditCommand(options, dataDirOf(options.config));
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

    AppInfo appInfo(config);
    appInfo.checkConfiguration(); // no usable city: out of service (kiosk, counter), first run
    Theme theme(config.mode == AppMode::Kiosk);
    theme.setLargeText(config.largeText);
    theme.setHighContrast(config.highContrast);
    LanguageController language;
    language.setLanguage(config.language);
    // A station whose certificate or key cannot be used (a key others can read, above all)
    // does not start: it would be refused by the city, or be copied.
    if (config.mode != AppMode::Home) {
        const TlsPolicy::ClientIdentityError identity
            = TlsPolicy::loadClientIdentity(config.clientCertFile, config.clientKeyFile);
        if (identity != TlsPolicy::ClientIdentityError::None) {
            std::fprintf(stderr, "eguichet: %s\n",
                qPrintable(
                    TlsPolicy::message(identity, config.clientCertFile, config.clientKeyFile)));
            return 5;
        }
    }

    SessionController session;
    IdleWatcher idle(config.idleTimeoutSeconds * 1000, config.idleWarningSeconds * 1000);
    // Kiosk and counter: a citizen who walks away must not leave their session open.
    if (config.mode != AppMode::Home)
        wireIdleTimeout(&session, &idle);
    CardService card(makePcscCardBackend(config.eidExtraTrustRoots));
    if (config.mode != AppMode::Home)
        wireCardSession(&session, &card);
    CardServiceSingleton::instance = &card;
    AdminGate adminGate(config.adminPinSha256);
    AdminGateSingleton::instance = &adminGate;

    HelpCatalog help(&language);
    HelpCatalogSingleton::instance = &help;
    SpokenGuide speech(&language, std::make_unique<TtsSpeaker>());
    speech.setEnabled(config.spokenGuidance);
    SpokenGuideSingleton::instance = &speech;
    AppInfoSingleton::instance = &appInfo;
    SessionControllerSingleton::instance = &session;
    IdleWatcherSingleton::instance = &idle;
    ThemeSingleton::instance = &theme;
    LanguageControllerSingleton::instance = &language;

    // The city's side: API client, local store, accounts, catalogue, requests.
    const QString dataDir = dataDirOf(config);
    CoreServices core(config, dataDir);
    if (!core.opened) {
        std::fprintf(stderr, "eguichet: %s\n", qPrintable(core.openError));
        return 4;
    }
    core.wire(&language, &session, &card);
    exposeToQml(core);
    // Payments (docs/payments.md): a login resumes this account's unsettled payment, or
    // follows the one whose provider return started the app.
    PaymentServices payments(core, std::make_unique<DesktopUrlOpener>());
    payments.controller.setReceiptPrinter(config.printerName);
    payments.wire(core, &language, &session, PaymentReturn::paymentIdInArguments(app.arguments()));
    exposeToQml(payments);
    // Kiosk and counter: the payment terminal, when payments/terminal and kiosk/device_id say.
    const PaymentTerminalSetup paymentTerminal(config);
    paymentTerminal.attachTo(&payments.controller);
    // Documents (app/documents): print at the kiosk, save at home, receipts of filed requests.
    DocumentActions documents(config, &core.requests, &language);
    session.addWiper([&documents]() { documents.clearMessage(); });
    DocumentActionsSingleton::instance = &documents;
    // eID login: the card signs the city's challenge between the PIN screen's steps.
    CardLoginSigner cardLogin;
    wireCardLogin(&cardLogin, &card, &core.accounts, &session);
    CardLoginSignerSingleton::instance = &cardLogin;

    // Kiosk and counter with a device id: the station's health report to the city's fleet
    // view (reader present or not, version); never anything of the citizen.
    std::unique_ptr<DeviceHeartbeat> heartbeat;
    if (config.mode != AppMode::Home && !config.deviceId.isEmpty()
        && options.screenshotPath.isEmpty()) {
        heartbeat = std::make_unique<DeviceHeartbeat>(&core.api, config.deviceId);
        auto reportReaders = [&card, hb = heartbeat.get()] {
            const QStringList readers = card.readers();
            hb->setReader(readers.isEmpty() ? QStringLiteral("absent") : QStringLiteral("ok"),
                readers.value(0));
        };
        QObject::connect(&card, &CardService::readersChanged, heartbeat.get(), reportReaders);
        reportReaders();
        heartbeat->start();
    }

    // Kiosk and counter: what was done at this station, for the city's IT administrator.
    std::unique_ptr<AuditLog> audit;
    QObject auditConnections; // declared after the log: disconnected before it goes
    if (config.mode != AppMode::Home && config.auditLog) {
        QString auditError;
        audit = AuditLog::open(auditLogPath(dataDir), auditIdentity(config), &auditError);
        if (!audit) {
            std::fprintf(stderr, "eguichet: %s\n", qPrintable(auditError));
            return 4; // a counter must not file on a citizen's behalf without its log
        }
        audit->pruneBefore(QDateTime::currentDateTimeUtc().addDays(-config.auditRetentionDays));
        recordAuditTrail(
            audit.get(), { &session, &card, &core.accounts, &core.requests }, &auditConnections);
        recordPaymentAudit(audit.get(), &payments.controller, &auditConnections);
    }

    installPasswordFieldAccessibility(); // before any QML item exists
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.addImageProvider(QString::fromLatin1(PaymentQrProvider::Id),
        new PaymentQrProvider(&payments.controller)); // the engine owns it
    QObject::connect(
        &language, &LanguageController::languageChanged, &engine, &QQmlEngine::retranslate);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        []() { QCoreApplication::exit(3); }, Qt::QueuedConnection);
    engine.load(QUrl(appInfo.needsSetup() ? QStringLiteral("qrc:/Eguichet/SetupWindow.qml")
                                          : QStringLiteral("qrc:/Eguichet/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 3;

    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    // Screenshots show the screen as shipped, whatever readers this machine has.
    if (options.screenshotPath.isEmpty())
        card.start();
    if (!options.screenshotPath.isEmpty() && window)
        saveFirstFrame(window, options.screenshotPath);
    // Home: later launches by the payment provider's return hand their URL to this app.
    InstanceHandOver handOver;
    if (config.mode == AppMode::Home && options.screenshotPath.isEmpty() && window
        && handOver.listen()) {
        QObject::connect(&handOver, &InstanceHandOver::received, window,
            [&payments, window](const QString& url) {
                payments.controller.handleReturnUrl(QUrl(url));
                window->show();
                window->raise();
                window->requestActivate();
            });
    }

    return app.exec();
}
