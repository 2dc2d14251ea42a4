// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff.h"

#include "citycontext.h"
#include "cityoptions.h"
#include "database.h"
#include "eidauth.h"
#include "loginthrottle.h"
#include "passwords.h"
#include "router.h"
#include "sessions.h"
#include "stations.h"
#include "validators.h"

#include <QDateTime>
#include <QDir>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

/** The counter station on this connection, or the refusal (status 0 when there is one). */
ApiError counterStation(const CityContext& city, const ApiRequest& r, QString* device)
{
    *device = stationOf(city, r);
    if (device->isEmpty())
        return ApiError::forbidden("device_required");
    if (!isCounterStation(city, *device))
        return ApiError::forbidden("counter_required");
    return { 0, {}, {}, -1, {} };
}

QJsonObject loginAnswer(
    CityContext& city, qint64 staffId, const QString& device, const QString& authLevel)
{
    const SessionStore::Issued session = city.sessions->openStaff(staffId, device, authLevel);
    QJsonObject staff = staffMember(city, staffId);
    staff.insert("auth_level", authLevel);
    staff.insert("device_id", device);
    return { { "session_token", session.token }, { "token_type", "Bearer" },
        { "expires_at", session.expiresAt.toString(Qt::ISODate) },
        { "idle_timeout_s", city.sessions->idleSeconds() }, { "staff", staff } };
}

ApiResponse passwordLogin(CityContext& city, ApiRequest& r)
{
    // Only at a counter: a password guessed anywhere else is never even checked.
    QString device;
    const ApiError refusal = counterStation(city, r, &device);
    if (refusal.status != 0)
        return fail(r, refusal);
    const QString login = r.json.value("email").toString().trimmed();
    const QString password = r.json.value("password").toString();
    QMap<QString, QStringList> missing;
    if (login.isEmpty())
        missing["email"] << "field_required";
    if (password.isEmpty())
        missing["password"] << "field_required";
    if (!missing.isEmpty())
        return fail(r, ApiError::validation(missing));
    const QString byLogin = "staff:" + login.toLower();
    const QString byDevice = "device:" + device;
    const qint64 wait = std::max(city.throttle->waitMs(byLogin), city.throttle->waitMs(byDevice));
    if (wait > 0) {
        const int seconds = int((wait + 999) / 1000);
        return fail(r, ApiError { 429, "rate_limited", {}, seconds, QString::number(seconds) });
    }
    QSqlQuery q(city.db);
    q.prepare("SELECT id, password_hash, active FROM staff WHERE lower(login) = lower(?)");
    q.addBindValue(login);
    const bool found = q.exec() && q.next();
    // Unknown clerks and clerks without a password cost one Argon2id check all the same.
    if (!verifyPassword(password, found ? q.value(1).toString() : QString())) {
        city.throttle->failed(byLogin);
        city.throttle->failed(byDevice);
        return fail(r, ApiError::unauthorized("invalid_credentials"));
    }
    city.throttle->succeeded(byLogin);
    city.throttle->succeeded(byDevice);
    if (q.value(2).toInt() != 1)
        return fail(r, ApiError::forbidden("account_inactive"));
    return ApiResponse::ok(loginAnswer(city, q.value(0).toLongLong(), device, "password"));
}

ApiResponse eidLogin(CityContext& city, ApiRequest& r)
{
    QString device;
    const ApiError refusal = counterStation(city, r, &device);
    if (refusal.status != 0)
        return fail(r, refusal);
    const QByteArray nonce = takeEidChallenge(city, r.json.value("challenge_id").toString());
    if (nonce.isEmpty())
        return fail(r, ApiError::unauthorized("challenge_invalid"));
    QString nrn;
    QMap<QString, QString> fields;
    const QString cardRefusal = verifyEidLogin(city, r, nonce, &nrn, &fields);
    if (!cardRefusal.isEmpty())
        return fail(r, ApiError::unauthorized(cardRefusal));
    // The clerk is the registered staff member with this card's number, nobody else.
    QSqlQuery q(city.db);
    q.prepare("SELECT id, active FROM staff WHERE national_number = ?");
    q.addBindValue(nrn);
    if (!q.exec() || !q.next())
        return fail(r, ApiError::unauthorized("invalid_credentials"));
    if (q.value(1).toInt() != 1)
        return fail(r, ApiError::forbidden("account_inactive"));
    return ApiResponse::ok(loginAnswer(city, q.value(0).toLongLong(), device, "eid"));
}

} // namespace

ApiError staffGate(const CityContext& city, const ApiRequest& r)
{
    QString device;
    const ApiError refusal = counterStation(city, r, &device);
    if (refusal.status != 0)
        return refusal;
    if (r.staffId == 0)
        return r.accountId != 0 ? ApiError::forbidden("staff_required")
                                : ApiError::unauthorized("session_required");
    // A clerk's token taken to another counter counts for nothing there.
    if (r.staffDevice != device)
        return ApiError::forbidden("device_mismatch");
    return { 0, {}, {}, -1, {} };
}

QJsonObject staffMember(const CityContext& city, qint64 staffId)
{
    QSqlQuery q(city.db);
    q.prepare("SELECT uuid, display_name, role FROM staff WHERE id = ?");
    q.addBindValue(staffId);
    if (!q.exec() || !q.next())
        return {};
    return { { "uuid", q.value(0).toString() }, { "display_name", q.value(1).toString() },
        { "role", q.value(2).toString() } };
}

bool roleCovers(const QString& role, const QString& category)
{
    return role == QLatin1String("supervisor") || (!category.isEmpty() && role == category);
}

void addStaffRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.setStaffGate([c](const ApiRequest& r) { return staffGate(*c, r); });
    router.add(
        "POST", "/v1/staff/auth/password", [c](ApiRequest& r) { return passwordLogin(*c, r); });
    router.add("POST", "/v1/staff/auth/eid", [c](ApiRequest& r) { return eidLogin(*c, r); });
    router.add(
        "POST", "/v1/staff/auth/logout",
        [c](ApiRequest& r) {
            c->sessions->close(r);
            return ApiResponse::ok(QJsonObject { { "logged_out", true } });
        },
        Router::NeedsStaff);
    router.add(
        "GET", "/v1/staff/me",
        [c](ApiRequest& r) {
            QJsonObject me = staffMember(*c, r.staffId);
            me.insert("auth_level", r.authLevel);
            me.insert("device_id", r.staffDevice);
            return ApiResponse::ok(me);
        },
        Router::NeedsStaff);
}

bool isStaffCommand(const CityOptions& options)
{
    return !options.addStaff.isEmpty() || !options.deactivateStaff.isEmpty();
}

bool runStaffCommand(const CityOptions& options, const QString& password, QString* message)
{
    const QString dir = QDir(options.stateDir).absolutePath();
    if (!QDir().mkpath(dir)) {
        *message = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    QSqlDatabase db;
    if (!openCityDatabase(dir + "/city.sqlite", &db, message))
        return false;
    QSqlQuery q(db);
    if (!options.deactivateStaff.isEmpty()) {
        q.prepare("UPDATE staff SET active = 0 WHERE lower(login) = lower(?)");
        q.addBindValue(options.deactivateStaff);
        if (!q.exec() || q.numRowsAffected() != 1) {
            *message = QStringLiteral("no clerk %1 in %2").arg(options.deactivateStaff, dir);
            return false;
        }
        execSql(db,
            "DELETE FROM staff_sessions WHERE staff_id IN "
            "(SELECT id FROM staff WHERE lower(login) = lower(?))",
            { options.deactivateStaff });
        *message = QStringLiteral("clerk %1 deactivated").arg(options.deactivateStaff);
        return true;
    }
    const QString nrn = options.staffNationalNumber;
    if (!nrn.isEmpty() && !isValidNrn(nrn)) {
        *message = QStringLiteral("--staff-national-number is not a valid national number");
        return false;
    }
    if (password.isEmpty() && nrn.isEmpty()) {
        *message = QStringLiteral("a clerk needs a password (stdin) or a national number");
        return false;
    }
    q.prepare("INSERT INTO staff (uuid, login, password_hash, display_name, role, "
              "national_number, active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?) "
              "ON CONFLICT(login) DO UPDATE SET password_hash = excluded.password_hash, "
              "display_name = excluded.display_name, role = excluded.role, "
              "national_number = excluded.national_number, active = 1");
    for (const QVariant& v : QVariantList { QUuid::createUuid().toString(QUuid::WithoutBraces),
             options.addStaff.trimmed().toLower(),
             password.isEmpty() ? QVariant() : QVariant(hashPassword(password)),
             options.staffName.trimmed(), options.staffRole,
             nrn.isEmpty() ? QVariant() : QVariant(nrn), QDateTime::currentSecsSinceEpoch() })
        q.addBindValue(v);
    if (!q.exec()) {
        *message = QStringLiteral("cannot add %1 (is that national number another clerk's?)")
                       .arg(options.addStaff);
        return false;
    }
    *message = QStringLiteral("clerk %1 (%2) added").arg(options.addStaff, options.staffRole);
    return true;
}
