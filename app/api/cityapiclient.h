// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"
#include "tlspolicy.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

/** How to reach the city API; the timeouts and retry pace are shortened by tests. */
struct ApiSettings
{
    QUrl baseUrl; // e.g. https://eguichet.example.be/v1
    QString caFile;
    QString pinSha256;
    QString clientCertFile; // kiosk, counter: the station's certificate (mutual TLS)
    QString clientKeyFile; // and its key, mode 0600
    int readTimeoutMs = 15000;
    int submitTimeoutMs = 30000;
    int maxRetries = 2; // extra attempts of an idempotent call
    int retryBaseMs = 500; // first back-off delay, doubled per attempt
};

/** One call: method, path under the base URL, optional JSON body and headers. */
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // "/services/acte/schema"
    QUrlQuery query;
    QJsonValue body = QJsonValue(QJsonValue::Undefined);
    QByteArray rawBody; // sent as is when set: a replay must repeat the very same bytes
    QString idempotencyKey; // set on every creating POST (newIdempotencyKey())
    QString ifNoneMatch; // ETag of the cached copy
    bool submission = false; // submit/pay: the longer timeout
    bool withoutSession = false; // device calls: never carry the citizen's token
};

/**
 * The one door to the city API (docs/api/openapi.yaml), over one QNetworkAccessManager.
 * TLS is verified against the configured authorities (and the optional key pin) and never
 * relaxed; every answer is parsed from the `{"err":…}` envelope into an ApiResult; idempotent
 * calls (GET, and POSTs carrying an Idempotency-Key) are retried with exponential back-off on
 * transient failures. The session token lives in memory only. Callbacks run on the client's
 * thread, once, and never if `context` was destroyed meanwhile.
 */
class CityApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult&)>;

    CityApiClient(
        const ApiSettings& settings, QNetworkAccessManager* network, QObject* parent = nullptr);

    /** The configured base URL; the eID login signs its origin (eidlogin/eidloginmessage.h). */
    const QUrl& baseUrl() const { return m_settings.baseUrl; }
    void setLanguage(const QString& language) { m_language = language; }
    QString language() const { return m_language; }
    void setSessionToken(const QByteArray& token) { m_token = token; }
    bool hasSession() const { return !m_token.isEmpty(); }
    /** Forgets the token (logout, end of a kiosk session). */
    void clearSession();

    void send(const ApiRequest& request, QObject* context, Callback done);
    void get(const QString& path, QObject* context, Callback done);
    /** POST; a creating call passes an idempotency key so that a retry cannot duplicate it. */
    void post(const QString& path, const QJsonValue& body, QObject* context, Callback done,
        const QString& idempotencyKey = {});

    static QString newIdempotencyKey();

private:
    struct Call;
    void start(const std::shared_ptr<Call>& call);
    void finished(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    ApiResult resultOf(const Call& call, QNetworkReply* reply) const;
    static bool isIdempotent(const ApiRequest& request);

    ApiSettings m_settings;
    TlsPolicy m_tls;
    QNetworkAccessManager* m_network;
    QString m_language = QStringLiteral("fr");
    QByteArray m_token;
};
