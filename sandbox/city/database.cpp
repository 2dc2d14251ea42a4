// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const char* const Schema[] = {
    "CREATE TABLE IF NOT EXISTS accounts (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, "
    "email TEXT UNIQUE, password_hash TEXT, active INTEGER, language TEXT, created_at INTEGER)",
    // source: 'eid' (read from the card, locked) or 'profile' (typed by the citizen)
    "CREATE TABLE IF NOT EXISTS account_fields (account_id INTEGER, name TEXT, value TEXT, "
    "source TEXT, PRIMARY KEY (account_id, name))",
    // kind: activation, reset, email_change; payload: the new address for email_change
    "CREATE TABLE IF NOT EXISTS tokens (token_hash TEXT PRIMARY KEY, kind TEXT, "
    "account_id INTEGER, payload TEXT, expires_at INTEGER, used INTEGER DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, account_id INTEGER, "
    "auth_level TEXT, last_seen INTEGER, expires_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS requests (id INTEGER PRIMARY KEY, account_id INTEGER, "
    "service TEXT, number TEXT, status TEXT, data TEXT, amount_cents INTEGER, "
    "submitted_at INTEGER, updated_at INTEGER, language TEXT)",
    "CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY, request_id INTEGER, at INTEGER, "
    "status TEXT, message TEXT, document_id INTEGER)",
    "CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY, request_id INTEGER, "
    "filename TEXT, content_type TEXT, content BLOB)",
    "CREATE TABLE IF NOT EXISTS payments (id INTEGER PRIMARY KEY, account_id INTEGER, "
    "method TEXT, status TEXT, amount_cents INTEGER, request_ids TEXT, communication TEXT, "
    "return_url TEXT, psp_status TEXT, notifications INTEGER DEFAULT 0, created_at INTEGER, "
    "updated_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS idempotency (scope TEXT, key TEXT, body_hash TEXT, "
    "status INTEGER, content_type TEXT, response BLOB, created_at INTEGER, "
    "PRIMARY KEY (scope, key))",
    "CREATE TABLE IF NOT EXISTS mail (id INTEGER PRIMARY KEY, to_addr TEXT, subject TEXT, "
    "body TEXT, token TEXT, link TEXT, file TEXT, created_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, last_seen INTEGER, health TEXT)",
    // used: 0 fresh, -1 given back once (waiting for the citizen's consent), 1 spent
    "CREATE TABLE IF NOT EXISTS eid_challenges (id TEXT PRIMARY KEY, nonce BLOB, "
    "expires_at INTEGER, used INTEGER DEFAULT 0)",
    // The only way an eID login finds an account: the national number of an earlier eID login
    // (never one typed into a profile). One card holder, one account, both ways.
    "CREATE TABLE IF NOT EXISTS eid_links (national_number TEXT PRIMARY KEY, "
    "account_id INTEGER NOT NULL UNIQUE, linked_at INTEGER)",
    // Staff (counter clerks): signed in only at a counter station (staff.h). Their sessions
    // live apart from the citizens': a citizen's token can never resolve to a clerk.
    "CREATE TABLE IF NOT EXISTS staff (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, "
    "login TEXT UNIQUE, password_hash TEXT, display_name TEXT, role TEXT, "
    "national_number TEXT UNIQUE, active INTEGER, created_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS staff_sessions (token_hash TEXT PRIMARY KEY, "
    "staff_id INTEGER, device_id TEXT, auth_level TEXT, last_seen INTEGER, "
    "expires_at INTEGER, created_at INTEGER)",
    // Kiosk-to-counter drafts: found by a slow hash of their code, sealed with a key only the
    // code gives (handoff.h), deleted when taken or expired.
    "CREATE TABLE IF NOT EXISTS handoffs (lookup TEXT PRIMARY KEY, sealed BLOB, "
    "account_id INTEGER, device_id TEXT, created_at INTEGER, expires_at INTEGER)",
    // The city's copy of each station's audit-log chain head, as its heartbeats reported it
    // (append-only: a later report never replaces an earlier one).
    "CREATE TABLE IF NOT EXISTS device_audit (device_id TEXT, seq INTEGER, hash TEXT, "
    "received_at INTEGER, PRIMARY KEY (device_id, seq))",
    "CREATE INDEX IF NOT EXISTS requests_by_account ON requests (account_id)",
    "CREATE INDEX IF NOT EXISTS history_by_request ON history (request_id)",
};

// Columns added after the first release of a table: a state dir made by an older sandbox
// gets them on start ("duplicate column" on a newer one is expected and ignored).
const char* const AddedColumns[] = {
    "ALTER TABLE payments ADD COLUMN terminal_id TEXT",
    "ALTER TABLE payments ADD COLUMN terminal_txn TEXT",
    "ALTER TABLE payments ADD COLUMN auth_code TEXT",
    "ALTER TABLE sessions ADD COLUMN created_at INTEGER",
    // Stations: registered by --issue-device (active, with the certificate issued); devices
    // an older sandbox learnt from heartbeats alone are neither.
    "ALTER TABLE devices ADD COLUMN active INTEGER DEFAULT 0",
    "ALTER TABLE devices ADD COLUMN cert_sha256 TEXT",
    "ALTER TABLE devices ADD COLUMN registered_at INTEGER",
    // A replayed creating POST answers with the first answer's Location too (the contract).
    "ALTER TABLE idempotency ADD COLUMN location TEXT",
    // kiosk or counter (--device-kind); stations issued before are kiosks.
    "ALTER TABLE devices ADD COLUMN kind TEXT DEFAULT 'kiosk'",
    // The national number of a citizen identified by their card at a counter (filed on their
    // behalf), so that staff find the request again by card.
    "ALTER TABLE requests ADD COLUMN citizen_nrn TEXT",
    // The clerk who took a payment on a counter's terminal (POST /v1/staff/payments).
    "ALTER TABLE payments ADD COLUMN staff_id INTEGER",
    // When a station last reported an audit head that contradicts the city's copy.
    "ALTER TABLE devices ADD COLUMN audit_diverged_at INTEGER",
    // 1: the history message is someone's own words (a comment, a reason), shown as typed even
    // when it happens to spell a message code.
    "ALTER TABLE history ADD COLUMN verbatim INTEGER DEFAULT 0",
};

// Run on every start, idempotent: a state dir from before eid_links keeps its card links
// (numbers stored with source 'eid' came from a verified card, never from a profile).
const char* const Migrations[] = {
    "INSERT OR IGNORE INTO eid_links (national_number, account_id, linked_at) "
    "SELECT value, account_id, 0 FROM account_fields WHERE name = 'national_number' "
    "AND source = 'eid' AND value <> ''",
};

} // namespace

bool execSql(QSqlDatabase db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

bool openCityDatabase(const QString& path, QSqlDatabase* db, QString* error)
{
    *db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("city"));
    db->setDatabaseName(path);
    if (!db->open()) {
        *error = db->lastError().text();
        return false;
    }
    QSqlQuery q(*db);
    // WAL + NORMAL: a demo server, where speed matters more than surviving a power cut.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    for (const char* statement : Schema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = q.lastError().text();
            return false;
        }
    }
    for (const char* statement : AddedColumns)
        q.exec(QString::fromLatin1(statement));
    for (const char* statement : Migrations)
        q.exec(QString::fromLatin1(statement));
    return true;
}
