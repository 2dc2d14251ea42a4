// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguecache.h"

#include "store/localdatabase.h"

#include <QSqlQuery>
#include <QVariant>

CatalogueCache::CatalogueCache(LocalDatabase* database)
    : m_database(database)
{ }

bool CatalogueCache::put(const QString& key, const QString& etag, const QByteArray& body)
{
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO catalogue_cache (key, etag, body, "
                                 "fetched_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(etag);
    query.addBindValue(body);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    return query.exec();
}

std::optional<CatalogueCache::Document> CatalogueCache::get(const QString& key) const
{
    QSqlQuery query(m_database->database());
    query.prepare(
        QStringLiteral("SELECT etag, body, fetched_at FROM catalogue_cache WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Document { query.value(0).toString(), query.value(1).toByteArray(),
        QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong()) };
}

void CatalogueCache::touch(const QString& key)
{
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("UPDATE catalogue_cache SET fetched_at = ? WHERE key = ?"));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(key);
    query.exec();
}

void CatalogueCache::clear()
{
    QSqlQuery query(m_database->database());
    query.exec(QStringLiteral("DELETE FROM catalogue_cache"));
}
