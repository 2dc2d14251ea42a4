// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcontroller.h"

#include "api/cityapiclient.h"
#include "eidlogin/eidloginmessage.h"
#include "logging/logcategories.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

AccountController::AccountController(
    CityApiClient* api, const QString& senderAddress, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_sender(senderAddress)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &AccountController::tick);
    checkPassword({});
}

QString AccountController::errorMessage() const
{
    if (m_retryAfter > 0)
        return tr("Trop de tentatives. Réessayez dans %1 s.").arg(m_retryAfter);
    if (!m_cardError.isEmpty())
        return m_cardError; // already in the citizen's language (card side)
    return m_failure.ok() ? QString() : m_failure.userMessage();
}

QString AccountController::spamReminder() const
{
    if (m_sender.isEmpty()) // a city configured by hand, without its sender's address
        return tr("Si vous ne le trouvez pas, regardez dans vos spams.");
    return tr("Si vous ne le trouvez pas, regardez dans vos spams (expéditeur : %1).")
        .arg(m_sender);
}

void AccountController::begin()
{
    m_failure = ApiResult {};
    m_cardError.clear();
    m_fieldErrors.clear();
    m_notice.clear();
    m_busy = true;
    emit busyChanged();
    emit messageChanged();
}

void AccountController::fail(const ApiResult& result)
{
    m_busy = false;
    m_failure = result;
    m_fieldErrors.clear();
    for (auto it = result.fieldErrors.begin(); it != result.fieldErrors.end(); ++it)
        m_fieldErrors.insert(it.key(), it.value().join(QLatin1Char(' ')));
    if (result.error == ApiError::RateLimited && result.retryAfterSeconds > 0) {
        m_retryAfter = result.retryAfterSeconds;
        m_countdown.start();
    }
    emit busyChanged();
    emit messageChanged();
}

void AccountController::succeed(const QString& notice)
{
    m_busy = false;
    m_notice = notice;
    emit busyChanged();
    emit messageChanged();
}

void AccountController::tick()
{
    if (--m_retryAfter <= 0) {
        m_retryAfter = 0;
        m_countdown.stop();
        m_failure = ApiResult {};
    }
    emit messageChanged();
}

void AccountController::clearMessages()
{
    m_failure = ApiResult {};
    m_cardError.clear();
    m_fieldErrors.clear();
    m_notice.clear();
    emit messageChanged();
}

void AccountController::retranslate()
{
    checkPassword({});
    emit messageChanged();
}

void AccountController::loadPasswordPolicy()
{
    m_api->get(QStringLiteral("/password-policy"), this, [this](const ApiResult& r) {
        if (!r.ok()) {
            qCInfo(lcSession) << "password policy unavailable, keeping the defaults";
            return;
        }
        m_policy = PasswordPolicy::fromJson(r.data.toObject());
        checkPassword({});
    });
}

void AccountController::checkPassword(const QString& password)
{
    m_checks = m_policy.checklist(password);
    m_passwordAcceptable = m_policy.accepts(password);
    emit passwordChecksChanged();
}

void AccountController::login(const QString& email, const QString& password)
{
    if (m_busy || m_retryAfter > 0)
        return;
    begin();
    const QJsonObject body { { QStringLiteral("email"), email.trimmed() },
        { QStringLiteral("password"), password } };
    const quint64 generation = m_api->sessionGeneration();
    m_api->post(
        QStringLiteral("/auth/password"), body, this, [this, generation](const ApiResult& r) {
            if (m_api->sessionGeneration() != generation)
                return; // the session ended meanwhile: not the next citizen's message
            if (!r.ok()) {
                fail(r);
                return;
            }
            startSession(r);
        });
}

void AccountController::startSession(const ApiResult& r, const QString& eidHolder)
{
    m_eidHolder = eidHolder;
    const QJsonObject data = r.data.toObject();
    const QJsonObject user = data.value(QLatin1String("user")).toObject();
    m_api->setSessionToken(data.value(QLatin1String("session_token")).toString().toLatin1());
    m_userId = user.value(QLatin1String("uuid")).toString();
    m_displayName = user.value(QLatin1String("display_name")).toString();
    m_authLevel = user.value(QLatin1String("auth_level")).toString();
    qCInfo(lcSession) << "logged in, level" << m_authLevel;
    succeed({});
    emit sessionChanged();
    emit loginSucceeded();
}

void AccountController::loginWithEid()
{
    if (m_busy || !m_eidSigner)
        return;
    begin();
    dropPendingEid();
    // The card signs between the city's answers: a session that ends meanwhile (card pulled)
    // must not be logged in by a signature that completes afterwards.
    const quint64 generation = m_api->sessionGeneration();
    m_api->post(QStringLiteral("/auth/eid/challenge"), QJsonObject {}, this,
        [this, generation](const ApiResult& r) {
            if (m_api->sessionGeneration() != generation)
                return; // the card was pulled meanwhile: nothing is signed
            if (!r.ok()) {
                fail(r);
                return;
            }
            const QJsonObject challenge = r.data.toObject();
            const QString id = challenge.value(QLatin1String("challenge_id")).toString();
            const QByteArray nonce = QByteArray::fromBase64(
                challenge.value(QLatin1String("nonce_b64")).toString().toLatin1());
            QStringList accepted;
            for (const QJsonValue& a :
                challenge.value(QLatin1String("accepted_algorithms")).toArray())
                accepted.append(a.toString());
            // The card signs this service's origin with the challenge, not the bare nonce.
            const QByteArray message = eidLoginMessage(m_api->baseUrl(), id, nonce);
            if (message.isEmpty()) {
                ApiResult malformed;
                malformed.error = ApiError::MalformedResponse;
                fail(malformed);
                return;
            }
            QPointer<AccountController> self(this);
            m_eidSigner(message, accepted,
                [self, id, generation](
                    std::optional<EidLoginEvidence> evidence, const QString& error) {
                    if (!self)
                        return;
                    if (self->m_api->sessionGeneration() != generation) {
                        if (evidence)
                            evidence->wipe(); // the citizen has gone: nothing is sent
                        return;
                    }
                    if (!evidence) {
                        self->m_busy = false;
                        self->m_notice.clear();
                        ApiResult cancelled;
                        cancelled.error = ApiError::Cancelled;
                        self->m_failure = cancelled;
                        self->m_cardError = error;
                        emit self->busyChanged();
                        emit self->messageChanged();
                        return;
                    }
                    self->dropPendingEid();
                    self->m_pendingEid = std::move(evidence);
                    self->m_pendingChallenge = id;
                    // At home, nothing leaves before the citizen agreed once on this computer.
                    EidConsentMemory* memory = self->m_consentMemory;
                    if (memory && memory->enabled()
                        && !memory->remembers(self->m_pendingEid->nationalNumber)) {
                        self->askConsent({});
                        return;
                    }
                    self->sendEidVerify(false);
                });
        });
}

void AccountController::sendEidVerify(bool accountConsent)
{
    if (!m_pendingEid)
        return;
    const QJsonObject body = m_pendingEid->toJson(m_pendingChallenge, accountConsent);
    const quint64 generation = m_api->sessionGeneration();
    m_api->post(QStringLiteral("/auth/eid/verify"), body, this,
        [this, accountConsent, generation](const ApiResult& v) {
            if (m_api->sessionGeneration() != generation)
                return; // the session ended meanwhile (a session it opened is logged out)
            if (!v.ok()) {
                dropPendingEid();
                fail(v);
                return;
            }
            const QJsonObject data = v.data.toObject();
            if (data.value(QLatin1String("consent_required")).toBool() && !accountConsent) {
                // A new account (or a first link): the city created nothing and waits for a yes.
                askConsent(data.value(QLatin1String("account_action")).toString());
                return;
            }
            if (accountConsent && m_consentMemory && m_pendingEid)
                m_consentMemory->remember(m_pendingEid->nationalNumber);
            const QString holder = m_pendingEid ? m_pendingEid->nationalNumber : QString();
            dropPendingEid();
            startSession(v, holder);
        });
}

void AccountController::askConsent(const QString& accountAction)
{
    m_busy = false;
    m_consentNeeded = true;
    m_consentAction = accountAction;
    emit busyChanged();
    emit consentChanged();
}

void AccountController::acceptConsent()
{
    if (!m_consentNeeded || !m_pendingEid)
        return;
    m_consentNeeded = false;
    emit consentChanged();
    begin();
    sendEidVerify(true);
}

void AccountController::refuseConsent()
{
    if (!m_consentNeeded)
        return;
    dropPendingEid();
    qCInfo(lcSession) << "eID consent refused, nothing sent or kept";
    emit consentRefused();
}

void AccountController::dropPendingEid()
{
    if (m_pendingEid)
        m_pendingEid->wipe();
    m_pendingEid.reset();
    m_pendingChallenge.clear();
    if (m_consentNeeded) {
        m_consentNeeded = false;
        m_consentAction.clear();
        emit consentChanged();
    }
}

void AccountController::registerAccount(
    const QString& email, const QString& password, const QVariantMap& profile)
{
    if (m_busy)
        return;
    if (!password.isEmpty() && !m_policy.accepts(password)) {
        ApiResult local;
        local.error = ApiError::ValidationFailed;
        local.fieldErrors.insert(QStringLiteral("password"),
            { tr("Le mot de passe ne respecte pas toutes les règles indiquées.") });
        fail(local);
        return;
    }
    begin();
    QJsonObject body { { QStringLiteral("email"), email.trimmed() },
        { QStringLiteral("profile"), QJsonObject::fromVariantMap(profile) } };
    if (!password.isEmpty())
        body.insert(QStringLiteral("password"), password);
    // Creating: a repeated POST after a timeout must not create a second account.
    m_api->post(
        QStringLiteral("/accounts"), body, this,
        [this](const ApiResult& r) {
            if (!r.ok()) {
                fail(r);
                return;
            }
            const QJsonObject data = r.data.toObject();
            const QString sentTo = data.value(QLatin1String("email_sent_to")).toString();
            const int hours = data.value(QLatin1String("link_valid_hours")).toInt(24);
            succeed(tr("Un e-mail d'activation a été envoyé à %1. Cliquez sur le lien qu'il "
                       "contient dans les %2 heures pour activer votre compte.")
                        .arg(sentTo)
                        .arg(hours)
                + QLatin1Char(' ') + spamReminder());
            emit registered(sentTo);
        },
        CityApiClient::newIdempotencyKey());
}

void AccountController::resendActivation(const QString& email)
{
    if (m_busy)
        return;
    begin();
    const QString address = email.trimmed();
    m_api->post(QStringLiteral("/accounts/activation/resend"),
        QJsonObject { { QStringLiteral("email"), address } }, this,
        [this, address](const ApiResult& r) {
            if (!r.ok()) {
                fail(r);
                return;
            }
            // The city always answers 202 (no account enumeration): say where it went.
            succeed(tr("Si un compte en attente d'activation existe pour %1, un nouvel e-mail "
                       "d'activation vient d'y être envoyé.")
                        .arg(address)
                + QLatin1Char(' ') + spamReminder());
        });
}

void AccountController::requestPasswordReset(const QString& email)
{
    if (m_busy)
        return;
    begin();
    const QString address = email.trimmed();
    m_api->post(QStringLiteral("/accounts/password-reset"),
        QJsonObject { { QStringLiteral("email"), address } }, this,
        [this, address](const ApiResult& r) {
            if (!r.ok()) {
                fail(r);
                return;
            }
            succeed(tr("Si un compte existe pour %1, un e-mail avec un lien pour choisir un "
                       "nouveau mot de passe vient d'y être envoyé. Sans e-mail, l'adresse "
                       "du compte est peut-être erronée : créez alors un nouveau compte.")
                        .arg(address)
                + QLatin1Char(' ') + spamReminder());
        });
}

void AccountController::changeEmail(const QString& newEmail, const QString& password)
{
    if (m_busy)
        return;
    begin();
    QJsonObject body { { QStringLiteral("new_email"), newEmail.trimmed() } };
    if (!password.isEmpty())
        body.insert(QStringLiteral("password"), password);
    m_api->post(QStringLiteral("/me/email-change"), body, this, [this](const ApiResult& r) {
        if (!r.ok()) {
            fail(r);
            return;
        }
        const QString sentTo
            = r.data.toObject().value(QLatin1String("verification_sent_to")).toString();
        // FAQ 7: the new address becomes the login only once it has been confirmed.
        succeed(tr("Un e-mail de confirmation a été envoyé à %1. Votre nouvelle adresse "
                   "deviendra votre identifiant dès que vous aurez cliqué sur le lien.")
                    .arg(sentTo)
            + QLatin1Char(' ') + spamReminder());
    });
}

void AccountController::logout()
{
    if (!loggedIn())
        return;
    forgetSession();
}

void AccountController::forgetSession()
{
    dropPendingEid();
    // The city logs the token out (best effort); any answer still on its way is dropped.
    m_api->endSession();
    if (m_busy) {
        m_busy = false; // a call of the ended session will not answer
        emit busyChanged();
    }
    m_userId.clear();
    m_displayName.clear();
    m_authLevel.clear();
    m_eidHolder.clear();
    m_failure = ApiResult {};
    m_cardError.clear();
    m_fieldErrors.clear();
    m_notice.clear();
    emit sessionChanged();
    emit messageChanged();
}
