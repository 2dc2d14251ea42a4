// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth.h"

#include "accounts.h"
#include "citycontext.h"
#include "database.h"
#include "loginthrottle.h"
#include "router.h"
#include "sessions.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

ApiResponse passwordLogin(CityContext& city, ApiRequest& r)
{
    const QString email = r.json.value("email").toString().trimmed();
    const QString password = r.json.value("password").toString();
    if (email.isEmpty() || password.isEmpty()) {
        QMap<QString, QStringList> errors;
        if (email.isEmpty())
            errors["email"] << "field_required";
        if (password.isEmpty())
            errors["password"] << "field_required";
        return fail(r, ApiError::validation(errors));
    }
    // Both keys: one address attacked from many places, and one place trying many addresses.
    const QString byEmail = "email:" + email.toLower();
    const QString byPeer = "peer:" + r.peer.toString();
    const qint64 wait = std::max(city.throttle->waitMs(byEmail), city.throttle->waitMs(byPeer));
    if (wait > 0) {
        const int seconds = int((wait + 999) / 1000);
        return fail(r, ApiError { 429, "rate_limited", {}, seconds, QString::number(seconds) });
    }

    QSqlQuery q(city.db);
    q.prepare("SELECT id, password_hash, active FROM accounts WHERE lower(email) = lower(?)");
    q.addBindValue(email);
    const bool found = q.exec() && q.next();
    // An unknown address is checked against a dummy Argon2id hash (verifyPassword with an
    // empty hash): it costs what a known one costs, so the time tells nothing.
    const QString stored = found ? q.value(1).toString() : QString();
    if (!verifyPassword(password, stored)) {
        city.throttle->failed(byEmail);
        city.throttle->failed(byPeer);
        return fail(r, ApiError::unauthorized("invalid_credentials"));
    }
    city.throttle->succeeded(byEmail);
    city.throttle->succeeded(byPeer);
    if (q.value(2).toInt() != 1)
        return fail(r, ApiError::forbidden("account_inactive"));
    if (needsRehash(stored)) // a PBKDF2 hash of an older state dir becomes Argon2id
        execSql(city.db, "UPDATE accounts SET password_hash = ? WHERE id = ?",
            { hashPassword(password), q.value(0) });
    return ApiResponse::ok(loginAnswer(city, q.value(0).toLongLong(), "password"));
}

} // namespace

QJsonObject loginAnswer(CityContext& city, qint64 accountId, const QString& authLevel)
{
    const SessionStore::Issued session = city.sessions->open(accountId, authLevel);
    QSqlQuery q(city.db);
    q.prepare("SELECT uuid, email FROM accounts WHERE id = ?");
    q.addBindValue(accountId);
    q.exec();
    q.next();
    QString name = (accountField(city.db, accountId, "first_names").section(' ', 0, 0) + ' '
        + accountField(city.db, accountId, "surname"))
                       .trimmed();
    if (name.isEmpty())
        name = q.value(1).toString();
    return { { "session_token", session.token }, { "token_type", "Bearer" },
        { "expires_at", session.expiresAt.toString(Qt::ISODate) },
        { "idle_timeout_s", city.sessions->idleSeconds() },
        { "user",
            QJsonObject { { "uuid", q.value(0).toString() }, { "email", q.value(1).toString() },
                { "display_name", name }, { "auth_level", authLevel } } } };
}

void addAuthRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.add("POST", "/v1/auth/password", [c](ApiRequest& r) { return passwordLogin(*c, r); });
    router.add(
        "POST", "/v1/auth/logout",
        [c](ApiRequest& r) {
            c->sessions->close(r);
            return ApiResponse::ok(QJsonObject { { "logged_out", true } });
        },
        Router::NeedsSession);
}
