// SPDX-License-Identifier: GPL-3.0-or-later
#include "appservices.h"

#include "a11y/ttsspeaker.h"
#include "api/tlspolicy.h"
#include "audit/auditstation.h"
#include "audit/audittrail.h"
#include "card/cardbackend.h"
#include "documents/cupsqueue.h"
#include "eidlogin/cardlogin.h"
#include "payments/paymentaudit.h"
#include "payments/paymentreturn.h"
#include "payments/urlopener.h"
#include "requests/cardprefillrule.h"
#include "session/cardsessionpolicy.h"
#include "session/freshcitizen.h"
#include "session/kioskpolicy.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QUrlQuery>

namespace {

template <typename T, typename Make> std::unique_ptr<T> orElse(std::unique_ptr<T> given, Make make)
{
    return given ? std::move(given) : make();
}

} // namespace

QString AppServices::dataDirOf(const AppConfig& config)
{
    return config.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        : config.dataDir;
}

AppServices::AppServices(const AppConfig& appConfig, AppSeams seams)
    : config(appConfig)
    , dataDir(seams.dataDir.isEmpty() ? dataDirOf(appConfig) : seams.dataDir)
    , info(config)
    , theme(config.mode == AppMode::Kiosk)
    , idle(seams.idleMs > 0 ? seams.idleMs : config.idleTimeoutSeconds * 1000,
          seams.idleWarningMs > 0 ? seams.idleWarningMs : config.idleWarningSeconds * 1000)
    , help((language.setLanguage(config.language), &language))
    , speech(&language,
          orElse(std::move(seams.speaker), [] { return std::make_unique<TtsSpeaker>(); }))
    , card(orElse(std::move(seams.cardBackend),
          [this] { return makePcscCardBackend(config.eidExtraTrustRoots); }))
    , adminGate(config.adminPinSha256)
    , core(config, dataDir, seams.settingsFile)
    , payments(core,
          orElse(std::move(seams.browser), [] { return std::make_unique<DesktopUrlOpener>(); }),
          seams.paymentApi)
    , paymentTerminal(config)
    , documents(config, &core.requests, &language)
    , cardLogin(std::move(seams.cardSigner))
    , handOver(seams.instanceName.isEmpty() ? InstanceHandOver::defaultName() : seams.instanceName)
{
    info.checkConfiguration(); // no usable city: out of service (kiosk, counter), first run
    theme.setLargeText(config.largeText);
    theme.setHighContrast(config.highContrast);
    speech.setEnabled(config.spokenGuidance);
    // A station whose certificate or key cannot be used (a key others can read, above all)
    // does not start: it would be refused by the city, or be copied.
    if (config.mode != AppMode::Home) {
        const TlsPolicy::ClientIdentityError identity
            = TlsPolicy::loadClientIdentity(config.clientCertFile, config.clientKeyFile);
        if (identity != TlsPolicy::ClientIdentityError::None) {
            m_error = TlsPolicy::message(identity, config.clientCertFile, config.clientKeyFile);
            m_exitCode = 5;
            return;
        }
    }
    if (!core.opened) {
        m_error = core.openError;
        return;
    }
    wireSession();
    wireCore();
    wirePayments();
    wireDocuments(seams);
    // eID login: the card signs the city's challenge between the PIN screen's steps.
    wireCardLogin(&cardLogin, &card, &core.accounts, &session);
    openAuditLog();
    makeHeartbeat();
}

AppServices::~AppServices() = default;

void AppServices::wireSession()
{
    // Kiosk and counter: a citizen who walks away or pulls the card must not leave their
    // session open. At home the computer is the citizen's own.
    if (config.mode == AppMode::Home)
        return;
    wireIdleTimeout(&session, &idle);
    wireCardSession(&session, &card);
    wireFreshCitizen(&session,
        { config.language, config.largeText, config.highContrast, config.spokenGuidance },
        &language, &theme, &speech);
}

void AppServices::wireCore()
{
    core.store.outbox()->setTransport(&core.transport);
    core.requestHistory.setDocumentFolder([this] { return core.store.sessionTempDir(); });
    core.store.outbox()->flush(); // whatever a crash left pending

    core.api.setLanguage(language.language());
    QObject::connect(&language, &LanguageController::languageChanged, &core.requests, [this] {
        core.api.setLanguage(language.language());
        core.requests.reloadForLanguage();
        core.catalogueModel.load();
    });
    QObject::connect(&language, &LanguageController::languageChanged, &core.accounts,
        &AccountController::retranslate);
    QObject::connect(&language, &LanguageController::languageChanged, &core.profile,
        &ProfileController::retranslate);
    QObject::connect(&language, &LanguageController::languageChanged, core.requests.form(),
        &FormModel::retranslate);

    // A login feeds the forms: whose drafts and submissions, and the profile's values.
    QObject::connect(&core.accounts, &AccountController::loginSucceeded, &core.requests, [this] {
        core.requests.setUser(core.accounts.userId());
        core.profile.load();
        // At the kiosk and the counter, a login is a session the idle time-out ends.
        if (config.mode != AppMode::Home && !session.active())
            session.begin();
    });
    QObject::connect(&core.profile, &ProfileController::profileChanged, &core.requests,
        [this] { core.requests.setProfile(core.profile.prefillValues()); });
    QObject::connect(&core.accounts, &AccountController::sessionChanged, &core.requests, [this] {
        if (!core.accounts.loggedIn())
            core.forgetPersonal();
    });
    // A verified card pre-fills and locks the eID fields, but only in its holder's eID
    // session; pulling the card or a session change takes them back.
    const auto cardPrefill = [this] {
        core.requests.setIdentity(cardPrefillFor(card.identity(), core.accounts.eidHolder()));
    };
    QObject::connect(&card, &CardService::identityVerified, &core.requests, cardPrefill);
    QObject::connect(&card, &CardService::cardRemoved, &core.requests, cardPrefill);
    QObject::connect(
        &core.accounts, &AccountController::sessionChanged, &core.requests, cardPrefill);

    session.addWiper([this] {
        core.accounts.forgetSession();
        core.forgetPersonal();
        core.store.purgeSession();
    });
}

void AppServices::wirePayments()
{
    PaymentController& controller = payments.controller;
    controller.setReceiptPrinter(config.printerName);
    // Kiosk and counter: the payment terminal, when payments/terminal and kiosk/device_id say.
    paymentTerminal.attachTo(&controller);

    // A login resumes this account's unsettled payment, or follows the one whose provider
    // return started the app (docs/payments.md).
    QObject::connect(&core.accounts, &AccountController::loginSucceeded, &controller, [this] {
        PaymentController& controller = payments.controller;
        controller.setUser(core.accounts.userId());
        controller.loadBasket();
        if (m_returnedPayment) {
            // Started by the provider's return: that payment, once.
            QUrl url = PaymentReturn::returnUrl();
            url.setQuery(QUrlQuery { { QStringLiteral("payment_id"), *m_returnedPayment } });
            controller.handleReturnUrl(url);
            m_returnedPayment.reset();
        } else {
            controller.resume(); // an unsettled payment of this account is shown again
        }
    });
    // Home: another citizen may log in next on this computer.
    QObject::connect(&core.accounts, &AccountController::sessionChanged, &controller, [this] {
        if (!core.accounts.loggedIn())
            payments.controller.clear();
    });
    QObject::connect(&language, &LanguageController::languageChanged, &controller,
        &PaymentController::retranslate);
    // Kiosk, counter: the citizen has left. A wiper, so that the screens that come back
    // after the end see nothing of the payment.
    session.addWiper([this] {
        payments.controller.clear();
        payments.journal.forgetSettled(); // unsettled rows stay: money may be on its way
    });
    // Home: a later launch by the payment provider's return hands its URL to this app.
    QObject::connect(&handOver, &InstanceHandOver::received, &controller,
        [this](const QString& url) { payments.controller.handleReturnUrl(QUrl(url)); });
}

void AppServices::wireDocuments(const AppSeams& seams)
{
    // Documents (app/documents): print at the kiosk, save at home, receipts of filed requests.
    if (seams.printerFactory)
        documents.setPrinterFactory(seams.printerFactory);
    if (seams.saveFolder)
        documents.setSaveFolder(seams.saveFolder);
    if (seams.documentOpener)
        documents.setOpener(seams.documentOpener);
    session.addWiper([this] { documents.clearMessage(); });
}

void AppServices::openAuditLog()
{
    // Kiosk and counter: what was done at this station, for the city's IT administrator.
    if (config.mode == AppMode::Home || !config.auditLog)
        return;
    QString error;
    audit = AuditLog::open(auditLogPath(dataDir), auditIdentity(config), &error);
    if (!audit) {
        m_error = error; // a counter must not file on a citizen's behalf without its log
        m_exitCode = 4;
        return;
    }
    audit->pruneBefore(QDateTime::currentDateTimeUtc().addDays(-config.auditRetentionDays));
    recordAuditTrail(
        audit.get(), { &session, &card, &core.accounts, &core.requests }, &m_auditConnections);
    recordPaymentAudit(audit.get(), &payments.controller, &m_auditConnections);
}

void AppServices::makeHeartbeat()
{
    // Kiosk and counter with a device id: the station's health report to the city's fleet
    // view (reader present or not, version); never anything of the citizen.
    if (config.mode == AppMode::Home || config.deviceId.isEmpty())
        return;
    heartbeat = std::make_unique<DeviceHeartbeat>(&core.api, config.deviceId);
    auto reportReaders = [this] {
        const QStringList readers = card.readers();
        heartbeat->setReader(
            readers.isEmpty() ? QStringLiteral("absent") : QStringLiteral("ok"), readers.value(0));
    };
    QObject::connect(&card, &CardService::readersChanged, heartbeat.get(), reportReaders);
    reportReaders();
    // The printer as CUPS sees it at each report: ok, paper_out, error (stopped, refusing
    // jobs) or offline (no such queue, no CUPS).
    heartbeat->setPrinterProbe([name = config.printerName] {
        return CupsQueue::heartbeatStatus(
            CupsQueue::state(name.isEmpty() ? CupsQueue::defaultPrinter() : name));
    });
}

void AppServices::start()
{
    if (!ok())
        return;
    card.start();
    if (heartbeat)
        heartbeat->start();
    // Home: one app per user; a later launch hands its URL over (wirePayments()).
    if (config.mode == AppMode::Home && !handOver.listen())
        qWarning("eguichet: another instance already receives this user's launches");
}
