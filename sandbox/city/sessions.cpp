// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions.h"

#include "database.h"
#include "passwords.h"

#include <QSqlQuery>

namespace {

QString bearer(const ApiRequest& request)
{
    const QByteArray h = request.header("authorization");
    if (!h.toLower().startsWith("bearer "))
        return {};
    return QString::fromLatin1(h.mid(7).trimmed());
}

} // namespace

SessionStore::Issued SessionStore::open(qint64 accountId, const QString& authLevel)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Issued issued { newToken(), QDateTime::fromSecsSinceEpoch(now + m_absoluteS, Qt::UTC) };
    execSql(m_db,
        "INSERT INTO sessions (token_hash, account_id, auth_level, last_seen, expires_at, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
        { tokenDigest(issued.token), accountId, authLevel, now, now + m_absoluteS, now });
    return issued;
}

void SessionStore::resolve(ApiRequest& request)
{
    const QString token = bearer(request);
    if (token.isEmpty())
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare("SELECT account_id, auth_level, created_at FROM sessions WHERE token_hash = ? "
              "AND expires_at > ? AND last_seen > ?");
    q.addBindValue(tokenDigest(token));
    q.addBindValue(now);
    q.addBindValue(now - m_idleS);
    if (!q.exec() || !q.next())
        return;
    request.accountId = q.value(0).toLongLong();
    request.authLevel = q.value(1).toString();
    request.sessionDigest = tokenDigest(token);
    request.sessionOpenedAt = q.value(2).toLongLong();
    execSql(m_db, "UPDATE sessions SET last_seen = ? WHERE token_hash = ?",
        { now, tokenDigest(token) });
}

void SessionStore::close(const ApiRequest& request)
{
    execSql(m_db, "DELETE FROM sessions WHERE token_hash = ?", { tokenDigest(bearer(request)) });
}

void SessionStore::closeOthers(qint64 accountId, const QString& keepDigest)
{
    execSql(m_db, "DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?",
        { accountId, keepDigest });
}
