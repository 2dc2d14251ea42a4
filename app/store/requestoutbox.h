// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outboxtransport.h"

#include <QObject>
#include <QTimer>

#include <optional>

class LocalDatabase;

/**
 * Submissions that must reach the city exactly once. A request is committed to the database
 * with a fresh Idempotency-Key before the first byte is sent; it is then sent, and re-sent
 * with the same key, until the server answers with success or a definitive error. Going
 * offline, a timeout, a crash or a restart only delay it: the key lets the city recognise a
 * repeat and answer with the first result instead of filing the request twice. Entries are
 * sent one at a time, oldest first.
 */
class RequestOutbox : public QObject
{
    Q_OBJECT

public:
    RequestOutbox(LocalDatabase* database, QObject* parent = nullptr);

    void setTransport(OutboxTransport* transport) { m_transport = transport; }
    /** First retry delay; doubles per attempt up to maxDelayMs (tests shorten both). */
    void setBackoff(int baseDelayMs, int maxDelayMs);

    /** Stores the request (durably) and schedules sending; returns its id, or -1. */
    qint64 enqueue(
        const QString& userId, const QString& method, const QString& path, const QByteArray& body);
    std::optional<OutboxEntry> entry(qint64 id) const;
    QList<OutboxEntry> pending() const;
    /** Removes delivered and rejected entries (their bodies hold personal data). */
    void purgeFinished();

public slots:
    /** Sends the oldest due entry, then the next; call it when the network comes back. */
    void flush();

signals:
    void delivered(qint64 id, const QByteArray& response);
    void rejected(qint64 id, const QString& error);
    void retryScheduled(qint64 id, int delayMs);

private:
    void finish(const OutboxEntry& entry, const OutboxTransport::Result& result);
    std::optional<OutboxEntry> nextDue(qint64* waitMs) const;

    LocalDatabase* m_database;
    OutboxTransport* m_transport = nullptr;
    QTimer m_retryTimer;
    bool m_sending = false;
    int m_baseDelayMs = 1000;
    int m_maxDelayMs = 5 * 60 * 1000;
};
