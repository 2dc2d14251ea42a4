// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

class LocalDatabase;

/**
 * The last catalogue and schemas received, with their ETag: the catalogue shows at once from
 * here while the client revalidates with If-None-Match, and it still shows when offline. Keys
 * name the document and its language (e.g. "services:fr", "schema:composition-de-menage:nl").
 */
class CatalogueCache
{
public:
    struct Document
    {
        QString etag;
        QByteArray body;
        QDateTime fetchedAt;
    };

    explicit CatalogueCache(LocalDatabase* database);

    bool put(const QString& key, const QString& etag, const QByteArray& body);
    std::optional<Document> get(const QString& key) const;
    /** Marks a cached document as still current (HTTP 304). */
    void touch(const QString& key);
    void clear();

private:
    LocalDatabase* m_database;
};
