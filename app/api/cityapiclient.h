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
    // Device calls and public data (catalogue, schemas): never carry the citizen's token, so
    // they do not belong to a citizen session and are never dropped at its end.
    bool withoutSession = false;
};

/**
 * The one door to the city API (docs/api/openapi.yaml), over one QNetworkAccessManager.
 * TLS is verified against the configured authorities (and the optional key pin) and never
 * relaxed; every answer is parsed from the `{"err":…}` envelope into an ApiResult; idempotent
 * calls (GET, and POSTs carrying an Idempotency-Key) are retried with exponential back-off on
 * transient failures. The session token lives in memory only. Callbacks run on the client's
 * thread, once, and never if `context` was destroyed meanwhile.
 *
 * Citizen sessions have a generation: a call carries the token of the session it was started
 * in (retries included), and endSession() moves the generation on. An answer to a call of an
 * ended session is dropped (its callback never runs), and a session token such a late answer
 * brings (a login answered after the card was pulled) is logged out at the city at once.
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
    /** Moves on at every endSession()/clearSession(): which session a call belongs to. */
    quint64 sessionGeneration() const { return m_generation; }
    /**
     * Ends the citizen session (logout, every end of a kiosk or counter session): the token is
     * logged out at the city (POST /auth/logout with it, best effort, retried like an
     * idempotent call), forgotten, and the generation moves on.
     */
    void endSession();
    /** Forgets the token and moves the generation on, without telling the city. */
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
    /** Whether the call belongs to a session that has ended since it was sent. */
    bool outlived(const Call& call) const;
    /** POST /auth/logout carrying `token`, whatever the current session is. */
    void revoke(const QByteArray& token);

    ApiSettings m_settings;
    TlsPolicy m_tls;
    QNetworkAccessManager* m_network;
    QString m_language = QStringLiteral("fr");
    QByteArray m_token;
    quint64 m_generation = 0;
};
