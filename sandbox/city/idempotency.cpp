// SPDX-License-Identifier: GPL-3.0-or-later
#include "idempotency.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

namespace {

QByteArray digest(const QByteArray& body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

constexpr qint64 KeepSeconds = 24 * 3600;

} // namespace

IdempotencyStore::Lookup IdempotencyStore::find(
    const QString& scope, const QByteArray& key, const QByteArray& body) const
{
    QSqlQuery q(m_db);
    q.prepare("SELECT body_hash, status, content_type, response, location FROM idempotency "
              "WHERE scope = ? AND key = ? AND created_at > ?");
    q.addBindValue(scope);
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(QDateTime::currentSecsSinceEpoch() - KeepSeconds);
    Lookup result;
    if (!q.exec() || !q.next())
        return result;
    if (q.value(0).toByteArray() != digest(body)) {
        result.state = Lookup::Conflict;
        return result;
    }
    result.state = Lookup::Replay;
    result.response.status = q.value(1).toInt();
    result.response.contentType = q.value(2).toByteArray();
    result.response.body = q.value(3).toByteArray();
    if (const QByteArray location = q.value(4).toByteArray(); !location.isEmpty())
        result.response.addHeader("Location", location);
    return result;
}

void IdempotencyStore::remember(const QString& scope, const QByteArray& key, const QByteArray& body,
    const ApiResponse& response)
{
    QSqlQuery q(m_db);
    QByteArray location;
    for (const auto& [name, value] : response.headers) {
        if (name.compare("Location", Qt::CaseInsensitive) == 0)
            location = value;
    }
    q.prepare("INSERT OR REPLACE INTO idempotency (scope, key, body_hash, status, content_type, "
              "response, created_at, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(scope);
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(digest(body));
    q.addBindValue(response.status);
    q.addBindValue(response.contentType);
    q.addBindValue(response.body);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(location.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(location)));
    q.exec();
}
