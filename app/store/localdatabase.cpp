// SPDX-License-Identifier: GPL-3.0-or-later
#include "localdatabase.h"

#include "logging/logcategories.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace {

// Never edit a step once released: add a new one. Step N brings the schema to version N.
const QList<QStringList>& migrationSteps()
{
    static const QList<QStringList> steps {
        // 1: drafts and the outbox of submissions.
        { QStringLiteral("CREATE TABLE drafts (user_id TEXT NOT NULL, service_slug TEXT NOT NULL,"
                         " content TEXT NOT NULL, updated_at INTEGER NOT NULL,"
                         " PRIMARY KEY (user_id, service_slug))"),
            QStringLiteral(
                "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " idempotency_key TEXT NOT NULL UNIQUE, method TEXT NOT NULL, path TEXT NOT NULL,"
                " body BLOB NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, response BLOB,"
                " error TEXT)") },
        // 2: the catalogue and schemas with their ETag, for an instant and offline catalogue.
        { QStringLiteral("CREATE TABLE catalogue_cache (key TEXT PRIMARY KEY, etag TEXT,"
                         " body BLOB NOT NULL, fetched_at INTEGER NOT NULL)") },
        // 3: outbox entries belong to a user and wait for their next attempt.
        { QStringLiteral("ALTER TABLE outbox ADD COLUMN user_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX outbox_state ON outbox (state, id)") },
        // 4: a draft remembers the schema version it was filled against.
        { QStringLiteral(
            "ALTER TABLE drafts ADD COLUMN schema_version INTEGER NOT NULL DEFAULT 0") },
    };
    return steps;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

LocalDatabase::LocalDatabase(QString connection, QString path)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
{ }

LocalDatabase::~LocalDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int LocalDatabase::latestVersion()
{
    return migrationSteps().size();
}

std::unique_ptr<LocalDatabase> LocalDatabase::open(
    const QString& path, QString* error, int targetVersion)
{
    const QString connection
        = QStringLiteral("eguichet-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    std::unique_ptr<LocalDatabase> store(new LocalDatabase(connection, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return nullptr;
    }
    // WAL: readers never block the writer; FULL: a committed outbox row survives a power
    // cut, not only a crash; secure_delete: purged personal data is overwritten on disk.
    const QStringList pragmas { QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA secure_delete=ON"),
        QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000") };
    for (const QString& pragma : pragmas) {
        if (!exec(db, pragma, error))
            return nullptr;
    }
    if (!exec(db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
            error))
        return nullptr;
    if (!store->migrate(targetVersion, error))
        return nullptr;
    return store;
}

QSqlDatabase LocalDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int LocalDatabase::version() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool LocalDatabase::migrate(int targetVersion, QString* error)
{
    const int current = version();
    if (current > latestVersion()) {
        if (error)
            *error = QStringLiteral("database version %1 is newer than this application (%2)")
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }
    QSqlDatabase db = database();
    for (int step = current + 1; step <= qMin(targetVersion, latestVersion()); ++step) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString& sql : migrationSteps().at(step - 1))
            ok = ok && exec(db, sql, error);
        ok = ok && exec(db, QStringLiteral("DELETE FROM schema_version"), error)
            && exec(db,
                QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(step),
                error);
        if (!ok || !db.commit()) {
            db.rollback();
            qCWarning(lcStore) << "migration to version" << step << "failed";
            return false;
        }
        qCInfo(lcStore) << "database migrated to version" << step;
    }
    return true;
}

void LocalDatabase::checkpoint()
{
    QSqlQuery query(database());
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}
