// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

// The chain starts from 64 zeros: an empty log's "previous hash".
const QByteArray kGenesis(64, '0');

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray compactJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.at.setTimeSpec(Qt::UTC);
    e.operatorName = q.value(2).toString();
    e.workstation = q.value(3).toString();
    e.event = q.value(4).toString();
    e.detail = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    e.previousHash = q.value(6).toByteArray();
    e.hash = q.value(7).toByteArray();
    return e;
}

const char* kSelect
    = "SELECT seq, at, operator, workstation, event, detail, prev_hash, hash FROM audit_log";

} // namespace

AuditLog::AuditLog(QString connection, QString path, Identity identity)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
    , m_identity(std::move(identity))
{ }

AuditLog::~AuditLog()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<AuditLog> AuditLog::open(
    const QString& path, const Identity& identity, QString* error)
{
    const QString connection = QStringLiteral("audit-") + QUuid::createUuid().toString();
    std::unique_ptr<AuditLog> log(new AuditLog(connection, path, identity));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        const bool ok = db.open() && q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
            && q.exec(QStringLiteral("PRAGMA synchronous=FULL"))
            && q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS audit_log ("
                                     "seq INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                                     "operator TEXT NOT NULL, workstation TEXT NOT NULL, "
                                     "event TEXT NOT NULL, detail TEXT NOT NULL, "
                                     "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"))
            // Where the chain starts once older rows were pruned (genesis before that).
            && q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS audit_anchor ("
                                     "id INTEGER PRIMARY KEY CHECK (id = 1), "
                                     "seq INTEGER NOT NULL, hash TEXT NOT NULL)"));
        if (!ok) {
            if (error)
                *error = QStringLiteral("audit log %1: %2")
                             .arg(path,
                                 q.lastError().isValid() ? q.lastError().text()
                                                         : db.lastError().text());
            return nullptr;
        }
    }
    return log;
}

QByteArray AuditLog::hashOf(const AuditEntry& e)
{
    // Fields joined with a separator that cannot occur in them unescaped (the detail is JSON,
    // names are trimmed of control characters by the caller's sources).
    QByteArray data = e.previousHash;
    for (const QString& field : { QString::number(e.seq), isoUtc(e.at), e.operatorName,
             e.workstation, e.event, QString::fromUtf8(compactJson(e.detail)) }) {
        data += '\x1f';
        data += field.toUtf8();
    }
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

AuditLog::Link AuditLog::anchor() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT seq, hash FROM audit_anchor WHERE id = 1")) && q.next())
        return { q.value(0).toLongLong(), q.value(1).toByteArray() };
    return { 0, kGenesis };
}

AuditLog::Link AuditLog::last() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"))
        && q.next())
        return { q.value(0).toLongLong(), q.value(1).toByteArray() };
    return anchor();
}

bool AuditLog::append(const QString& event, const QJsonObject& detail, const QDateTime& at)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return false;
    const Link previous = last();
    AuditEntry e;
    e.seq = previous.seq + 1;
    e.at = at.toUTC();
    e.operatorName = m_identity.operatorName;
    e.workstation = m_identity.workstation;
    e.event = event;
    e.detail = detail;
    e.previousHash = previous.hash;
    e.hash = hashOf(e);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, operator, workstation, event, "
                                  "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(e.seq);
    insert.addBindValue(isoUtc(e.at));
    insert.addBindValue(e.operatorName);
    insert.addBindValue(e.workstation);
    insert.addBindValue(e.event);
    insert.addBindValue(QString::fromUtf8(compactJson(e.detail)));
    insert.addBindValue(QString::fromLatin1(e.previousHash));
    insert.addBindValue(QString::fromLatin1(e.hash));
    if (!insert.exec()) {
        db.rollback();
        return false;
    }
    return db.commit();
}

QList<AuditEntry> AuditLog::entries() const
{
    QList<AuditEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY seq")))
        return out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    const QList<AuditEntry> all = entries();
    // The chain starts at the anchor: genesis, or where the last pruning stopped. A row
    // removed from the start without pruning breaks the link as surely as one in the middle.
    Link previous = anchor();
    for (const AuditEntry& e : all) {
        ++v.entries;
        if (e.previousHash != previous.hash || e.seq != previous.seq + 1 || hashOf(e) != e.hash) {
            v.intact = false;
            v.firstBrokenSeq = e.seq;
            return v;
        }
        previous = { e.seq, e.hash };
    }
    return v;
}

qint64 AuditLog::exportJsonLines(QIODevice* out) const
{
    qint64 n = 0;
    for (const AuditEntry& e : entries()) {
        const QJsonObject line { { QStringLiteral("seq"), e.seq },
            { QStringLiteral("at"), isoUtc(e.at) }, { QStringLiteral("operator"), e.operatorName },
            { QStringLiteral("workstation"), e.workstation }, { QStringLiteral("event"), e.event },
            { QStringLiteral("detail"), e.detail },
            { QStringLiteral("prev_hash"), QString::fromLatin1(e.previousHash) },
            { QStringLiteral("hash"), QString::fromLatin1(e.hash) } };
        if (out->write(compactJson(line) + '\n') < 0)
            return -1;
        ++n;
    }
    return n;
}

qint64 AuditLog::pruneBefore(const QDateTime& before)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*), MAX(seq) FROM audit_log WHERE at < ?"));
    q.addBindValue(isoUtc(before));
    if (!q.exec() || !q.next() || q.value(0).toLongLong() == 0)
        return 0;
    const qint64 count = q.value(0).toLongLong();
    const qint64 lastSeq = q.value(1).toLongLong();
    QSqlQuery h(db);
    h.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    h.addBindValue(lastSeq);
    const QString endedOn = h.exec() && h.next() ? h.value(0).toString() : QString();

    if (!db.transaction())
        return 0;
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM audit_log WHERE seq <= ?"));
    del.addBindValue(lastSeq);
    QSqlQuery anchor(db);
    anchor.prepare(QStringLiteral("INSERT OR REPLACE INTO audit_anchor (id, seq, hash) "
                                  "VALUES (1, ?, ?)"));
    anchor.addBindValue(lastSeq);
    anchor.addBindValue(endedOn);
    if (!del.exec() || !anchor.exec() || !db.commit()) {
        db.rollback();
        return 0;
    }
    append(QStringLiteral("log_pruned"),
        { { QStringLiteral("entries"), count }, { QStringLiteral("up_to_seq"), lastSeq },
            { QStringLiteral("ended_on_hash"), endedOn } });
    return count;
}
