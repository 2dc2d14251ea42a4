// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include "messages.h"

#include <QJsonArray>
#include <QJsonDocument>

QString ApiError::errClass() const
{
    switch (status) {
    case 400:
    case 413:
    case 415:
        return QStringLiteral("bad_request");
    case 401:
        return QStringLiteral("auth");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not_found");
    case 409:
        return QStringLiteral("conflict");
    case 422:
        return QStringLiteral("validation");
    case 429:
        return QStringLiteral("rate_limited");
    default:
        return QStringLiteral("server");
    }
}

ApiResponse ApiError::toResponse(Lang lang) const
{
    QJsonObject body { { "err", 1 }, { "err_class", errClass() }, { "err_code", code },
        { "err_desc", descArg.isEmpty() ? msg(code, lang) : msg(code, lang).arg(descArg) } };
    QJsonObject errors;
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
        QJsonArray texts;
        for (const QString& c : it.value())
            texts.append(msg(c, lang));
        errors.insert(it.key(), texts);
    }
    body.insert("errors", errors);
    ApiResponse r;
    r.status = status;
    if (retryAfter >= 0) {
        body.insert("retry_after", retryAfter);
        r.addHeader("Retry-After", QByteArray::number(retryAfter));
    }
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.addHeader("Content-Language", languageCode(lang).toLatin1());
    return r;
}

ApiResponse ApiResponse::ok(const QJsonValue& data, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(QJsonObject { { "err", 0 }, { "data", data } })
                 .toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::raw(const QByteArray& contentType, const QByteArray& body, int status)
{
    ApiResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

ApiResponse ApiResponse::redirect(const QString& location)
{
    ApiResponse r = raw("text/plain", "See " + location.toUtf8(), 303);
    r.addHeader("Location", location.toUtf8());
    return r;
}
