// SPDX-License-Identifier: GPL-3.0-or-later
// Method + path dispatch and the checks every /v1 call goes through (size, content type,
// JSON, session, idempotency, loopback-only /dev).
#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <functional>
#include <QList>
#include <QStringList>

class IdempotencyStore;

class Router
{
public:
    using Handler = std::function<ApiResponse(ApiRequest&)>;
    // NeedsStaff: a clerk's session at a counter station (the staff gate, below).
    enum Flag { NoFlags = 0, Creating = 1, NeedsSession = 2, NeedsStaff = 4 };

    static constexpr qint64 MaxBodyBytes = 10 * 1024 * 1024;

    /** Pattern segments in braces ("/v1/requests/{id}") bind request.params. */
    void add(const QString& method, const QString& pattern, Handler handler, int flags = NoFlags);
    /** Reads the bearer token (if any) and fills accountId/authLevel. */
    void setSessionResolver(std::function<void(ApiRequest&)> resolver);
    void setIdempotencyStore(IdempotencyStore* store) { m_idempotency = store; }
    /** Checks NeedsStaff routes before anything else runs (an idempotent replay included);
        returns the refusal, or an error with status 0 to go on. */
    void setStaffGate(std::function<ApiError(const ApiRequest&)> gate)
    {
        m_staffGate = std::move(gate);
    }

    /** Never throws: any exception becomes a 500 envelope. */
    ApiResponse dispatch(ApiRequest& request) const;

private:
    struct Route
    {
        QString method;
        QStringList segments;
        Handler handler;
        int flags;
    };
    ApiResponse checkedDispatch(ApiRequest& request) const;
    const Route* match(ApiRequest& request, bool* pathKnown) const;

    QList<Route> m_routes;
    std::function<void(ApiRequest&)> m_sessionResolver;
    IdempotencyStore* m_idempotency = nullptr;
    std::function<ApiError(const ApiRequest&)> m_staffGate;
};

/** Shorthand for handlers: the localised error response. */
inline ApiResponse fail(const ApiRequest& request, const ApiError& error)
{
    return error.toResponse(request.lang);
}
