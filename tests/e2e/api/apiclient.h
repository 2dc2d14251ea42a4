// SPDX-License-Identifier: GPL-3.0-or-later
// A blocking test client over QNetworkAccessManager that trusts only the sandbox CA.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QStringList>
#include <QUrl>

struct ApiReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError> sslErrors;
    /** How this answer differs from docs/api/openapi.yaml (checked for every answer). */
    QStringList contractErrors;

    QJsonValue data() const { return json.value("data"); }
    QString errCode() const { return json.value("err_code").toString(); }
    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
};

class ApiClient
{
public:
    ApiClient(const QUrl& base, const QSslCertificate& ca);

    void setToken(const QString& token) { m_token = token; }
    void setLanguage(const QByteArray& language) { m_language = language; }
    /** A station's client certificate and key, presented on every connection (mutual TLS). */
    void setClientCertificate(const QSslCertificate& certificate, const QSslKey& key)
    {
        m_clientCertificate = certificate;
        m_clientKey = key;
    }
    /** dir/station.pem and dir/station.key as issued by `--issue-device`; false if unreadable. */
    bool useStation(const QString& dir);

    /** path is relative to the base ("/requests") or absolute on the origin ("/dev/mail"). */
    ApiReply call(const QByteArray& method, const QString& path, const QJsonObject& body = {},
        const QMap<QByteArray, QByteArray>& headers = {});
    /** Sends raw bytes with the given content type (for hostile-input tests). */
    ApiReply raw(const QByteArray& method, const QString& path, const QByteArray& body,
        const QByteArray& contentType, const QMap<QByteArray, QByteArray>& headers = {});

    QJsonObject get(const QString& path) { return call("GET", path).json; }

    /** Logs in by password and keeps the token; true on success. */
    bool login(const QString& email, const QString& password);
    /** Newest mail to `to` in the sandbox mailbox ({} when none). */
    QJsonObject lastMail(const QString& to);

    static constexpr const char* DemoEmail = "demo@namur.example";
    static constexpr const char* DemoPassword = "Demo-Namur1";

private:
    QUrl resolve(const QString& path) const;
    QUrl m_base;
    QSslCertificate m_ca;
    QSslCertificate m_clientCertificate;
    QSslKey m_clientKey;
    QString m_token;
    QByteArray m_language;
    QNetworkAccessManager m_nam;
};
