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
 *
 * An entry belongs to the account that filed it: only the current user's entries are sent
 * (setCurrentUser(), from the session), so that a filing never leaves with another citizen's
 * session; with no one logged in nothing is sent. Another user's entries wait for that
 * user's next login here.
 */
class RequestOutbox : public QObject
{
    Q_OBJECT

public:
    RequestOutbox(LocalDatabase* database, QObject* parent = nullptr);

    void setTransport(OutboxTransport* transport) { m_transport = transport; }
    /** First retry delay; doubles per attempt up to maxDelayMs (tests shorten both). */
    void setBackoff(int baseDelayMs, int maxDelayMs);

    /**
     * Whose session the transport carries now (empty: nobody's). A change stops waiting for
     * the previous user's send (the API client drops its answer) and sends this user's due
     * entries.
     */
    void setCurrentUser(const QString& userId);
    QString currentUser() const { return m_user; }
    /** How many of this user's submissions still wait to reach the city. */
    int pendingCount(const QString& userId) const;

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
    void finish(
        const OutboxEntry& entry, const OutboxTransport::Result& result, quint64 generation);
    std::optional<OutboxEntry> nextDue(qint64* waitMs) const;

    LocalDatabase* m_database;
    OutboxTransport* m_transport = nullptr;
    QTimer m_retryTimer;
    bool m_sending = false;
    QString m_user;
    quint64 m_generation = 0; // moves on with every change of user
    int m_baseDelayMs = 1000;
    int m_maxDelayMs = 5 * 60 * 1000;
};
