// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguerepository.h"

#include "api/cityapiclient.h"
#include "catalogue/cataloguecache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue parse(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue(QJsonValue::Undefined);
}

QByteArray serialise(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

CatalogueRepository::CatalogueRepository(
    CityApiClient* client, CatalogueCache* cache, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{ }

QString CatalogueRepository::keyFor(const QString& path) const
{
    return path + QLatin1Char('|') + m_client->language();
}

std::optional<QJsonValue> CatalogueRepository::cached(const QString& path) const
{
    const auto document = m_cache->get(keyFor(path));
    if (!document)
        return std::nullopt;
    const QJsonValue value = parse(document->body);
    return value.isUndefined() ? std::nullopt : std::optional<QJsonValue>(value);
}

void CatalogueRepository::fetch(const QString& path, QObject* context, Callback done)
{
    const QString key = keyFor(path);
    const auto document = m_cache->get(key);
    ApiRequest request;
    request.path = path;
    request.withoutSession = true; // public: no citizen's token, not ended with a session
    if (document && !document->etag.isEmpty())
        request.ifNoneMatch = document->etag;
    m_client->send(request, context, [this, key, document, done](const ApiResult& r) {
        Answer answer;
        const std::optional<QJsonValue> copy
            = document ? std::optional<QJsonValue>(parse(document->body)) : std::nullopt;
        if (r.ok() && r.notModified && copy) {
            m_cache->touch(key);
            answer.data = *copy;
            answer.fromCache = true;
        } else if (r.ok() && !r.notModified) {
            m_cache->put(key, r.etag, serialise(r.data));
            answer.data = r.data;
        } else if (copy && !copy->isUndefined() && ApiError::isTransient(r.error)) {
            answer.data = *copy; // offline: better yesterday's catalogue than none
            answer.fromCache = true;
            answer.stale = true;
        } else {
            answer.failure = r;
            if (answer.failure
                    .ok()) // a 304 without a copy: cannot happen unless the cache was lost
                answer.failure.error = ApiError::MalformedResponse;
        }
        done(answer);
    });
}
