// SPDX-License-Identifier: GPL-3.0-or-later
// CityApiClient against an in-process HTTPS fake with certificates made here: trust, pinning,
// the envelope and its errors, timeouts, retries and headers.

#include "api/cityapiclient.h"
#include "fakecityserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Env
{
    TestIdentity ca = TestCertificates::authority(QStringLiteral("Test City CA"));
    TestIdentity otherCa = TestCertificates::authority(QStringLiteral("Other CA"));
    QTemporaryDir dir;
    QString caFile = dir.filePath(QStringLiteral("ca.pem"));
    QString otherCaFile = dir.filePath(QStringLiteral("other.pem"));
    Env()
    {
        TestCertificates::writePem(ca, caFile);
        TestCertificates::writePem(otherCa, otherCaFile);
    }
};

} // namespace

class TestCityApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Env> m_env;
    QNetworkAccessManager m_network;

    ApiSettings settingsFor(const FakeCityServer& server, const QString& caFile = {}) const
    {
        ApiSettings s;
        s.baseUrl = QUrl(server.baseUrl());
        s.caFile = caFile.isEmpty() ? m_env->caFile : caFile;
        s.readTimeoutMs = 2000;
        s.submitTimeoutMs = 2000;
        s.retryBaseMs = 20;
        s.maxRetries = 2;
        return s;
    }

    ApiResult call(CityApiClient& client, const ApiRequest& request)
    {
        std::optional<ApiResult> result;
        client.send(request, this, [&result](const ApiResult& r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(ApiResult {});
    }

    ApiResult get(CityApiClient& client, const QString& path)
    {
        ApiRequest r;
        r.path = path;
        return call(client, r);
    }

    std::unique_ptr<FakeCityServer> server(const QString& san = QStringLiteral("IP:127.0.0.1"),
        int notBeforeDays = -1, int notAfterDays = 30)
    {
        auto s = std::make_unique<FakeCityServer>(
            TestCertificates::server(m_env->ca, san, notBeforeDays, notAfterDays));
        s->handler = [](const FakeCityServer::Hit&, QHttpServerResponder& r) {
            FakeCityServer::answer(
                r, 200, FakeCityServer::ok(QJsonObject { { "hello", "namur" } }));
        };
        return s;
    }

private slots:
    void initTestCase() { m_env = std::make_unique<Env>(); }
    void init() { m_network.clearConnectionCache(); }

    void parsesTheEnvelopeAndSendsOurHeaders()
    {
        auto city = server();
        CityApiClient client(settingsFor(*city), &m_network);
        client.setLanguage("nl");
        client.setSessionToken("s3cret");
        const ApiResult r = get(client, "/me");
        QVERIFY2(r.ok(), qPrintable(r.userMessage()));
        QCOMPARE(r.data.toObject().value("hello").toString(), QStringLiteral("namur"));
        QCOMPARE(city->hits.size(), 1);
        const FakeCityServer::Hit& hit = city->hits.first();
        QCOMPARE(hit.path, QStringLiteral("/v1/me"));
        QCOMPARE(hit.headers.value("accept-language"), QByteArray("nl"));
        QCOMPARE(hit.headers.value("authorization"), QByteArray("Bearer s3cret"));
        QVERIFY(!hit.headers.contains("idempotency-key"));

        client.clearSession();
        ApiRequest post;
        post.method = "POST";
        post.path = "/requests";
        post.body = QJsonObject { { "service", "acte" } };
        post.idempotencyKey = CityApiClient::newIdempotencyKey();
        QVERIFY(call(client, post).ok());
        QCOMPARE(
            city->hits.last().headers.value("idempotency-key"), post.idempotencyKey.toLatin1());
        QVERIFY(!city->hits.last().headers.contains("authorization"));
        QCOMPARE(city->hits.last().body, QByteArray("{\"service\":\"acte\"}"));
    }

    void refusesAnotherAuthority()
    {
        auto city = server();
        CityApiClient client(settingsFor(*city, m_env->otherCaFile), &m_network);
        const ApiResult r = get(client, "/services");
        QCOMPARE(r.error, ApiError::TlsUntrusted);
        QVERIFY(city->hits.isEmpty()); // nothing reached the server
        QCOMPARE(r.attempts, 1); // TLS failures are not retried
    }

    void refusesAHostNameMismatch()
    {
        auto city = server(QStringLiteral("DNS:guichet.other-city.be"));
        CityApiClient client(settingsFor(*city), &m_network);
        QCOMPARE(get(client, "/services").error, ApiError::TlsHostMismatch);
        QVERIFY(city->hits.isEmpty());
    }

    void refusesAnExpiredCertificate()
    {
        auto city = server(QStringLiteral("IP:127.0.0.1"), -30, -1);
        CityApiClient client(settingsFor(*city), &m_network);
        const ApiResult r = get(client, "/services");
        QCOMPARE(r.error, ApiError::TlsExpired);
        QVERIFY(!r.userMessage().isEmpty());
        QVERIFY(city->hits.isEmpty());
    }

    void checksThePublicKeyPin()
    {
        const TestIdentity identity = TestCertificates::server(m_env->ca, "IP:127.0.0.1");
        FakeCityServer city(identity);
        city.handler = [](const FakeCityServer::Hit&, QHttpServerResponder& r) {
            FakeCityServer::answer(r, 200, FakeCityServer::ok(QJsonArray()));
        };
        ApiSettings pinned = settingsFor(city);
        pinned.pinSha256 = TlsPolicy::pinOf(identity.certificate);
        CityApiClient good(pinned, &m_network);
        QVERIFY(get(good, "/categories").ok());

        m_network.clearConnectionCache();
        pinned.pinSha256 = TlsPolicy::pinOf(m_env->otherCa.certificate);
        CityApiClient bad(pinned, &m_network);
        const int before = city.hits.size();
        QCOMPARE(get(bad, "/categories").error, ApiError::TlsPinMismatch);
        QCOMPARE(city.hits.size(), before);
    }

    void missingCaFileIsAConfigurationError()
    {
        auto city = server();
        CityApiClient client(settingsFor(*city, m_env->dir.filePath("absent.pem")), &m_network);
        QCOMPARE(get(client, "/services").error, ApiError::NotConfigured);
    }

    void retriesOnlyIdempotentCalls()
    {
        auto city = server();
        city->handler = [](const FakeCityServer::Hit&, QHttpServerResponder& r) {
            FakeCityServer::answer(r, 500, FakeCityServer::failure("upstream", "internal"));
        };
        CityApiClient client(settingsFor(*city), &m_network);
        ApiResult r = get(client, "/services");
        QCOMPARE(r.error, ApiError::ServerError);
        QCOMPARE(city->hits.size(), 3); // GET: 1 + 2 retries

        city->hits.clear();
        ApiRequest unkeyed;
        unkeyed.method = "POST";
        unkeyed.path = "/auth/logout";
        unkeyed.body = QJsonObject();
        QCOMPARE(call(client, unkeyed).error, ApiError::ServerError);
        QCOMPARE(city->hits.size(), 1); // a POST without a key is never repeated

        city->hits.clear();
        ApiRequest keyed = unkeyed;
        keyed.path = "/requests";
        keyed.idempotencyKey = CityApiClient::newIdempotencyKey();
        QCOMPARE(call(client, keyed).error, ApiError::ServerError);
        QCOMPARE(city->hits.size(), 3);
        for (const FakeCityServer::Hit& hit : std::as_const(city->hits))
            QCOMPARE(hit.headers.value("idempotency-key"), keyed.idempotencyKey.toLatin1());
    }

    void retryRecoversFromATransientError()
    {
        auto city = server();
        int calls = 0;
        city->handler = [&calls](const FakeCityServer::Hit&, QHttpServerResponder& r) {
            if (++calls == 1)
                FakeCityServer::answer(r, 503, FakeCityServer::failure("upstream", "busy"));
            else
                FakeCityServer::answer(r, 200, FakeCityServer::ok(QJsonArray { 1 }));
        };
        CityApiClient client(settingsFor(*city), &m_network);
        const ApiResult r = get(client, "/categories");
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 2);
    }

    void aTooSlowServerTimesOut()
    {
        auto city = server();
        FakeCityServer* raw = city.get();
        city->handler
            = [raw](const FakeCityServer::Hit&, QHttpServerResponder& r) { raw->hold(r); };
        ApiSettings s = settingsFor(*city);
        s.readTimeoutMs = 300;
        s.maxRetries = 0;
        CityApiClient client(s, &m_network);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(get(client, "/services").error, ApiError::Timeout);
        QVERIFY(timer.elapsed() >= 250 && timer.elapsed() < 5000);
    }

    void malformedJson()
    {
        auto city = server();
        city->handler = [](const FakeCityServer::Hit&, QHttpServerResponder& r) {
            r.write(QByteArray("{\"err\":0,\"data\":[1,"), "application/json");
        };
        CityApiClient client(settingsFor(*city), &m_network);
        QCOMPARE(get(client, "/services").error, ApiError::MalformedResponse);
    }

    void unreachableServer()
    {
        quint16 port = 0;
        {
            auto city = server();
            port = city->port();
        } // closed again: nothing listens there any more
        ApiSettings s;
        s.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(port));
        s.caFile = m_env->caFile;
        s.maxRetries = 0;
        CityApiClient client(s, &m_network);
        QCOMPARE(get(client, "/services").error, ApiError::NetworkUnreachable);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("400") << 400 << int(ApiError::BadRequest);
        QTest::newRow("401") << 401 << int(ApiError::Unauthorized);
        QTest::newRow("403") << 403 << int(ApiError::Forbidden);
        QTest::newRow("404") << 404 << int(ApiError::NotFound);
        QTest::newRow("409") << 409 << int(ApiError::Conflict);
        QTest::newRow("413") << 413 << int(ApiError::PayloadTooLarge);
        QTest::newRow("415") << 415 << int(ApiError::UnsupportedMediaType);
        QTest::newRow("502") << 502 << int(ApiError::ServerError);
    }
    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(int, expected);
        auto city = server();
        city->handler = [status](const FakeCityServer::Hit&, QHttpServerResponder& r) {
            FakeCityServer::answer(r, status, FakeCityServer::failure("x", "some_code"));
        };
        ApiSettings s = settingsFor(*city);
        s.maxRetries = 0;
        CityApiClient client(s, &m_network);
        const ApiResult r = get(client, "/x");
        QCOMPARE(int(r.error), expected);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.errorCode, QStringLiteral("some_code"));
        QVERIFY(!r.userMessage().isEmpty());
    }

    void rateLimitedCarriesRetryAfter()
    {
        auto city = server();
        city->handler = [](const FakeCityServer::Hit&, QHttpServerResponder& r) {
            FakeCityServer::answer(
                r, 429, FakeCityServer::failure("rate_limited", "rate_limited", {}, 7));
        };
        CityApiClient client(settingsFor(*city), &m_network);
        const ApiResult r = get(client, "/x");
        QCOMPARE(r.error, ApiError::RateLimited);
        QCOMPARE(r.retryAfterSeconds, 7);
        QVERIFY2(r.userMessage().contains("7"), qPrintable(r.userMessage()));
        QCOMPARE(city->hits.size(), 1); // the wait is the caller's to show, not ours to retry
    }

    void followsNoRedirect()
    {
        // A hostile network or a hijacked front sends the app elsewhere: the app goes nowhere.
        auto city = server();
        city->handler = [](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
            if (hit.path.endsWith(QLatin1String("/elsewhere"))) {
                FakeCityServer::answer(
                    r, 200, FakeCityServer::ok(QJsonObject { { "hello", "elsewhere" } }));
                return;
            }
            FakeCityServer::answer(
                r, 302, QJsonObject {}, { { "Location", QByteArray("/v1/elsewhere") } });
        };
        CityApiClient client(settingsFor(*city), &m_network);
        const ApiResult r = get(client, "/x");
        QVERIFY(r.error != ApiError::None);
        QCOMPARE(city->hits.size(), 1); // never followed
        QVERIFY(!r.data.toObject().value(QStringLiteral("hello")).isString());
    }

    void validationErrorsPerField()
    {
        auto city = server();
        city->handler = [](const FakeCityServer::Hit&, QHttpServerResponder& r) {
            const QJsonObject fields { { "email", QJsonArray { "Adresse invalide." } },
                { "copies", QJsonArray { "Trop grand.", "Pas un nombre." } } };
            FakeCityServer::answer(
                r, 422, FakeCityServer::failure("validation", "validation_failed", fields));
        };
        CityApiClient client(settingsFor(*city), &m_network);
        ApiRequest post;
        post.method = "POST";
        post.path = "/requests";
        post.body = QJsonObject();
        post.idempotencyKey = CityApiClient::newIdempotencyKey();
        const ApiResult r = call(client, post);
        QCOMPARE(r.error, ApiError::ValidationFailed);
        QCOMPARE(r.fieldErrors.value("email"), QStringList { "Adresse invalide." });
        QCOMPARE(r.fieldErrors.value("copies").size(), 2);
        QCOMPARE(city->hits.size(), 1); // 422 is definitive
    }

    void etagRevalidation()
    {
        auto city = server();
        city->handler = [](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
            if (hit.headers.value("if-none-match") == "\"v3\"") {
                r.write(QHttpServerResponder::StatusCode::NotModified);
                return;
            }
            FakeCityServer::answer(r, 200, FakeCityServer::ok(QJsonObject { { "version", 3 } }),
                { { "ETag", "\"v3\"" } });
        };
        CityApiClient client(settingsFor(*city), &m_network);
        const ApiResult first = get(client, "/services/acte/schema");
        QVERIFY(first.ok());
        QCOMPARE(first.etag, QStringLiteral("\"v3\""));
        ApiRequest again;
        again.path = "/services/acte/schema";
        again.ifNoneMatch = first.etag;
        const ApiResult second = call(client, again);
        QVERIFY(second.ok());
        QVERIFY(second.notModified);
    }

    // Every end of a session logs its token out at the city, with that very token.
    void endSessionLogsTheTokenOutAtTheCity()
    {
        auto city = server();
        CityApiClient client(settingsFor(*city), &m_network);
        client.setSessionToken("tok-a");
        const quint64 before = client.sessionGeneration();
        client.endSession();
        QVERIFY(!client.hasSession());
        QVERIFY(client.sessionGeneration() != before);
        QTRY_COMPARE_WITH_TIMEOUT(city->hits.size(), 1, 5000);
        QCOMPARE(city->hits.first().method, QByteArray("POST"));
        QCOMPARE(city->hits.first().path, QStringLiteral("/v1/auth/logout"));
        QCOMPARE(city->hits.first().headers.value("authorization"), QByteArray("Bearer tok-a"));

        client.endSession(); // no session: nothing to tell the city
        QTest::qWait(100);
        QCOMPARE(city->hits.size(), 1);
    }

    // A's call is answered after A's session ended and B's began: B's screens never see it.
    void anAnswerOfAnEndedSessionIsDropped()
    {
        auto city = server();
        std::unique_ptr<QHttpServerResponder> held;
        city->handler = [&held](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
            if (hit.path == QLatin1String("/v1/me"))
                held = std::make_unique<QHttpServerResponder>(std::move(r));
            else
                FakeCityServer::answer(r, 200, FakeCityServer::ok(QJsonObject {}));
        };
        CityApiClient client(settingsFor(*city), &m_network);
        client.setSessionToken("tok-a");
        int answers = 0;
        client.get("/me", this, [&answers](const ApiResult&) { ++answers; });
        QTRY_VERIFY_WITH_TIMEOUT(held != nullptr, 5000);
        client.endSession();
        client.setSessionToken("tok-b");
        FakeCityServer::answer(
            *held, 200, FakeCityServer::ok(QJsonObject { { "email", "citizen-a@namur.be" } }));
        QTest::qWait(300);
        QCOMPARE(answers, 0);
    }

    // A transient failure of A's call is not retried once A's session ended: a retry would
    // otherwise carry whatever token is current, B's.
    void aRetryNeverCarriesTheNextCitizensToken()
    {
        auto city = server();
        city->handler = [](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
            if (hit.path == QLatin1String("/v1/requests"))
                FakeCityServer::answer(r, 503, FakeCityServer::failure("upstream", "busy"));
            else
                FakeCityServer::answer(r, 200, FakeCityServer::ok(QJsonObject {}));
        };
        ApiSettings settings = settingsFor(*city);
        settings.retryBaseMs = 400;
        CityApiClient client(settings, &m_network);
        client.setSessionToken("tok-a");
        int answers = 0;
        client.get("/requests", this, [&answers](const ApiResult&) { ++answers; });
        QTRY_COMPARE_WITH_TIMEOUT(city->hits.size(), 1, 5000);
        QTest::qWait(150); // the 503 is in; the retry waits 400 ms
        client.endSession();
        client.setSessionToken("tok-b");
        QTest::qWait(1200);
        for (const FakeCityServer::Hit& hit : std::as_const(city->hits)) {
            if (hit.path == QLatin1String("/v1/requests"))
                QCOMPARE(hit.headers.value("authorization"), QByteArray("Bearer tok-a"));
        }
        QCOMPARE(answers, 0);
    }

    // The card is pulled while the city is still answering the login: the session it opens
    // belongs to nobody. It is not opened here and its token is logged out at the city.
    void aLoginAnsweredAfterTheSessionEndedIsRevoked()
    {
        auto city = server();
        std::unique_ptr<QHttpServerResponder> held;
        city->handler = [&held](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
            if (hit.path == QLatin1String("/v1/auth/password"))
                held = std::make_unique<QHttpServerResponder>(std::move(r));
            else
                FakeCityServer::answer(r, 200, FakeCityServer::ok(QJsonObject {}));
        };
        CityApiClient client(settingsFor(*city), &m_network);
        int answers = 0;
        client.post("/auth/password", QJsonObject { { "email", "a@namur.be" } }, this,
            [&answers](const ApiResult&) { ++answers; });
        QTRY_VERIFY_WITH_TIMEOUT(held != nullptr, 5000);
        client.endSession(); // the card is pulled
        FakeCityServer::answer(
            *held, 200, FakeCityServer::ok(QJsonObject { { "session_token", "late-tok" } }));
        QTRY_COMPARE_WITH_TIMEOUT(city->hits.size(), 2, 5000);
        QCOMPARE(city->hits.last().path, QStringLiteral("/v1/auth/logout"));
        QCOMPARE(city->hits.last().headers.value("authorization"), QByteArray("Bearer late-tok"));
        QCOMPARE(answers, 0);
        QVERIFY(!client.hasSession());
    }

    // Public data (catalogue) carries no citizen's token and is not ended with a session.
    void publicCallsOutliveTheSession()
    {
        auto city = server();
        std::unique_ptr<QHttpServerResponder> held;
        city->handler = [&held](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
            if (hit.path == QLatin1String("/v1/categories"))
                held = std::make_unique<QHttpServerResponder>(std::move(r));
            else
                FakeCityServer::answer(r, 200, FakeCityServer::ok(QJsonObject {}));
        };
        CityApiClient client(settingsFor(*city), &m_network);
        client.setSessionToken("tok-a");
        ApiRequest request;
        request.path = "/categories";
        request.withoutSession = true;
        int answers = 0;
        client.send(request, this, [&answers](const ApiResult&) { ++answers; });
        QTRY_VERIFY_WITH_TIMEOUT(held != nullptr, 5000);
        QVERIFY(!city->hits.first().headers.contains("authorization"));
        client.endSession();
        FakeCityServer::answer(*held, 200, FakeCityServer::ok(QJsonArray {}));
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 5000);
    }
};

QTEST_GUILESS_MAIN(TestCityApiClient)
#include "tst_cityapiclient.moc"
