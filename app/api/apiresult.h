// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

/** The outcome of one API call: the envelope's `data`, or a typed failure with details. */
struct ApiResult
{
    ApiError::Code error = ApiError::None;
    int httpStatus = 0;
    QJsonValue data; // the envelope's `data` (JSON answers)
    QByteArray body; // the raw body of a non-JSON answer (documents)
    QString contentType;
    QString etag;
    bool notModified = false; // 304: the cached copy is current
    QString errorClass; // err_class
    QString errorCode; // err_code, e.g. "invalid_credentials"
    QString serverMessage; // err_desc, already in the requested language
    QHash<QString, QStringList> fieldErrors; // `errors`, per field id
    int retryAfterSeconds = -1;
    int attempts = 0;

    bool ok() const { return error == ApiError::None; }
    QString userMessage() const { return ApiError::message(*this); }
};
