// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestoutbox.h"

#include "localdatabase.h"
#include "logging/logcategories.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

QString stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::Delivered:
        return QStringLiteral("delivered");
    case OutboxEntry::State::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

OutboxEntry::State stateNamed(const QString& name)
{
    if (name == QLatin1String("delivered"))
        return OutboxEntry::State::Delivered;
    if (name == QLatin1String("rejected"))
        return OutboxEntry::State::Rejected;
    return OutboxEntry::State::Pending;
}

const char* const kColumns = "id, idempotency_key, user_id, method, path, body, state, attempts,"
                             " response, error";

OutboxEntry readEntry(const QSqlQuery& query)
{
    OutboxEntry e;
    e.id = query.value(0).toLongLong();
    e.idempotencyKey = query.value(1).toString();
    e.userId = query.value(2).toString();
    e.method = query.value(3).toString();
    e.path = query.value(4).toString();
    e.body = query.value(5).toByteArray();
    e.state = stateNamed(query.value(6).toString());
    e.attempts = query.value(7).toInt();
    e.response = query.value(8).toByteArray();
    e.error = query.value(9).toString();
    return e;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

RequestOutbox::RequestOutbox(LocalDatabase* database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RequestOutbox::flush);
}

void RequestOutbox::setBackoff(int baseDelayMs, int maxDelayMs)
{
    m_baseDelayMs = baseDelayMs;
    m_maxDelayMs = maxDelayMs;
}

void RequestOutbox::setCurrentUser(const QString& userId)
{
    if (userId == m_user)
        return;
    m_user = userId;
    ++m_generation;
    // A send of the previous user may still be under way: its answer (if the transport ever
    // gives one) is recorded but no longer waited for.
    m_sending = false;
    m_retryTimer.stop();
    if (!m_user.isEmpty())
        QMetaObject::invokeMethod(this, &RequestOutbox::flush, Qt::QueuedConnection);
}

int RequestOutbox::pendingCount(const QString& userId) const
{
    QSqlQuery query(m_database->database());
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

qint64 RequestOutbox::enqueue(
    const QString& userId, const QString& method, const QString& path, const QByteArray& body)
{
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (idempotency_key, user_id, method, path, body, state, attempts,"
        " created_at, updated_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, 0)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(userId);
    query.addBindValue(method);
    query.addBindValue(path);
    query.addBindValue(body);
    query.addBindValue(nowMs());
    query.addBindValue(nowMs());
    if (!query.exec()) {
        qCWarning(lcStore) << "outbox: could not store a submission";
        return -1;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    qCInfo(lcStore) << "outbox: queued entry" << id << "for" << path;
    QMetaObject::invokeMethod(this, &RequestOutbox::flush, Qt::QueuedConnection);
    return id;
}

std::optional<OutboxEntry> RequestOutbox::entry(qint64 id) const
{
    QSqlQuery query(m_database->database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readEntry(query);
}

QList<OutboxEntry> RequestOutbox::pending() const
{
    QList<OutboxEntry> entries;
    QSqlQuery query(m_database->database());
    query.exec(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'pending' ORDER BY id")
                   .arg(QLatin1String(kColumns)));
    while (query.next())
        entries.append(readEntry(query));
    return entries;
}

std::optional<OutboxEntry> RequestOutbox::nextDue(qint64* waitMs) const
{
    if (m_user.isEmpty())
        return std::nullopt; // nobody's session: nothing may be sent
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("SELECT %1, next_attempt_at FROM outbox WHERE state = 'pending'"
                                 " AND user_id = ? ORDER BY id LIMIT 1")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(m_user);
    if (!query.exec() || !query.next())
        return std::nullopt;
    // Strict order (per account): a later entry never overtakes an earlier one that waits.
    *waitMs = qMax<qint64>(0, query.value(10).toLongLong() - nowMs());
    return readEntry(query);
}

void RequestOutbox::flush()
{
    if (m_sending || !m_transport)
        return;
    qint64 waitMs = 0;
    const std::optional<OutboxEntry> next = nextDue(&waitMs);
    if (!next)
        return;
    if (waitMs > 0) {
        m_retryTimer.start(int(qMin<qint64>(waitMs, m_maxDelayMs)));
        return;
    }
    m_retryTimer.stop();
    m_sending = true;
    const OutboxEntry entry = *next;
    const quint64 generation = m_generation;
    m_transport->send(entry, [this, entry, generation](const OutboxTransport::Result& result) {
        // Always leave the transport's call stack before touching the database again.
        QMetaObject::invokeMethod(
            this, [this, entry, result, generation]() { finish(entry, result, generation); },
            Qt::QueuedConnection);
    });
}

void RequestOutbox::finish(
    const OutboxEntry& entry, const OutboxTransport::Result& result, quint64 generation)
{
    // An answer for a user whose session has ended: the entry's fate is recorded, nobody is
    // told, and the current user's sending is not disturbed.
    const bool current = generation == m_generation;
    if (current)
        m_sending = false;
    QSqlQuery query(m_database->database());
    const int attempts = entry.attempts + 1;
    switch (result.outcome) {
    case OutboxTransport::Outcome::Delivered:
    case OutboxTransport::Outcome::Rejected: {
        const bool ok = result.outcome == OutboxTransport::Outcome::Delivered;
        query.prepare(QStringLiteral("UPDATE outbox SET state = ?, attempts = ?, response = ?,"
                                     " error = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(
            stateName(ok ? OutboxEntry::State::Delivered : OutboxEntry::State::Rejected));
        query.addBindValue(attempts);
        query.addBindValue(result.response);
        query.addBindValue(result.error);
        query.addBindValue(nowMs());
        query.addBindValue(entry.id);
        query.exec();
        qCInfo(lcStore) << "outbox: entry" << entry.id << (ok ? "delivered" : "rejected") << "after"
                        << attempts << "attempt(s)";
        if (!current)
            break;
        if (ok)
            emit delivered(entry.id, result.response);
        else
            emit rejected(entry.id, result.error);
        break;
    }
    case OutboxTransport::Outcome::Retry: {
        if (!current)
            break; // sent again at that user's next login
        const qint64 backoff
            = qMin<qint64>(qint64(m_baseDelayMs) << qMin(attempts - 1, 20), m_maxDelayMs);
        const qint64 delay = result.retryAfterSeconds > 0
            ? qMax<qint64>(backoff, qint64(result.retryAfterSeconds) * 1000)
            : backoff;
        query.prepare(QStringLiteral("UPDATE outbox SET attempts = ?, next_attempt_at = ?,"
                                     " updated_at = ? WHERE id = ?"));
        query.addBindValue(attempts);
        query.addBindValue(nowMs() + delay);
        query.addBindValue(nowMs());
        query.addBindValue(entry.id);
        query.exec();
        qCInfo(lcStore) << "outbox: entry" << entry.id << "will be retried in" << delay << "ms";
        emit retryScheduled(entry.id, int(delay));
        break;
    }
    }
    if (current)
        flush();
}

void RequestOutbox::purgeFinished()
{
    QSqlQuery query(m_database->database());
    query.exec(QStringLiteral("DELETE FROM outbox WHERE state != 'pending'"));
}
