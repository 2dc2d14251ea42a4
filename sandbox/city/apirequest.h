// SPDX-License-Identifier: GPL-3.0-or-later
// Transport-neutral request and response values, so that handlers never see QtHttpServer.
#pragma once

#include "language.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrlQuery>

/** One HTTP request as the router sees it. Header names are lower-case. */
struct ApiRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;
    QString origin; // "https://127.0.0.1:PORT", to build absolute links
    // DER of the certificate the TLS client presented (empty: none). Only proves anything
    // after stationOf() (stations.h) has checked it.
    QByteArray clientCertificate;

    // Filled by the router.
    Lang lang = Lang::Fr;
    QJsonObject json;
    QMap<QString, QString> params;
    qint64 accountId = 0; // set by sessions when a bearer token is valid
    QString authLevel;
    QString sessionDigest; // the stored hash of that token
    qint64 sessionOpenedAt = 0; // seconds since the epoch (0: unknown, older state dir)
    // Set instead when the bearer token is a clerk's (staff.h); never both.
    qint64 staffId = 0;
    QString staffDevice; // the counter station the clerk signed in at

    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
    QString param(const QString& name) const { return params.value(name); }
};

/** One HTTP response. */
struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append(qMakePair(name, value));
    }
    static ApiResponse ok(const QJsonValue& data, int status = 200);
    static ApiResponse raw(const QByteArray& contentType, const QByteArray& body, int status = 200);
    static ApiResponse redirect(const QString& location);
};
