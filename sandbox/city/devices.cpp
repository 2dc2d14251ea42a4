// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices.h"

#include "citycontext.h"
#include "database.h"
#include "router.h"
#include "stations.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr int HeartbeatSeconds = 60;

struct AuditHead
{
    qint64 seq = -1;
    QString hash;
};

AuditHead lastAnchor(CityContext& city, const QString& device)
{
    QSqlQuery q(city.db);
    q.prepare("SELECT seq, hash FROM device_audit WHERE device_id = ? ORDER BY seq DESC LIMIT 1");
    q.addBindValue(device);
    if (!q.exec() || !q.next())
        return {};
    return { q.value(0).toLongLong(), q.value(1).toString() };
}

/**
 * The station's audit chain head against the city's copy: a head further on is kept (the
 * copy grows, never changes); the same head again changes nothing; an earlier seq, or the
 * same seq with another hash, means the log was cut or rewritten: nothing is kept, the
 * device is marked, and the answer says "diverged" with the city's own last head.
 */
QJsonObject anchorAudit(
    CityContext& city, const QString& device, const AuditHead& reported, qint64 now)
{
    const AuditHead known = lastAnchor(city, device);
    QString status = QStringLiteral("anchored");
    if (reported.seq > known.seq) {
        execSql(city.db,
            "INSERT INTO device_audit (device_id, seq, hash, received_at) VALUES (?, ?, ?, ?)",
            { device, reported.seq, reported.hash, now });
    } else if (reported.seq < known.seq || reported.hash != known.hash) {
        status = QStringLiteral("diverged");
        execSql(city.db, "UPDATE devices SET audit_diverged_at = ? WHERE id = ?", { now, device });
    }
    const AuditHead kept = lastAnchor(city, device);
    return { { "status", status }, { "seq", kept.seq }, { "hash", kept.hash } };
}

ApiResponse auditAnchors(CityContext& city, ApiRequest& r)
{
    const QString id = stationOf(city, r);
    if (id.isEmpty())
        return fail(r, ApiError::forbidden("device_required"));
    if (r.param("id") != id)
        return fail(r, ApiError::forbidden("device_mismatch"));
    QSqlQuery q(city.db);
    q.prepare("SELECT seq, hash, received_at FROM device_audit WHERE device_id = ? "
              "ORDER BY seq DESC");
    q.addBindValue(id);
    QJsonArray anchors;
    if (q.exec()) {
        while (q.next())
            anchors.append(
                QJsonObject { { "seq", q.value(0).toLongLong() }, { "hash", q.value(1).toString() },
                    { "received_at",
                        QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC)
                            .toString(Qt::ISODate) } });
    }
    QJsonObject out { { "device_id", id }, { "anchors", anchors } };
    QSqlQuery d(city.db);
    d.prepare("SELECT audit_diverged_at FROM devices WHERE id = ?");
    d.addBindValue(id);
    if (d.exec() && d.next() && !d.value(0).isNull())
        out.insert("diverged_at",
            QDateTime::fromSecsSinceEpoch(d.value(0).toLongLong(), Qt::UTC).toString(Qt::ISODate));
    return ApiResponse::ok(out);
}

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
    AuditHead audit;
    if (r.json.contains("audit")) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        const QJsonObject a = r.json.value("audit").toObject();
        const QJsonValue seq = a.value("seq");
        if (!seq.isDouble() || seq.toDouble() != double(seq.toInteger()) || seq.toInteger() < 0)
            errors["audit.seq"] << "field_invalid";
        if (!hex.match(a.value("hash").toString()).hasMatch())
            errors["audit.hash"] << "field_invalid";
        audit = { seq.toInteger(), a.value("hash").toString() };
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
    QJsonObject out { { "received_at", now.toString(Qt::ISODate) },
        { "status", healthy ? "healthy" : "degraded" }, { "next_heartbeat_s", HeartbeatSeconds } };
    if (audit.seq >= 0)
        out.insert("audit", anchorAudit(city, id, audit, now.toSecsSinceEpoch()));
    return ApiResponse::ok(out);
}

} // namespace

QJsonArray deviceList(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec("SELECT id, last_seen, health, active, kind, audit_diverged_at FROM devices "
           "ORDER BY id");
    QJsonArray out;
    while (q.next()) {
        QJsonObject device { { "id", q.value(0).toString() }, { "active", q.value(3).toInt() == 1 },
            { "kind", q.value(4).toString() },
            { "health", QJsonDocument::fromJson(q.value(2).toByteArray()).object() } };
        if (!q.value(5).isNull())
            device.insert("audit_diverged_at",
                QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC)
                    .toString(Qt::ISODate));
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
    router.add("GET", "/v1/devices/{id}/audit-anchors",
        [c](ApiRequest& r) { return auditAnchors(*c, r); });
}
