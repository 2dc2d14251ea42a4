// SPDX-License-Identifier: GPL-3.0-or-later
// The error envelope of the city API as a typed value.
#pragma once

#include "apirequest.h"

#include <QMap>
#include <QString>
#include <QStringList>

/**
 * A failure a handler reports. `code` is both the machine `err_code` and the key of the
 * localised `err_desc` (messages.h); `fieldErrors` holds message codes per field.
 */
struct ApiError
{
    int status = 400;
    QString code;
    QMap<QString, QStringList> fieldErrors;
    int retryAfter = -1;
    QString descArg; // %1 in the message, when it has one

    static ApiError badRequest(const QString& code) { return { 400, code, {}, -1, {} }; }
    static ApiError unauthorized(const QString& code) { return { 401, code, {}, -1, {} }; }
    static ApiError forbidden(const QString& code) { return { 403, code, {}, -1, {} }; }
    static ApiError notFound(const QString& code) { return { 404, code, {}, -1, {} }; }
    static ApiError conflict(const QString& code) { return { 409, code, {}, -1, {} }; }
    static ApiError validation(const QMap<QString, QStringList>& fields)
    {
        return { 422, QStringLiteral("validation_failed"), fields, -1, {} };
    }

    /** err_class from the HTTP status (validation, auth, forbidden, …). */
    QString errClass() const;
    ApiResponse toResponse(Lang lang) const;
};
