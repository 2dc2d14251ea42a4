// SPDX-License-Identifier: GPL-3.0-or-later
#include "apioutboxtransport.h"

#include "cityapiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ApiOutboxTransport::ApiOutboxTransport(CityApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void ApiOutboxTransport::send(const OutboxEntry& entry, std::function<void(const Result&)> done)
{
    ApiRequest request;
    request.method = entry.method.toLatin1();
    request.path = entry.path;
    // The stored bytes, not a re-serialisation: the city compares the body of a repeated key.
    request.rawBody = entry.body;
    request.idempotencyKey = entry.idempotencyKey;
    request.submission = true;
    m_client->send(request, this, [done](const ApiResult& r) {
        Result result;
        if (r.ok()) {
            result.outcome = Outcome::Delivered;
            result.response = r.data.isObject()
                ? QJsonDocument(r.data.toObject()).toJson(QJsonDocument::Compact)
                : QByteArray();
        } else if (ApiError::isTransient(r.error) || ApiError::isTls(r.error)
            || r.error == ApiError::Unauthorized || r.error == ApiError::NotConfigured
            || r.error == ApiError::Cancelled) {
            result.outcome = Outcome::Retry;
            result.retryAfterSeconds = r.retryAfterSeconds;
        } else {
            result.outcome = Outcome::Rejected;
            result.error = r.errorCode.isEmpty() ? QString::number(r.httpStatus) : r.errorCode;
            result.response = r.body;
        }
        done(result);
    });
}
