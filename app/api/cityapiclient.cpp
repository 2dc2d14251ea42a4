// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityapiclient.h"

#include "logging/logcategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

struct CityApiClient::Call
{
    ApiRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    int attempt = 0;
    quint64 generation = 0; // the client's session generation when the call was sent
    QByteArray token; // the session token it carries, the same on every retry
    bool revocation = false; // a logout of an ended session's token: never dropped
    // Why the reply was aborted or failed, seen before `finished` tells only "cancelled".
    ApiError::Code tlsError = ApiError::None;
    bool timedOut = false;
    bool pinMismatch = false;
};

namespace {

ApiError::Code codeForStatus(int status)
{
    switch (status) {
    case 400:
        return ApiError::BadRequest;
    case 401:
        return ApiError::Unauthorized;
    case 403:
        return ApiError::Forbidden;
    case 404:
        return ApiError::NotFound;
    case 409:
        return ApiError::Conflict;
    case 413:
        return ApiError::PayloadTooLarge;
    case 415:
        return ApiError::UnsupportedMediaType;
    case 422:
        return ApiError::ValidationFailed;
    case 429:
        return ApiError::RateLimited;
    default:
        if (status >= 300 && status < 400)
            return ApiError::MalformedResponse; // a redirect is never followed (the city has none)
        return status >= 500 ? ApiError::ServerError : ApiError::BadRequest;
    }
}

ApiError::Code codeForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::OperationCanceledError:
        return ApiError::Cancelled;
    case QNetworkReply::TimeoutError:
        return ApiError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::TlsFailed;
    default:
        return ApiError::NetworkUnreachable;
    }
}

void readEnvelopeError(const QJsonObject& envelope, ApiResult* result)
{
    result->errorClass = envelope.value(QLatin1String("err_class")).toString();
    result->errorCode = envelope.value(QLatin1String("err_code")).toString();
    result->serverMessage = envelope.value(QLatin1String("err_desc")).toString();
    const QJsonObject errors = envelope.value(QLatin1String("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        QStringList messages;
        for (const QJsonValue& m : it.value().toArray())
            messages.append(m.toString());
        result->fieldErrors.insert(it.key(), messages);
    }
    if (envelope.contains(QLatin1String("retry_after")))
        result->retryAfterSeconds = envelope.value(QLatin1String("retry_after")).toInt(-1);
}

} // namespace

CityApiClient::CityApiClient(
    const ApiSettings& settings, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tls(settings.caFile, settings.pinSha256, settings.clientCertFile, settings.clientKeyFile)
    , m_network(network)
{
    if (!m_tls.isValid())
        qCWarning(lcApi) << "the configured CA file holds no certificate, or the station's "
                            "certificate and key cannot be used; every call will fail";
}

void CityApiClient::clearSession()
{
    m_token.fill('\0');
    m_token.clear();
    ++m_generation;
}

void CityApiClient::endSession()
{
    const QByteArray token = m_token;
    clearSession();
    if (!token.isEmpty()) {
        qCInfo(lcApi) << "session ended: its token is logged out at the city";
        revoke(token);
    }
}

void CityApiClient::revoke(const QByteArray& token)
{
    auto call = std::make_shared<Call>();
    call->request.method = "POST";
    call->request.path = QStringLiteral("/auth/logout");
    call->request.body = QJsonObject {};
    call->token = token;
    call->revocation = true;
    call->generation = m_generation;
    call->done = [](const ApiResult& r) {
        if (!r.ok() && r.error != ApiError::Unauthorized) // 401: already ended at the city
            qCWarning(lcApi) << "the city could not be told that a session ended:" << r.error;
    };
    start(call);
}

bool CityApiClient::outlived(const Call& call) const
{
    return !call.revocation && call.generation != m_generation;
}

QString CityApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool CityApiClient::isIdempotent(const ApiRequest& request)
{
    return request.method == "GET" || !request.idempotencyKey.isEmpty();
}

void CityApiClient::get(const QString& path, QObject* context, Callback done)
{
    ApiRequest request;
    request.path = path;
    send(request, context, std::move(done));
}

void CityApiClient::post(const QString& path, const QJsonValue& body, QObject* context,
    Callback done, const QString& idempotencyKey)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.idempotencyKey = idempotencyKey;
    send(request, context, std::move(done));
}

void CityApiClient::send(const ApiRequest& request, QObject* context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    call->generation = m_generation;
    if (!request.withoutSession)
        call->token = m_token;
    start(call);
}

void CityApiClient::start(const std::shared_ptr<Call>& call)
{
    const ApiRequest& r = call->request;
    if (!call->token.isEmpty() && outlived(*call))
        return; // a retry of the ended session's call: never sent again
    if (!m_settings.baseUrl.isValid() || !m_tls.isValid()) {
        QTimer::singleShot(0, this, [this, call]() {
            ApiResult result;
            result.error = ApiError::NotConfigured;
            if (!call->hasContext || call->context)
                call->done(result);
        });
        return;
    }
    QString base = m_settings.baseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QUrl url(base + r.path);
    if (!r.query.isEmpty())
        url.setQuery(r.query);

    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls.configuration());
    // No redirect is followed: a hostile network or front must not send the app, its token
    // or a citizen's data anywhere else than the configured city.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Accept-Language", m_language.toLatin1());
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("eguichet/%1").arg(QCoreApplication::applicationVersion()));
    // The token of the session the call was started in, never a later citizen's.
    if (!call->token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + call->token);
    if (!r.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", r.idempotencyKey.toLatin1());
    if (!r.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", r.ifNoneMatch.toLatin1());
    QByteArray body;
    if (!r.rawBody.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        body = r.rawBody;
    } else if (!r.body.isUndefined()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        body = r.body.isArray() ? QJsonDocument(r.body.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(r.body.toObject()).toJson(QJsonDocument::Compact);
    }

    call->tlsError = ApiError::None;
    call->timedOut = false;
    call->pinMismatch = false;
    QNetworkReply* reply = body.isEmpty() && r.method == "GET"
        ? m_network->get(request)
        : m_network->sendCustomRequest(request, r.method, body);

    connect(reply, &QNetworkReply::sslErrors, this,
        [call](const QList<QSslError>& errors) { call->tlsError = TlsPolicy::classify(errors); });
    connect(reply, &QNetworkReply::encrypted, this, [this, call, reply]() {
        if (!m_tls.matchesPin(reply->sslConfiguration().peerCertificate())) {
            qCWarning(lcApi) << "server public key does not match the configured pin";
            call->pinMismatch = true;
            reply->abort();
        }
    });
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [call, reply]() {
        call->timedOut = true;
        reply->abort();
    });
    deadline->start(r.submission ? m_settings.submitTimeoutMs : m_settings.readTimeoutMs);
    connect(
        reply, &QNetworkReply::finished, this, [this, call, reply]() { finished(call, reply); });
}

void CityApiClient::finished(const std::shared_ptr<Call>& call, QNetworkReply* reply)
{
    const ApiResult result = resultOf(*call, reply);
    reply->deleteLater();
    qCDebug(lcApi) << call->request.method << call->request.path << "->" << result.httpStatus
                   << result.error;
    if (outlived(*call)) {
        // The session this call belonged to has ended (card pulled, time-out, logout): its
        // answer is nobody's now. A login answered meanwhile brings a token: log it out.
        const QByteArray late
            = result.data.toObject().value(QLatin1String("session_token")).toString().toLatin1();
        if (!late.isEmpty()) {
            qCInfo(lcApi) << "a session opened after its session ended: logged out at once";
            revoke(late);
            return;
        }
        if (!call->token.isEmpty()) {
            qCInfo(lcApi) << "answer of an ended session dropped:" << call->request.path;
            return;
        }
    }
    // 429 is not retried here: the screens show the wait (login throttling), the outbox waits.
    if (!result.ok() && ApiError::isTransient(result.error) && result.error != ApiError::RateLimited
        && (isIdempotent(call->request) || call->revocation) // a logout may be repeated
        && call->attempt < m_settings.maxRetries) {
        const int delay = m_settings.retryBaseMs << call->attempt;
        ++call->attempt;
        qCInfo(lcApi) << "retrying" << call->request.path << "in" << delay << "ms";
        QTimer::singleShot(delay, this, [this, call]() { start(call); });
        return;
    }
    if (call->hasContext && !call->context)
        return;
    call->done(result);
}

ApiResult CityApiClient::resultOf(const Call& call, QNetworkReply* reply) const
{
    ApiResult result;
    result.attempts = call.attempt + 1;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (call.pinMismatch) {
        result.error = ApiError::TlsPinMismatch;
        return result;
    }
    if (call.timedOut) {
        result.error = ApiError::Timeout;
        return result;
    }
    if (call.tlsError != ApiError::None) {
        result.error = call.tlsError;
        return result;
    }
    if (result.httpStatus == 0) {
        result.error = codeForNetworkError(reply->error());
        return result;
    }

    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    if (result.httpStatus == 304) {
        result.notModified = true;
        return result;
    }
    const bool isJson = result.contentType.startsWith(QLatin1String("application/json"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    const QJsonObject envelope = doc.object();

    if (result.httpStatus >= 200 && result.httpStatus < 300) {
        if (result.httpStatus == 204 || (!isJson && !result.body.isEmpty()))
            return result; // no content, or a document (PDF…) in `body`
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()
            || envelope.value(QLatin1String("err")).toInt(-1) != 0) {
            result.error = ApiError::MalformedResponse;
            return result;
        }
        result.data = envelope.value(QLatin1String("data"));
        result.body.clear();
        return result;
    }

    result.error = codeForStatus(result.httpStatus);
    if (doc.isObject())
        readEnvelopeError(envelope, &result);
    if (result.retryAfterSeconds < 0 && reply->hasRawHeader("Retry-After"))
        result.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    return result;
}
