// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices.h"

#include "citycontext.h"
#include "database.h"
#include "router.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr int HeartbeatSeconds = 60;

ApiResponse heartbeat(CityContext& city, ApiRequest& r)
{
    const QString id = r.param("id");
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!idRe.match(id).hasMatch())
        return fail(
            r, ApiError { 422, "device_invalid", { { "id", { "field_invalid" } } }, -1, {} });
    QMap<QString, QStringList> errors;
    if (!r.json.value("version").isString() || r.json.value("version").toString().isEmpty())
        errors["version"] << "field_required";
    for (const char* part : { "reader", "printer" }) {
        if (!r.json.value(part).toObject().value("status").isString())
            errors[part] << "field_required";
    }
    if (!errors.isEmpty())
        return fail(r, ApiError::validation(errors));
    const QJsonObject health { { "version", r.json.value("version") },
        { "reader", r.json.value("reader") }, { "printer", r.json.value("printer") } };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    execSql(city.db, "INSERT OR REPLACE INTO devices (id, last_seen, health) VALUES (?, ?, ?)",
        { id, now.toSecsSinceEpoch(), QJsonDocument(health).toJson(QJsonDocument::Compact) });
    const bool healthy
        = r.json.value("reader").toObject().value("status").toString() == QLatin1String("ok")
        && r.json.value("printer").toObject().value("status").toString() == QLatin1String("ok");
    return ApiResponse::ok(QJsonObject { { "received_at", now.toString(Qt::ISODate) },
        { "status", healthy ? "healthy" : "degraded" }, { "next_heartbeat_s", HeartbeatSeconds } });
}

} // namespace

QJsonArray deviceList(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec("SELECT id, last_seen, health FROM devices ORDER BY id");
    QJsonArray out;
    while (q.next()) {
        out.append(QJsonObject { { "id", q.value(0).toString() },
            { "last_seen",
                QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC)
                    .toString(Qt::ISODate) },
            { "health", QJsonDocument::fromJson(q.value(2).toByteArray()).object() } });
    }
    return out;
}

void addDeviceRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.add(
        "POST", "/v1/devices/{id}/heartbeat", [c](ApiRequest& r) { return heartbeat(*c, r); });
}
