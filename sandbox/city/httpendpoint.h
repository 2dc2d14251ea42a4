// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that knows QtHttpServer 6.4 (handleRequest with a QTcpSocket, listen(),
// sslSetup()); a later Qt changes this file and nothing else.
#pragma once

#include "apirequest.h"

#include <functional>
#include <QAbstractHttpServer>
#include <QSslConfiguration>

class HttpEndpoint : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<ApiResponse(ApiRequest&)>;

    explicit HttpEndpoint(Handler handler, QObject* parent = nullptr);

    /** Serves TLS on address:port (0 = any free port); returns the port, 0 on failure. */
    quint16 serveTls(const QHostAddress& address, quint16 port, const QSslConfiguration& tls);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};
