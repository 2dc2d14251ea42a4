// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

/**
 * One SQLite connection (QtSql, QSQLITE) with our pragmas and numbered migrations. The
 * `schema_version` table holds the version reached; each migration step runs in one
 * transaction with its version bump, so a crash leaves the database at a whole step. A file
 * written by a newer version is refused rather than guessed at. A connection belongs to the
 * thread that opened it: the store lives on the main thread.
 */
class LocalDatabase
{
public:
    /** ":memory:" opens a private in-memory database (tests, kiosk drafts). */
    static std::unique_ptr<LocalDatabase> open(
        const QString& path, QString* error, int targetVersion = latestVersion());
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase&) = delete;
    LocalDatabase& operator=(const LocalDatabase&) = delete;

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int version() const;
    static int latestVersion();

    /** Brings the schema up to targetVersion; false (and *error) when a step fails. */
    bool migrate(int targetVersion, QString* error);
    /** Folds the write-ahead log into the file, so deleted rows do not linger in it. */
    void checkpoint();

private:
    LocalDatabase(QString connection, QString path);

    QString m_connection;
    QString m_path;
};
