// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include "idempotency.h"

#include <exception>
#include <QJsonDocument>
#include <QJsonParseError>

void Router::add(const QString& method, const QString& pattern, Handler handler, int flags)
{
    m_routes.append(
        { method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), flags });
}

void Router::setSessionResolver(std::function<void(ApiRequest&)> resolver)
{
    m_sessionResolver = std::move(resolver);
}

const Router::Route* Router::match(ApiRequest& request, bool* pathKnown) const
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    *pathKnown = false;
    for (const Route& route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QMap<QString, QString> params;
        bool same = true;
        for (int i = 0; i < parts.size() && same; ++i) {
            const QString& s = route.segments.at(i);
            if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
                params.insert(s.mid(1, s.size() - 2), parts.at(i));
            else
                same = s == parts.at(i);
        }
        if (!same)
            continue;
        *pathKnown = true;
        if (route.method == request.method) {
            request.params = params;
            return &route;
        }
    }
    return nullptr;
}

ApiResponse Router::dispatch(ApiRequest& request) const
{
    request.lang = negotiateLanguage(request.header("accept-language"));
    try {
        ApiResponse response = checkedDispatch(request);
        response.addHeader("Vary", "Accept-Language");
        return response;
    } catch (const std::exception&) {
        // A bug must cost one request, never the server (the demo and other tests share it).
        return fail(request, ApiError { 500, QStringLiteral("internal_error"), {}, -1, {} });
    }
}

ApiResponse Router::checkedDispatch(ApiRequest& request) const
{
    const bool devPath = request.path.startsWith(QLatin1String("/dev/"));
    if (devPath && !request.peer.isLoopback())
        return fail(request, ApiError::notFound(QStringLiteral("not_found")));
    if (request.body.size() > MaxBodyBytes)
        return fail(request, ApiError { 413, QStringLiteral("payload_too_large"), {}, -1, {} });

    bool pathKnown = false;
    const Route* route = match(request, &pathKnown);
    if (!route)
        return fail(request, ApiError::notFound(QStringLiteral("not_found")));

    const bool jsonApi = request.path.startsWith(QLatin1String("/v1/")) || devPath;
    const bool hasBody = request.method == QLatin1String("POST")
        || request.method == QLatin1String("PATCH") || request.method == QLatin1String("PUT");
    if (jsonApi && hasBody && !request.body.trimmed().isEmpty()) {
        const QByteArray type = request.header("content-type").split(';').value(0).trimmed();
        if (type.toLower() != "application/json")
            return fail(
                request, ApiError { 415, QStringLiteral("unsupported_media_type"), {}, -1, {} });
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return fail(request, ApiError::badRequest(QStringLiteral("malformed_json")));
        request.json = doc.object();
    }

    if (m_sessionResolver)
        m_sessionResolver(request);
    if ((route->flags & NeedsSession) && request.accountId == 0)
        return fail(request, ApiError::unauthorized(QStringLiteral("session_required")));
    if (route->flags & NeedsStaff) {
        const ApiError refusal = m_staffGate
            ? m_staffGate(request)
            : ApiError::forbidden(QStringLiteral("staff_required"));
        if (refusal.status != 0)
            return fail(request, refusal);
    }

    const QByteArray key = request.header("idempotency-key");
    if (!(route->flags & Creating) || key.isEmpty() || !m_idempotency)
        return route->handler(request);

    // Per account, or per clerk for staff calls (a clerk's keys never meet a citizen's).
    const QString who = request.staffId != 0 ? QStringLiteral("staff:%1").arg(request.staffId)
                                             : QString::number(request.accountId);
    const QString scope = QStringLiteral("%1 %2 %3").arg(who, request.method, request.path);
    const IdempotencyStore::Lookup seen = m_idempotency->find(scope, key, request.body);
    if (seen.state == IdempotencyStore::Lookup::Conflict)
        return fail(request, ApiError::conflict(QStringLiteral("idempotency_conflict")));
    if (seen.state == IdempotencyStore::Lookup::Replay) {
        ApiResponse replay = seen.response;
        replay.addHeader("Idempotent-Replayed", "true");
        return replay;
    }
    ApiResponse response = route->handler(request);
    // Only successes are kept: after a 422 the citizen fixes the form and retries with the
    // same key, which must not be a conflict.
    if (response.status >= 200 && response.status < 300)
        m_idempotency->remember(scope, key, request.body, response);
    return response;
}
