// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts.h"

#include "citycontext.h"
#include "database.h"
#include "loginthrottle.h"
#include "mailbox.h"
#include "messages.h"
#include "router.h"
#include "sessions.h"
#include "validators.h"

#include <optional>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

constexpr int ActivationHours = 48; // authentic2's default is 2 days
constexpr int ResetHours = 24;
constexpr int EmailChangeMinutes = 120;

QString issueToken(QSqlDatabase db, const QString& kind, qint64 accountId, const QString& payload,
    int validSeconds)
{
    const QString token = newToken();
    execSql(db,
        "INSERT INTO tokens (token_hash, kind, account_id, payload, expires_at) "
        "VALUES (?, ?, ?, ?, ?)",
        { tokenDigest(token), kind, accountId, payload,
            QDateTime::currentSecsSinceEpoch() + validSeconds });
    return token;
}

/** Marks the token used; returns an error code, or an empty string on success. */
QString consumeToken(
    QSqlDatabase db, const QString& kind, const QString& token, qint64* accountId, QString* payload)
{
    QSqlQuery q(db);
    q.prepare("SELECT account_id, payload, expires_at, used FROM tokens "
              "WHERE token_hash = ? AND kind = ?");
    q.addBindValue(tokenDigest(token));
    q.addBindValue(kind);
    if (token.isEmpty() || !q.exec() || !q.next() || q.value(3).toInt() != 0)
        return QStringLiteral("token_invalid");
    if (q.value(2).toLongLong() < QDateTime::currentSecsSinceEpoch())
        return QStringLiteral("token_expired");
    *accountId = q.value(0).toLongLong();
    *payload = q.value(1).toString();
    execSql(db, "UPDATE tokens SET used = 1 WHERE token_hash = ?", { tokenDigest(token) });
    return {};
}

void mailLink(CityContext& city, const ApiRequest& r, const QString& to, const QString& kind,
    const QString& token, int validity, Lang lang)
{
    const QString link = QStringLiteral("%1/account/%2?token=%3").arg(r.origin, kind, token);
    const QString subjectCode = kind == QLatin1String("activate") ? "mail_activation_subject"
        : kind == QLatin1String("password-reset")                 ? "mail_reset_subject"
                                                                  : "mail_email_change_subject";
    const QString bodyCode = kind == QLatin1String("activate") ? "mail_activation_body"
        : kind == QLatin1String("password-reset")              ? "mail_reset_body"
                                                               : "mail_email_change_body";
    city.mailbox->send(to, msg(subjectCode, lang),
        msg(bodyCode, lang).arg(link).arg(validity) + "\nToken: " + token + "\n", token, link);
}

bool isActive(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare("SELECT active FROM accounts WHERE id = ?");
    q.addBindValue(id);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

ApiResponse registerAccount(CityContext& city, ApiRequest& r)
{
    const QString email = r.json.value("email").toString().trimmed();
    const QString password = r.json.value("password").toString();
    QMap<QString, QStringList> errors;
    if (!isValidEmail(email))
        errors["email"] << "field_email";
    if (r.json.contains("password")) {
        if (const QString refusal = city.passwordPolicy.refusal(password); !refusal.isEmpty())
            errors["password"] << refusal;
    }
    if (!errors.isEmpty())
        return fail(r, ApiError::validation(errors));
    // Hashed whether or not the address is known: the same work, the same time.
    const QString hash = password.isEmpty() ? QString() : hashPassword(password);
    const QJsonObject answer { { "status", "activation_pending" }, { "email_sent_to", email },
        { "link_valid_hours", ActivationHours }, { "password_set_via_link", password.isEmpty() } };
    if (const qint64 known = accountIdByEmail(city.db, email); known != 0) {
        // The same answer as for a new address (no account enumeration); the address's owner
        // is told, in their language, and nothing else changes.
        const Lang lang = accountLanguage(city.db, known);
        city.mailbox->send(accountEmail(city.db, known), msg("mail_register_known_subject", lang),
            msg("mail_register_known_body", lang), {}, {});
        return ApiResponse::ok(answer, 202);
    }
    const qint64 id = createAccount(city.db, email, hash, false, r.lang);
    if (id == 0)
        return fail(r, ApiError { 500, QStringLiteral("internal_error"), {}, -1, {} });
    const QJsonObject profile = r.json.value("profile").toObject();
    for (const char* name : { "first_names", "surname", "phone" }) {
        if (profile.value(name).isString())
            setAccountField(city.db, id, name, profile.value(name).toString(), "profile");
    }
    mailLink(city, r, email, "activate",
        issueToken(city.db, "activation", id, {}, ActivationHours * 3600), ActivationHours, r.lang);
    return ApiResponse::ok(answer, 202);
}

/** Shared by the API and the e-mailed link page; returns an error code or empty. */
QString activate(CityContext& city, const QString& token, const QString& password, QString* email)
{
    qint64 id = 0;
    QString unused;
    QSqlQuery q(city.db);
    q.prepare("SELECT a.password_hash FROM tokens t JOIN accounts a ON a.id = t.account_id "
              "WHERE t.token_hash = ?");
    q.addBindValue(tokenDigest(token));
    const bool needsPassword = q.exec() && q.next() && q.value(0).toString().isEmpty();
    if (needsPassword) {
        if (const QString refusal = city.passwordPolicy.refusal(password); !refusal.isEmpty())
            return refusal;
    }
    const QString error = consumeToken(city.db, "activation", token, &id, &unused);
    if (!error.isEmpty())
        return error;
    execSql(city.db, "UPDATE accounts SET active = 1 WHERE id = ?", { id });
    if (needsPassword)
        execSql(city.db, "UPDATE accounts SET password_hash = ? WHERE id = ?",
            { hashPassword(password), id });
    *email = accountEmail(city.db, id);
    return {};
}

ApiResponse tokenError(const ApiRequest& r, const QString& code)
{
    if (code == QLatin1String("password_policy") || code == QLatin1String("password_common"))
        return fail(r, ApiError::validation({ { "password", { code } } }));
    return fail(r, ApiError { 422, code, { { "token", { code } } }, -1, {} });
}

ApiResponse emailChangeConfirm(CityContext& city, const ApiRequest& r, const QString& token)
{
    qint64 id = 0;
    QString payload;
    const QString error = consumeToken(city.db, "email_change", token, &id, &payload);
    if (!error.isEmpty())
        return tokenError(r, error);
    // payload: the new address, then the stored hash of the session that asked for it.
    const QString newEmail = payload.section(QLatin1Char('\n'), 0, 0);
    const QString askingSession = payload.section(QLatin1Char('\n'), 1, 1);
    if (accountIdByEmail(city.db, newEmail) != 0)
        return fail(r, ApiError::conflict("email_in_use")); // told to the new mailbox's owner
    const QString oldEmail = accountEmail(city.db, id);
    execSql(city.db, "UPDATE accounts SET email = ? WHERE id = ?", { newEmail, id });
    // Whoever else holds a session (a thief who changed the address, or the citizen's other
    // devices) is logged out; the old address learns of the change.
    city.sessions->closeOthers(id, askingSession);
    if (!oldEmail.isEmpty()) {
        const Lang lang = accountLanguage(city.db, id);
        city.mailbox->send(oldEmail, msg("mail_email_changed_subject", lang),
            msg("mail_email_changed_body", lang).arg(newEmail), {}, {});
    }
    return ApiResponse::ok(QJsonObject { { "email", newEmail }, { "email_verified", true } });
}

/**
 * The account's password again (or, for an account without one, an eID login of the last
 * ten minutes) before its login address changes: a session left open is not enough.
 */
std::optional<ApiError> reauthenticate(CityContext& city, const ApiRequest& r)
{
    QSqlQuery q(city.db);
    q.prepare("SELECT password_hash FROM accounts WHERE id = ?");
    q.addBindValue(r.accountId);
    const QString stored = q.exec() && q.next() ? q.value(0).toString() : QString();
    if (stored.isEmpty()) {
        const bool recentEid = r.authLevel == QLatin1String("eid")
            && r.sessionOpenedAt > QDateTime::currentSecsSinceEpoch() - 600;
        if (recentEid)
            return std::nullopt;
        return ApiError::forbidden("eid_reauth_required");
    }
    const QString password = r.json.value("password").toString();
    if (password.isEmpty())
        return ApiError::validation({ { "password", { "field_required" } } });
    // Tries are throttled per account, as logins are per address.
    const QString key = QStringLiteral("reauth:%1").arg(r.accountId);
    if (const qint64 wait = city.throttle->waitMs(key); wait > 0) {
        const int seconds = int((wait + 999) / 1000);
        return ApiError { 429, "rate_limited", {}, seconds, QString::number(seconds) };
    }
    if (!verifyPassword(password, stored)) {
        city.throttle->failed(key);
        return ApiError::validation({ { "password", { "password_wrong" } } });
    }
    city.throttle->succeeded(key);
    return std::nullopt;
}

ApiResponse emailChange(CityContext& city, ApiRequest& r)
{
    const QString email = r.json.value("new_email").toString().trimmed();
    if (!isValidEmail(email))
        return fail(r, ApiError::validation({ { "new_email", { "field_email" } } }));
    if (const auto refused = reauthenticate(city, r))
        return fail(r, *refused);
    const QJsonObject answer { { "verification_sent_to", email },
        { "link_valid_minutes", EmailChangeMinutes } };
    if (accountIdByEmail(city.db, email) != 0) {
        // The same answer as for a free address (no account enumeration); that address's
        // owner is told that nothing changed.
        city.mailbox->send(email, msg("mail_email_taken_subject", r.lang),
            msg("mail_email_taken_body", r.lang), {}, {});
        return ApiResponse::ok(answer, 202);
    }
    mailLink(city, r, email, "email-change",
        issueToken(city.db, "email_change", r.accountId, email + '\n' + r.sessionDigest,
            EmailChangeMinutes * 60),
        EmailChangeMinutes, r.lang);
    return ApiResponse::ok(answer, 202);
}

QString htmlPage(const QString& title, const QString& text)
{
    return QStringLiteral("<!doctype html><html lang=\"fr\"><meta charset=\"utf-8\">"
                          "<title>%1</title><body style=\"font-family:sans-serif;margin:3em\">"
                          "<h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

qint64 accountIdByEmail(QSqlDatabase db, const QString& email)
{
    QSqlQuery q(db);
    q.prepare("SELECT id FROM accounts WHERE lower(email) = lower(?)");
    q.addBindValue(email.trimmed());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString accountEmail(QSqlDatabase db, qint64 accountId)
{
    QSqlQuery q(db);
    q.prepare("SELECT email FROM accounts WHERE id = ?");
    q.addBindValue(accountId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Lang accountLanguage(QSqlDatabase db, qint64 accountId)
{
    QSqlQuery q(db);
    q.prepare("SELECT language FROM accounts WHERE id = ?");
    q.addBindValue(accountId);
    return negotiateLanguage(q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray());
}

QString accountField(QSqlDatabase db, qint64 accountId, const QString& name)
{
    QSqlQuery q(db);
    q.prepare("SELECT value FROM account_fields WHERE account_id = ? AND name = ?");
    q.addBindValue(accountId);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void setAccountField(QSqlDatabase db, qint64 accountId, const QString& name, const QString& value,
    const QString& source)
{
    execSql(db,
        "INSERT OR REPLACE INTO account_fields (account_id, name, value, source) "
        "VALUES (?, ?, ?, ?)",
        { accountId, name, value, source });
}

qint64 createAccount(
    QSqlDatabase db, const QString& email, const QString& passwordHash, bool active, Lang lang)
{
    QSqlQuery q(db);
    q.prepare("INSERT INTO accounts (uuid, email, password_hash, active, language, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?)");
    for (const QVariant& v : QVariantList { QUuid::createUuid().toString(QUuid::WithoutBraces),
             email.isEmpty() ? QVariant() : QVariant(email), passwordHash, active ? 1 : 0,
             languageCode(lang), QDateTime::currentSecsSinceEpoch() })
        q.addBindValue(v);
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

void addAccountRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.add(
        "POST", "/v1/accounts", [c](ApiRequest& r) { return registerAccount(*c, r); },
        Router::Creating);

    router.add("POST", "/v1/accounts/activate", [c](ApiRequest& r) {
        QString email;
        const QString error = activate(
            *c, r.json.value("token").toString(), r.json.value("password").toString(), &email);
        if (!error.isEmpty())
            return tokenError(r, error);
        return ApiResponse::ok(QJsonObject { { "status", "active" }, { "email", email } });
    });

    // Always 202: the answer must not tell whether an address has an account.
    router.add("POST", "/v1/accounts/activation/resend", [c](ApiRequest& r) {
        const QString email = r.json.value("email").toString().trimmed();
        const qint64 id = accountIdByEmail(c->db, email);
        if (id != 0 && !isActive(c->db, id))
            mailLink(*c, r, accountEmail(c->db, id), "activate",
                issueToken(c->db, "activation", id, {}, ActivationHours * 3600), ActivationHours,
                accountLanguage(c->db, id));
        return ApiResponse::ok(QJsonObject { { "status", "sent_if_pending" } }, 202);
    });

    router.add("POST", "/v1/accounts/password-reset", [c](ApiRequest& r) {
        const QString email = r.json.value("email").toString().trimmed();
        const qint64 id = accountIdByEmail(c->db, email);
        if (id != 0)
            mailLink(*c, r, accountEmail(c->db, id), "password-reset",
                issueToken(c->db, "reset", id, {}, ResetHours * 3600), ResetHours,
                accountLanguage(c->db, id));
        return ApiResponse::ok(QJsonObject { { "status", "sent_if_known" } }, 202);
    });

    router.add("POST", "/v1/accounts/password-reset/confirm", [c](ApiRequest& r) {
        const QString password = r.json.value("password").toString();
        if (const QString refusal = c->passwordPolicy.refusal(password); !refusal.isEmpty())
            return fail(r, ApiError::validation({ { "password", { refusal } } }));
        qint64 id = 0;
        QString unused;
        const QString error
            = consumeToken(c->db, "reset", r.json.value("token").toString(), &id, &unused);
        if (!error.isEmpty())
            return tokenError(r, error);
        // A reset link proves the mailbox, so it also activates a pending account.
        execSql(c->db, "UPDATE accounts SET password_hash = ?, active = 1 WHERE id = ?",
            { hashPassword(password), id });
        execSql(c->db, "DELETE FROM sessions WHERE account_id = ?", { id });
        return ApiResponse::ok(QJsonObject { { "status", "password_changed" } });
    });

    router.add("GET", "/v1/password-policy",
        [c](ApiRequest& r) { return ApiResponse::ok(c->passwordPolicy.describe(r.lang)); });
    router.add("POST", "/v1/password-policy/check", [c](ApiRequest& r) {
        return ApiResponse::ok(
            c->passwordPolicy.check(r.json.value("password").toString(), r.lang));
    });

    router.add(
        "POST", "/v1/me/email-change", [c](ApiRequest& r) { return emailChange(*c, r); },
        Router::NeedsSession | Router::Creating);
    router.add("POST", "/v1/me/email-change/confirm",
        [c](ApiRequest& r) { return emailChangeConfirm(*c, r, r.json.value("token").toString()); });

    // The links in the e-mails: a citizen clicks them in a browser.
    router.add("GET", "/account/{kind}", [c](ApiRequest& r) {
        const QString token = r.query.queryItemValue("token");
        const QString kind = r.param("kind");
        QString text;
        if (kind == QLatin1String("activate")) {
            QString email;
            const QString error = activate(*c, token, {}, &email);
            text = error.isEmpty()
                ? QStringLiteral("Compte activé : %1").arg(email)
                : msg(
                    error.startsWith(QLatin1String("password_")) ? "token_invalid" : error, r.lang);
        } else if (kind == QLatin1String("email-change")) {
            const ApiResponse out = emailChangeConfirm(*c, r, token);
            text = out.status == 200 ? QStringLiteral("Adresse e-mail confirmée.")
                                     : msg("token_invalid", r.lang);
        } else if (kind == QLatin1String("password-reset")) {
            text = QStringLiteral("Saisissez ce code dans l'application : %1").arg(token);
        } else {
            return fail(r, ApiError::notFound("not_found"));
        }
        return ApiResponse::raw(
            "text/html; charset=utf-8", htmlPage(QStringLiteral("e-Guichet"), text).toUtf8());
    });
}
