// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"

#include <QJsonValue>
#include <QObject>

#include <functional>
#include <optional>

class CatalogueCache;
class CityApiClient;

/**
 * The catalogue (categories, services) and the form schemas, shown at once from the local
 * cache and kept current with ETag revalidation: `cached()` answers immediately (also
 * offline), `fetch()` asks the city with If-None-Match and answers once with the current
 * document; when the city cannot be reached, the cached copy is given, marked stale. Copies
 * are kept per language, since the texts come in the language asked.
 */
class CatalogueRepository : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        QJsonValue data;
        bool fromCache = false; // 304, or the city unreachable
        bool stale = false; // the city could not confirm it is current
        ApiResult failure; // set when there is nothing to show at all
    };
    using Callback = std::function<void(const Answer&)>;

    CatalogueRepository(CityApiClient* client, CatalogueCache* cache, QObject* parent = nullptr);

    /** The cached copy of path ("/services", "/services/acte/schema") in the current language. */
    std::optional<QJsonValue> cached(const QString& path) const;
    void fetch(const QString& path, QObject* context, Callback done);

private:
    QString keyFor(const QString& path) const;

    CityApiClient* m_client;
    CatalogueCache* m_cache;
};
