// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's SQLite file (STATE_DIR/city.sqlite) and its schema.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

/** Opens (creating when needed) the database and applies the schema. */
bool openCityDatabase(const QString& path, QSqlDatabase* db, QString* error);

/** Runs one statement with positional values; false on error. */
bool execSql(QSqlDatabase db, const QString& sql, const QVariantList& values = {});
