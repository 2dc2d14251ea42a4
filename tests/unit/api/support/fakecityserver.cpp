// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecityserver.h"

#include <QHostAddress>
#include <QJsonDocument>

FakeCityServer::FakeCityServer(const TestIdentity& identity)
{
    if (!identity.certificate.isNull()) {
        sslSetup(identity.certificate, identity.key);
        m_tls = true;
    }
    m_port = listen(QHostAddress::LocalHost, 0);
}

QString FakeCityServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2/v1")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port);
}

bool FakeCityServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Hit hit;
    static const char* const methods[]
        = { "GET", "PUT", "DELETE", "POST", "HEAD", "OPTIONS", "PATCH", "CONNECT", "TRACE" };
    for (int i = 0; i < 9; ++i) {
        if (request.method() == QHttpServerRequest::Method(1 << i))
            hit.method = methods[i];
    }
    hit.path = request.url().path();
    hit.body = request.body();
    for (const auto& [name, value] : request.headers())
        hit.headers.insert(name.toLower(), value);
    hits.append(hit);
    QHttpServerResponder responder = makeResponder(request, socket);
    if (handler)
        handler(hit, responder);
    else
        answer(responder, 404, failure(QStringLiteral("not_found"), QStringLiteral("not_found")));
    return true;
}

void FakeCityServer::hold(QHttpServerResponder& responder)
{
    m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
}

void FakeCityServer::answer(QHttpServerResponder& responder, int status, const QJsonObject& body,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(bytes.size()));
    for (const auto& [name, value] : headers)
        responder.writeHeader(name, value);
    responder.writeBody(bytes);
}

QJsonObject FakeCityServer::ok(const QJsonValue& data)
{
    return { { QStringLiteral("err"), 0 }, { QStringLiteral("data"), data } };
}

QJsonObject FakeCityServer::failure(
    const QString& errClass, const QString& errCode, const QJsonObject& fieldErrors, int retryAfter)
{
    QJsonObject body { { QStringLiteral("err"), 1 }, { QStringLiteral("err_class"), errClass },
        { QStringLiteral("err_code"), errCode },
        { QStringLiteral("err_desc"), QStringLiteral("Message de la Ville") } };
    if (!fieldErrors.isEmpty())
        body.insert(QStringLiteral("errors"), fieldErrors);
    if (retryAfter >= 0)
        body.insert(QStringLiteral("retry_after"), retryAfter);
    return body;
}
