// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"
#include "eidlogin/eidconsentmemory.h"
#include "eidlogin/eidlogin.h"
#include "passwordpolicy.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <QVariantMap>

class CityApiClient;

/**
 * Logging in with e-mail and password, creating an account, and the account's e-mails
 * (activation, password reset, address change). For QML: every call is asynchronous, sets
 * `busy`, and ends with `errorMessage` (in the current language) or `notice` (what happened
 * and where the e-mail went, with the reminder to look in the spam folder: FAQ 2, 6, 7). A
 * throttled login shows "try again in N s" counting down. The password is never kept.
 */
class AccountController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built in main()")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY sessionChanged)
    Q_PROPERTY(QString authLevel READ authLevel NOTIFY sessionChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY messageChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messageChanged)
    Q_PROPERTY(int retryAfterSeconds READ retryAfterSeconds NOTIFY messageChanged)
    Q_PROPERTY(QVariantList passwordChecks READ passwordChecks NOTIFY passwordChecksChanged)
    Q_PROPERTY(bool passwordAcceptable READ passwordAcceptable NOTIFY passwordChecksChanged)
    Q_PROPERTY(bool consentNeeded READ consentNeeded NOTIFY consentChanged)
    Q_PROPERTY(QString consentAccountAction READ consentAccountAction NOTIFY consentChanged)

public:
    AccountController(CityApiClient* api, const QString& senderAddress, QObject* parent = nullptr);

    bool busy() const { return m_busy; }
    bool loggedIn() const { return !m_userId.isEmpty(); }
    QString userId() const { return m_userId; }
    QString displayName() const { return m_displayName; }
    QString authLevel() const { return m_authLevel; }
    /**
     * The national number of the card that logged this session in (eID login), empty for a
     * password session: whose card may prefill the forms. Kept in memory only.
     */
    QString eidHolder() const { return m_eidHolder; }
    QString errorMessage() const;
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    QString notice() const { return m_notice; }
    int retryAfterSeconds() const { return m_retryAfter; }
    QVariantList passwordChecks() const { return m_checks; }
    bool passwordAcceptable() const { return m_passwordAcceptable; }
    const PasswordPolicy& passwordPolicy() const { return m_policy; }
    /** An eID login waits for the citizen's yes or no (the card's data, the account). */
    bool consentNeeded() const { return m_consentNeeded; }
    /** "create", "link" (the city said so) or "" (asked at home before anything is sent). */
    QString consentAccountAction() const { return m_consentAction; }

    /** Fetches the city's rules; until then Namur's defaults apply. */
    Q_INVOKABLE void loadPasswordPolicy();
    /** Re-evaluates the checklist for what is typed now (no network). */
    Q_INVOKABLE void checkPassword(const QString& password);
    Q_INVOKABLE void login(const QString& email, const QString& password);
    /** The card side of the eID login (main() sets it once the card service exists). */
    void setEidSigner(EidSigner signer) { m_eidSigner = std::move(signer); }
    /** At home, the consent is remembered per card holder (main() sets it; null elsewhere). */
    void setEidConsentMemory(EidConsentMemory* memory) { m_consentMemory = memory; }
    /**
     * eID login (FAQ 4): challenge from the city, signature by the card, verify. Before the
     * first eID login creates or links an account (the city says so), and at home before the
     * first one on this computer, it stops with consentNeeded until acceptConsent() or
     * refuseConsent(); the signed evidence waits in memory meanwhile.
     */
    Q_INVOKABLE void loginWithEid();
    Q_INVOKABLE void acceptConsent();
    /** No account is created or linked; the evidence is wiped, nothing was kept. */
    Q_INVOKABLE void refuseConsent();
    Q_INVOKABLE void registerAccount(
        const QString& email, const QString& password, const QVariantMap& profile);
    Q_INVOKABLE void resendActivation(const QString& email);
    Q_INVOKABLE void requestPasswordReset(const QString& email);
    /** The city asks for the account's password again (empty for an account without one,
        right after an eID login). */
    Q_INVOKABLE void changeEmail(const QString& newEmail, const QString& password);
    Q_INVOKABLE void logout();
    /**
     * Ends the session (logout, every end of a kiosk or counter session): the token is logged
     * out at the city and forgotten; an answer still on its way is dropped
     * (CityApiClient::endSession()).
     */
    void forgetSession();
    Q_INVOKABLE void clearMessages();

public slots:
    /** Re-reads the translated texts (connect to LanguageController::languageChanged). */
    void retranslate();

signals:
    void busyChanged();
    void sessionChanged();
    void messageChanged();
    void passwordChecksChanged();
    void loginSucceeded();
    void consentChanged();
    void consentRefused();
    void registered(const QString& email);

private:
    void begin();
    void fail(const ApiResult& result);
    void succeed(const QString& notice);
    void tick();
    void startSession(const ApiResult& result, const QString& eidHolder = {});
    QString spamReminder() const;
    void sendEidVerify(bool accountConsent);
    void askConsent(const QString& accountAction);
    void dropPendingEid();

    CityApiClient* m_api;
    QString m_sender;
    EidSigner m_eidSigner;
    PasswordPolicy m_policy;
    bool m_busy = false;
    QString m_userId;
    QString m_displayName;
    QString m_authLevel;
    QString m_eidHolder;
    ApiResult m_failure; // kept whole: its message is re-translated when read
    QString m_cardError; // the card side's message when the eID signature did not happen
    QVariantMap m_fieldErrors;
    QString m_notice;
    int m_retryAfter = 0;
    QTimer m_countdown;
    QVariantList m_checks;
    bool m_passwordAcceptable = false;
    EidConsentMemory* m_consentMemory = nullptr;
    std::optional<EidLoginEvidence> m_pendingEid; // signed, waiting for the consent
    QString m_pendingChallenge;
    bool m_consentNeeded = false;
    QString m_consentAction;
};
