// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "contractcheck.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

ApiClient::ApiClient(const QUrl& base, const QSslCertificate& ca)
    : m_base(base)
    , m_ca(ca)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl ApiClient::resolve(const QString& path) const
{
    QUrl url = m_base;
    const int query = path.indexOf(QLatin1Char('?'));
    const QString p = query < 0 ? path : path.left(query);
    const bool onOrigin = p.startsWith(QLatin1String("/dev/"))
        || p.startsWith(QLatin1String("/provider/")) || p.startsWith(QLatin1String("/v1/"))
        || p.startsWith(QLatin1String("/account/"));
    url.setPath(onOrigin ? p : m_base.path() + p);
    url.setQuery(query < 0 ? QString() : path.mid(query + 1));
    return url;
}

ApiReply ApiClient::raw(const QByteArray& method, const QString& path, const QByteArray& body,
    const QByteArray& contentType, const QMap<QByteArray, QByteArray>& headers)
{
    QNetworkRequest request(resolve(path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({ m_ca }); // only the sandbox CA, nothing from the system
    if (!m_clientCertificate.isNull()) {
        tls.setLocalCertificate(m_clientCertificate);
        tls.setPrivateKey(m_clientKey);
    }
    request.setSslConfiguration(tls);
    request.setTransferTimeout(30000);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!m_language.isEmpty())
        request.setRawHeader("Accept-Language", m_language);
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.setRawHeader(it.key(), it.value());

    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    ApiReply out;
    QObject::connect(reply, &QNetworkReply::sslErrors,
        [&out](const QList<QSslError>& errors) { out.sslErrors = errors; });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    for (const auto& pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    out.json = QJsonDocument::fromJson(out.body).object();
    reply->deleteLater();
    // Every answer against docs/api/openapi.yaml (tests/common/contractcheck.h); a difference
    // fails the running test.
    if (out.status != 0) {
        out.contractErrors = ContractCheck::verify(method, request.url().path(), out.status,
            out.header("content-type"), out.body, out.headers);
    }
    return out;
}

ApiReply ApiClient::call(const QByteArray& method, const QString& path, const QJsonObject& body,
    const QMap<QByteArray, QByteArray>& headers)
{
    const bool hasBody = method == "POST" || method == "PATCH" || method == "PUT";
    return raw(method, path,
        hasBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(),
        hasBody ? QByteArray("application/json") : QByteArray(), headers);
}

bool ApiClient::useStation(const QString& dir)
{
    QFile cert(dir + "/station.pem");
    QFile key(dir + "/station.key");
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    setClientCertificate(
        QSslCertificate(cert.readAll(), QSsl::Pem), QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
    return !m_clientCertificate.isNull() && !m_clientKey.isNull();
}

bool ApiClient::login(const QString& email, const QString& password)
{
    const ApiReply r
        = call("POST", "/auth/password", { { "email", email }, { "password", password } });
    m_token = r.data().toObject().value("session_token").toString();
    return r.status == 200 && !m_token.isEmpty();
}

QJsonObject ApiClient::lastMail(const QString& to)
{
    const QJsonArray mails
        = call("GET", "/dev/mail?to=" + QUrl::toPercentEncoding(to)).data().toArray();
    return mails.isEmpty() ? QJsonObject() : mails.first().toObject();
}
