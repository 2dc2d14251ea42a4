// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testcertificates.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <vector>

/**
 * An in-process HTTPS server standing in for the city API in unit tests. Every request is
 * recorded and handed to `handler`, which answers through the responder, or calls hold() to
 * never answer (a server that is too slow). The Qt 6.4 specifics (sslSetup, listen, the
 * socket-based handleRequest) stay in this one helper.
 */
class FakeCityServer : public QAbstractHttpServer
{
public:
    struct Hit
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };
    using Handler = std::function<void(const Hit& hit, QHttpServerResponder& responder)>;

    /** Serves HTTPS with identity (pass a null identity for plain HTTP); port 0 = any. */
    explicit FakeCityServer(const TestIdentity& identity);

    quint16 port() const { return m_port; }
    QString baseUrl() const;

    Handler handler;
    QList<Hit> hits;

    /** Keeps the responder without answering, so the client waits for ever. */
    void hold(QHttpServerResponder& responder);

    static void answer(QHttpServerResponder& responder, int status, const QJsonObject& body,
        const QList<QPair<QByteArray, QByteArray>>& headers = {});
    static QJsonObject ok(const QJsonValue& data);
    static QJsonObject failure(const QString& errClass, const QString& errCode,
        const QJsonObject& fieldErrors = {}, int retryAfter = -1);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest&, QTcpSocket*) override { }

private:
    quint16 m_port = 0;
    bool m_tls = false;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held;
};
