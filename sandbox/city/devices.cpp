// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices.h"

#include "citycontext.h"
#include "database.h"
#include "router.h"
#include "stations.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr int HeartbeatSeconds = 60;

ApiResponse heartbeat(CityContext& city, ApiRequest& r)
{
    // The device speaking is the one whose certificate the connection carries; the URL only
    // has to agree with it.
    const QString id = stationOf(city, r);
    if (id.isEmpty())
        return fail(r, ApiError::forbidden("device_required"));
    if (r.param("id") != id)
        return fail(r, ApiError::forbidden("device_mismatch"));
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
    execSql(city.db, "UPDATE devices SET last_seen = ?, health = ? WHERE id = ?",
        { now.toSecsSinceEpoch(), QJsonDocument(health).toJson(QJsonDocument::Compact), id });
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
    q.exec("SELECT id, last_seen, health, active FROM devices ORDER BY id");
    QJsonArray out;
    while (q.next()) {
        QJsonObject device { { "id", q.value(0).toString() }, { "active", q.value(3).toInt() == 1 },
            { "health", QJsonDocument::fromJson(q.value(2).toByteArray()).object() } };
        if (!q.value(1).isNull())
            device.insert("last_seen",
                QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC)
                    .toString(Qt::ISODate));
        out.append(device);
    }
    return out;
}

void addDeviceRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.add(
        "POST", "/v1/devices/{id}/heartbeat", [c](ApiRequest& r) { return heartbeat(*c, r); });
}
