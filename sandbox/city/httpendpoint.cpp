// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpendpoint.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QMetaEnum>
#include <QSslSocket>
#include <QTcpSocket>

HttpEndpoint::HttpEndpoint(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

quint16 HttpEndpoint::serveTls(
    const QHostAddress& address, quint16 port, const QSslConfiguration& tls)
{
    sslSetup(tls);
    return listen(address, port);
}

bool HttpEndpoint::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ApiRequest r;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    r.method = QString::fromLatin1(methods.valueToKey(int(request.method()))).toUpper();
    r.path = request.url().path();
    r.query = request.query();
    for (const auto& h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    r.peer = request.remoteAddress();
    // The handshake proved the client holds the key of this certificate; whether it is a
    // registered station is the router's question.
    if (const auto* tls = qobject_cast<QSslSocket*>(socket))
        r.clientCertificate = tls->peerCertificate().toDer();
    // Links in e-mails and payment URLs use the address the client reached, never the Host
    // header, which the client chooses.
    const QHostAddress local = socket->localAddress();
    const QString host = local.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(local.toString())
        : local.toString();
    r.origin = QStringLiteral("https://%1:%2").arg(host).arg(socket->localPort());

    const ApiResponse out = m_handler(r);
    QHttpServerResponse response(
        out.contentType, out.body, static_cast<QHttpServerResponse::StatusCode>(out.status));
    for (const auto& h : out.headers)
        response.addHeader(h.first, h.second);
    response.write(makeResponder(request, socket));
    return true;
}

void HttpEndpoint::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest answers everything; this only satisfies the abstract interface.
    QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound)
        .write(makeResponder(request, socket));
}
