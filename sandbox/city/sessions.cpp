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

SessionStore::Issued SessionStore::openStaff(
    qint64 staffId, const QString& deviceId, const QString& authLevel)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Issued issued { newToken(), QDateTime::fromSecsSinceEpoch(now + m_absoluteS, Qt::UTC) };
    execSql(m_db,
        "INSERT INTO staff_sessions (token_hash, staff_id, device_id, auth_level, last_seen, "
        "expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        { tokenDigest(issued.token), staffId, deviceId, authLevel, now, now + m_absoluteS, now });
    return issued;
}

void SessionStore::closeStaff(QSqlDatabase db, qint64 staffId)
{
    execSql(db, "DELETE FROM staff_sessions WHERE staff_id = ?", { staffId });
}

void SessionStore::resolve(ApiRequest& request)
{
    const QString token = bearer(request);
    if (token.isEmpty())
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // A clerk's token is looked up among the clerks' sessions only (and an inactive clerk's
    // counts for nothing); it never opens a citizen's account, nor a citizen's a clerk's.
    QSqlQuery s(m_db);
    s.prepare("SELECT s.staff_id, s.device_id, s.auth_level FROM staff_sessions s "
              "JOIN staff ON staff.id = s.staff_id WHERE s.token_hash = ? AND s.expires_at > ? "
              "AND s.last_seen > ? AND staff.active = 1");
    s.addBindValue(tokenDigest(token));
    s.addBindValue(now);
    s.addBindValue(now - m_idleS);
    if (s.exec() && s.next()) {
        request.staffId = s.value(0).toLongLong();
        request.staffDevice = s.value(1).toString();
        request.authLevel = s.value(2).toString();
        request.sessionDigest = tokenDigest(token);
        execSql(m_db, "UPDATE staff_sessions SET last_seen = ? WHERE token_hash = ?",
            { now, tokenDigest(token) });
        return;
    }
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
    execSql(
        m_db, "DELETE FROM staff_sessions WHERE token_hash = ?", { tokenDigest(bearer(request)) });
}

void SessionStore::closeOthers(qint64 accountId, const QString& keepDigest)
{
    execSql(m_db, "DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?",
        { accountId, keepDigest });
}
