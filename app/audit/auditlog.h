// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>

class QIODevice;

/** One line of the counter's audit log, as stored. */
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC
    QString operatorName; // the clerk's login on the workstation
    QString workstation;
    QString event; // e.g. "session_started", "request_filed" (docs/audit-log.md)
    QJsonObject detail; // never a name, national number, address or photo
    QByteArray previousHash; // hex
    QByteArray hash; // hex SHA-256 over the previous hash and this entry's fields
};

/**
 * The counter's audit log (docs/audit-log.md): what a clerk did on a citizen's behalf, for the
 * city's IT administrator. Append-only rows in a SQLite file of their own (not the store, whose
 * session data is purged), each chained to the previous one by SHA-256 so that an edited,
 * inserted or deleted row shows in verify(). Entries older than the retention are dropped from
 * the start: the anchor table keeps the last dropped row's number and hash, the chain goes on
 * from there, and a "log_pruned" entry records how many rows went.
 */
class AuditLog
{
public:
    struct Identity
    {
        QString operatorName;
        QString workstation;
    };

    /** Null and *error when the file cannot be opened or is not an audit log. */
    static std::unique_ptr<AuditLog> open(
        const QString& path, const Identity& identity, QString* error);
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    /** Appends one entry; false when the disk refused (the caller logs it, the work goes on). */
    bool append(const QString& event, const QJsonObject& detail = {},
        const QDateTime& at = QDateTime::currentDateTimeUtc());

    struct Verification
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBrokenSeq = 0; // when !intact
    };
    Verification verify() const;

    /** Every entry in order, one JSON object per line (the administrator's export). */
    qint64 exportJsonLines(QIODevice* out) const;
    /** Drops entries older than `before`; returns how many went. */
    qint64 pruneBefore(const QDateTime& before);

    QList<AuditEntry> entries() const;
    QString path() const { return m_path; }

    /** The chained hash of an entry (exposed for the tests that tamper with the file). */
    static QByteArray hashOf(const AuditEntry& entry);

private:
    struct Link
    {
        qint64 seq;
        QByteArray hash;
    };
    AuditLog(QString connection, QString path, Identity identity);
    Link anchor() const;
    Link last() const;

    QString m_connection;
    QString m_path;
    Identity m_identity;
};
