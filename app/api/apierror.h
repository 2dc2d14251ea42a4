// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>

struct ApiResult;

/**
 * Why a call to the city API failed, as one value the screens can switch on. Every failure
 * (transport, TLS, HTTP status, the server's envelope) is mapped to exactly one code, once, in
 * CityApiClient; message() turns it into a sentence in the current language.
 */
class ApiError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum Code {
        None,
        NotConfigured, // no API address, or the CA file cannot be read
        NetworkUnreachable,
        Timeout,
        TlsUntrusted, // the certificate does not chain to the configured authority
        TlsHostMismatch,
        TlsExpired,
        TlsPinMismatch,
        TlsFailed, // any other TLS failure
        ServerError, // 5xx
        MalformedResponse,
        BadRequest, // 400
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409
        PayloadTooLarge, // 413
        UnsupportedMediaType, // 415
        ValidationFailed, // 422, with field errors
        RateLimited, // 429, with retry_after
        Cancelled,
    };
    Q_ENUM(Code)

    static bool isTls(Code code) { return code >= TlsUntrusted && code <= TlsFailed; }
    /** Whether the same call may succeed later unchanged (offline, slow or busy server). */
    static bool isTransient(Code code);
    /** The citizen-facing sentence; the server's err_code refines it where we know it. */
    static QString message(const ApiResult& result);
};
