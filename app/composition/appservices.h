// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "a11y/spokenguide.h"
#include "api/deviceheartbeat.h"
#include "appseams.h"
#include "audit/auditlog.h"
#include "card/cardservice.h"
#include "composition/coreservices.h"
#include "config/appconfig.h"
#include "config/appinfo.h"
#include "documents/documentactions.h"
#include "eidlogin/cardloginsigner.h"
#include "help/helpcatalog.h"
#include "i18n/languagecontroller.h"
#include "payments/paymentservices.h"
#include "payments/paymentterminalsetup.h"
#include "session/admingate.h"
#include "session/idlewatcher.h"
#include "session/instancehandover.h"
#include "session/sessioncontroller.h"
#include "theme/theme.h"

#include <memory>
#include <optional>

/**
 * The composition root (docs/architecture.md): every service of the app, built and wired in
 * one place, the same for main() and the tests (which replace only the AppSeams). The rules
 * that depend on the mode live here and nowhere else: kiosk and counter end the session on
 * the idle time-out and when the card is pulled, keep an audit log, send the heartbeat and use
 * the payment terminal; home hands later launches over to the running app.
 *
 * Construct after the Q(Gui)Application exists; check ok() (the store or the audit log may
 * not open), then start() the outside world (card monitor, heartbeat, hand-over listener).
 */
class AppServices
{
public:
    explicit AppServices(const AppConfig& config, AppSeams seams = {});
    ~AppServices();
    AppServices(const AppServices&) = delete;
    AppServices& operator=(const AppServices&) = delete;

    /**
     * False when the app must not start: (kiosk, counter) the station's certificate or key
     * cannot be used, the local store or the audit log could not be opened.
     */
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    /** The process exit status when not ok(): 5 the station's identity, 4 the store or log. */
    int exitCode() const { return m_exitCode; }

    /**
     * The payment id of an `eguichet://payment-return` URL the app was started with: followed
     * after the next login instead of resuming the account's unsettled payment.
     */
    void followReturnedPayment(std::optional<QString> paymentId) { m_returnedPayment = paymentId; }

    /**
     * Starts what talks to the outside world: the card monitor, the heartbeat (kiosk and
     * counter with `kiosk/device_id`), the hand-over listener (home). Not for screenshots.
     */
    void start();

    /** The folder of the local store and the audit log. */
    static QString dataDirOf(const AppConfig& config);

    const AppConfig config;
    const QString dataDir;

    AppInfo info;
    Theme theme;
    LanguageController language;
    SessionController session;
    IdleWatcher idle;
    HelpCatalog help;
    SpokenGuide speech;
    CardService card;
    AdminGate adminGate;
    CoreServices core; // API client, store, accounts, profile, catalogue, requests
    PaymentServices payments;
    PaymentTerminalSetup paymentTerminal; // kiosk, counter: when configured
    DocumentActions documents;
    CardLoginSigner cardLogin;
    std::unique_ptr<DeviceHeartbeat> heartbeat; // kiosk, counter with a device id
    std::unique_ptr<AuditLog> audit; // kiosk, counter
    InstanceHandOver handOver; // home: listens after start()

private:
    void wireSession();
    void wireCore();
    void wirePayments();
    void wireDocuments(const AppSeams& seams);
    void openAuditLog();
    void makeHeartbeat();

    QString m_error;
    int m_exitCode = 4;
    std::optional<QString> m_returnedPayment;
    QObject m_auditConnections; // after the log: disconnected before it goes
};
