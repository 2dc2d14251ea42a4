// SPDX-License-Identifier: GPL-3.0-or-later
// The checks every call goes through, without a network: size, content type, JSON,
// sessions, idempotency, loopback-only /dev, exceptions.
#include "database.h"
#include "idempotency.h"
#include "router.h"

#include <QJsonDocument>
#include <QtTest>
#include <stdexcept>

class TestCityRouter : public QObject
{
    Q_OBJECT
    QSqlDatabase m_db;
    std::unique_ptr<IdempotencyStore> m_store;
    Router m_router;
    int m_calls = 0;

    ApiRequest request(const QString& method, const QString& path, const QByteArray& body = {},
        const QByteArray& type = "application/json")
    {
        ApiRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.peer = QHostAddress::LocalHost;
        if (!type.isEmpty())
            r.headers.insert("content-type", type);
        return r;
    }
    static QJsonObject json(const ApiResponse& r)
    {
        return QJsonDocument::fromJson(r.body).object();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(openCityDatabase(":memory:", &m_db, &error), qPrintable(error));
        m_store = std::make_unique<IdempotencyStore>(m_db);
        m_router.setIdempotencyStore(m_store.get());
        m_router.setSessionResolver([](ApiRequest& r) {
            if (r.header("authorization") == "Bearer good")
                r.accountId = 7;
        });
        m_router.add(
            "POST", "/v1/things",
            [this](ApiRequest& r) {
                if (r.json.value("x") == QJsonValue("bad"))
                    return fail(r, ApiError::validation({ { "x", { "field_invalid" } } }));
                ++m_calls;
                return ApiResponse::ok(
                    QJsonObject { { "n", m_calls }, { "echo", r.json.value("x") } }, 201);
            },
            Router::Creating);
        m_router.add("GET", "/v1/things/{id}", [](ApiRequest& r) {
            return ApiResponse::ok(QJsonObject { { "id", r.param("id") } });
        });
        m_router.add(
            "GET", "/v1/mine", [](ApiRequest& r) { return ApiResponse::ok(double(r.accountId)); },
            Router::NeedsSession);
        m_router.add(
            "GET", "/v1/boom", [](ApiRequest&) -> ApiResponse { throw std::runtime_error("bug"); });
        m_router.add("GET", "/dev/secret", [](ApiRequest&) { return ApiResponse::ok(true); });
    }

    void params_and_unknown_paths()
    {
        ApiRequest r = request("GET", "/v1/things/42");
        QCOMPARE(json(m_router.dispatch(r))["data"].toObject()["id"].toString(), QString("42"));
        r = request("GET", "/v1/things/42/more");
        QCOMPARE(m_router.dispatch(r).status, 404);
        r = request("DELETE", "/v1/things/42");
        QCOMPARE(m_router.dispatch(r).status, 404);
    }

    void body_checks()
    {
        ApiRequest r = request("POST", "/v1/things", "{\"x\":1}", "text/plain");
        QCOMPARE(m_router.dispatch(r).status, 415);
        r = request("POST", "/v1/things", "{\"x\":", "application/json");
        QCOMPARE(m_router.dispatch(r).status, 400);
        r = request("POST", "/v1/things", "[]", "application/json");
        QCOMPARE(m_router.dispatch(r).status, 400);
        r = request(
            "POST", "/v1/things", QByteArray(Router::MaxBodyBytes + 1, ' '), "application/json");
        QCOMPARE(m_router.dispatch(r).status, 413);
        r = request("POST", "/v1/things", "", {});
        QCOMPARE(m_router.dispatch(r).status, 201); // an empty body is {}
    }

    void sessions_and_languages()
    {
        ApiRequest r = request("GET", "/v1/mine");
        r.headers.insert("accept-language", "en");
        const ApiResponse refused = m_router.dispatch(r);
        QCOMPARE(refused.status, 401);
        QCOMPARE(json(refused)["err_desc"].toString(), QString("Please log in."));
        r = request("GET", "/v1/mine");
        r.headers.insert("authorization", "Bearer good");
        QCOMPARE(json(m_router.dispatch(r))["data"].toInt(), 7);
    }

    void idempotency()
    {
        const int before = m_calls;
        ApiRequest r = request("POST", "/v1/things", "{\"x\":\"a\"}");
        r.headers.insert("idempotency-key", "k1");
        const ApiResponse first = m_router.dispatch(r);
        r = request("POST", "/v1/things", "{\"x\":\"a\"}");
        r.headers.insert("idempotency-key", "k1");
        const ApiResponse replay = m_router.dispatch(r);
        QCOMPARE(m_calls, before + 1);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.status, 201);
        r = request("POST", "/v1/things", "{\"x\":\"b\"}");
        r.headers.insert("idempotency-key", "k1");
        QCOMPARE(m_router.dispatch(r).status, 409);
        // Another caller may use the same key for its own request.
        r = request("POST", "/v1/things", "{\"x\":\"b\"}");
        r.headers.insert("idempotency-key", "k1");
        r.headers.insert("authorization", "Bearer good");
        QCOMPARE(m_router.dispatch(r).status, 201);
        QCOMPARE(m_calls, before + 2);
        // A refused body is not remembered: the corrected body may reuse the key.
        r = request("POST", "/v1/things", "{\"x\":\"bad\"}");
        r.headers.insert("idempotency-key", "k2");
        QCOMPARE(m_router.dispatch(r).status, 422);
        r = request("POST", "/v1/things", "{\"x\":\"good\"}");
        r.headers.insert("idempotency-key", "k2");
        QCOMPARE(m_router.dispatch(r).status, 201);
    }

    void dev_is_loopback_only_and_bugs_are_500()
    {
        ApiRequest r = request("GET", "/dev/secret");
        QCOMPARE(m_router.dispatch(r).status, 200);
        r = request("GET", "/dev/secret");
        r.peer = QHostAddress("192.0.2.10");
        QCOMPARE(m_router.dispatch(r).status, 404);
        r = request("GET", "/v1/boom");
        const ApiResponse boom = m_router.dispatch(r);
        QCOMPARE(boom.status, 500);
        QCOMPARE(json(boom)["err_code"].toString(), QString("internal_error"));
    }
};

QTEST_GUILESS_MAIN(TestCityRouter)
#include "tst_city_router.moc"
