// SPDX-License-Identifier: GPL-3.0-or-later
#include "stations.h"

#include "apirequest.h"
#include "citycontext.h"
#include "database.h"
#include "devcertificates.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace {

bool validDeviceId(const QString& id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return shape.match(id).hasMatch();
}

} // namespace

QString stationOf(const CityContext& city, const ApiRequest& request)
{
    const QString id = stationIdOf(request.clientCertificate, city.stationCaPem);
    if (id.isEmpty() || !validDeviceId(id))
        return {};
    // The very certificate last issued to that device: one replaced (lost, copied) stops
    // counting even though the CA signed it.
    const QByteArray sha256
        = QCryptographicHash::hash(request.clientCertificate, QCryptographicHash::Sha256).toHex();
    QSqlQuery q(city.db);
    q.prepare("SELECT 1 FROM devices WHERE id = ? AND active = 1 AND cert_sha256 = ?");
    q.addBindValue(id);
    q.addBindValue(QString::fromLatin1(sha256));
    return q.exec() && q.next() ? id : QString();
}

bool isCounterStation(const CityContext& city, const QString& deviceId)
{
    QSqlQuery q(city.db);
    q.prepare("SELECT 1 FROM devices WHERE id = ? AND active = 1 AND kind = 'counter'");
    q.addBindValue(deviceId);
    return !deviceId.isEmpty() && q.exec() && q.next();
}

bool isStationCommand(const CityOptions& options)
{
    return !options.issueDevice.isEmpty() || !options.deactivateDevice.isEmpty();
}

bool runStationCommand(const CityOptions& options, QString* message)
{
    const QString id
        = options.issueDevice.isEmpty() ? options.deactivateDevice : options.issueDevice;
    if (!validDeviceId(id)) {
        *message = QStringLiteral("a device id is 1 to 64 of A-Z a-z 0-9 . _ -");
        return false;
    }
    const QString dir = QDir(options.stateDir).absolutePath();
    if (!QDir().mkpath(dir)) {
        *message = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    QByteArray sha256;
    const QString out = QDir(options.outDir).absolutePath();
    if (!options.issueDevice.isEmpty()
        && !issueStationCertificate(dir + "/tls", id, out, &sha256, message))
        return false;
    QSqlDatabase db;
    if (!openCityDatabase(dir + "/city.sqlite", &db, message))
        return false;
    QSqlQuery q(db);
    if (!options.issueDevice.isEmpty()) {
        q.prepare("INSERT INTO devices (id, active, cert_sha256, registered_at, kind) "
                  "VALUES (?, 1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET active = 1, "
                  "cert_sha256 = excluded.cert_sha256, registered_at = excluded.registered_at, "
                  "kind = excluded.kind");
        q.addBindValue(id);
        q.addBindValue(QString::fromLatin1(sha256));
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(options.deviceKind);
        if (!q.exec()) {
            *message = QStringLiteral("cannot register %1").arg(id);
            return false;
        }
        *message
            = QStringLiteral("station %1 registered: %2/station.pem, %2/station.key").arg(id, out);
        return true;
    }
    q.prepare("UPDATE devices SET active = 0 WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *message = QStringLiteral("no station %1 in %2").arg(id, dir);
        return false;
    }
    *message = QStringLiteral("station %1 deactivated").arg(id);
    return true;
}
