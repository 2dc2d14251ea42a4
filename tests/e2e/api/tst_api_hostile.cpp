// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input: malformed JSON, huge bodies, wrong content types, unknown routes and
// fields, bad tokens, login throttling with exponential back-off; the server must survive.
#include "apiclient.h"
#include "sandboxprocess.h"
#include "sandboxrequests.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

class TestApiHostile : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;

    void verifyEnvelope(const ApiReply& r, int status, const QString& code)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.json["err"].toInt(), 1);
        QCOMPARE(r.errCode(), code);
        QVERIFY(!r.json["err_class"].toString().isEmpty());
        QVERIFY(!r.json["err_desc"].toString().isEmpty());
        QVERIFY(r.json["errors"].isObject());
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(
            m_sandbox.start({ "--login-free-attempts", "2", "--login-backoff-ms", "1000" }, &why),
            qPrintable(why));
        m_api = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
    }

    void malformed_json_is_400()
    {
        for (const QByteArray& body : { QByteArray("{"), QByteArray("[1,2]"), QByteArray("\"x\""),
                 QByteArray("{\"email\": }"), QByteArray("\xff\xfe{}") }) {
            const ApiReply r = m_api->raw("POST", "/auth/password", body, "application/json");
            verifyEnvelope(r, 400, "malformed_json");
            QCOMPARE(r.json["err_class"].toString(), QString("bad_request"));
        }
    }

    void missing_or_made_up_values_are_422()
    {
        // Well-formed JSON that says too little or names nothing real: 422, nothing done.
        ApiReply r = m_api->call("POST", "/auth/password", {});
        verifyEnvelope(r, 422, "validation_failed");
        QVERIFY(r.json["errors"].toObject().contains("email"));
        QVERIFY(r.json["errors"].toObject().contains("password"));
        verifyEnvelope(m_api->call("POST", "/me/email-change/confirm", { { "token", "made-up" } }),
            422, "token_invalid");
        ApiClient citizen(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(citizen.login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        const QString request = filePricedRequest(citizen);
        QVERIFY(!request.isEmpty());
        r = citizen.call(
            "POST", "/requests/" + request + "/actions/comment", { { "comment", "   " } });
        verifyEnvelope(r, 422, "validation_failed");
        QVERIFY(r.json["errors"].toObject().contains("comment"));
    }

    void every_public_post_refuses_malformed_json_and_every_read_a_huge_body()
    {
        // The 400 and 413 answers the contract declares, on each operation that declares them.
        for (const char* path : { "/accounts/activation/resend", "/accounts/password-reset",
                 "/password-policy/check", "/auth/eid/challenge" })
            verifyEnvelope(
                m_api->raw("POST", path, "{", "application/json"), 400, "malformed_json");
        const QByteArray big(10 * 1024 * 1024 + 16, ' ');
        for (const char* path : { "/password-policy", "/categories", "/services" })
            verifyEnvelope(
                m_api->raw("GET", path, big, "application/json"), 413, "payload_too_large");
    }

    void wrong_content_type_is_415()
    {
        const ApiReply r = m_api->raw(
            "POST", "/auth/password", "email=a&password=b", "application/x-www-form-urlencoded");
        verifyEnvelope(r, 415, "unsupported_media_type");
        const ApiReply charset = m_api->raw("POST", "/password-policy/check",
            "{\"password\":\"x\"}", "application/json; charset=utf-8");
        QCOMPARE(charset.status, 200);
    }

    void body_over_10_mb_is_413()
    {
        const QByteArray big = "{\"password\":\"" + QByteArray(10 * 1024 * 1024 + 16, 'a') + "\"}";
        verifyEnvelope(m_api->raw("POST", "/password-policy/check", big, "application/json"), 413,
            "payload_too_large");
        // Just under the limit is processed.
        const QByteArray fits = "{\"password\":\"" + QByteArray(9 * 1024 * 1024, 'a') + "\"}";
        QCOMPARE(
            m_api->raw("POST", "/password-policy/check", fits, "application/json").status, 200);
    }

    void unknown_routes_and_fields()
    {
        verifyEnvelope(m_api->call("GET", "/nothing-here"), 404, "not_found");
        verifyEnvelope(m_api->call("DELETE", "/categories"), 404, "not_found");
        const ApiReply r = m_api->call("POST", "/password-policy/check",
            { { "password", "Abc-123" }, { "surprise", QJsonObject { { "a", 1 } } } });
        QCOMPARE(r.status, 200);
        QVERIFY(r.data()["ok"].toBool());
    }

    void bad_sessions_are_401()
    {
        ApiClient api(m_sandbox.apiUrl(), m_sandbox.ca());
        for (const char* token : { "", "forged", "\xc3\xa9t\xc3\xa9" }) {
            api.setToken(QString::fromUtf8(token));
            verifyEnvelope(api.call("GET", "/me"), 401, "session_required");
        }
        verifyEnvelope(
            m_api->call("GET", "/requests", {}, { { "Authorization", "Basic Zm9vOmJhcg==" } }), 401,
            "session_required");
    }

    void every_session_operation_needs_a_session()
    {
        // Each operation the contract gives `security: bearer`, without a session: 401
        // session_required and nothing done (the contract validator checks every body too).
        ApiClient anonymous(m_sandbox.apiUrl(), m_sandbox.ca());
        const QList<QPair<QByteArray, QString>> operations { { "GET", "/me" }, { "PATCH", "/me" },
            { "POST", "/auth/logout" }, { "POST", "/me/email-change" }, { "GET", "/requests" },
            { "POST", "/requests" }, { "GET", "/requests/1" }, { "GET", "/requests/1/documents/1" },
            { "POST", "/requests/1/actions/cancel" }, { "GET", "/basket" }, { "GET", "/payments" },
            { "POST", "/payments" }, { "GET", "/payments/1" } };
        for (const auto& [method, path] : operations) {
            const ApiReply r = anonymous.call(method, path, { { "method", "qr" } });
            QVERIFY2(r.status == 401, qPrintable(method + ' ' + path));
            QCOMPARE(r.errCode(), QString("session_required"));
        }
    }

    void login_throttling_backs_off_exponentially()
    {
        ApiClient api(m_sandbox.apiUrl(), m_sandbox.ca());
        const QJsonObject wrong { { "email", ApiClient::DemoEmail }, { "password", "wrong" } };
        verifyEnvelope(api.call("POST", "/auth/password", wrong), 401, "invalid_credentials");
        verifyEnvelope(api.call("POST", "/auth/password", wrong), 401, "invalid_credentials");
        verifyEnvelope(api.call("POST", "/auth/password", wrong), 401, "invalid_credentials");
        api.setLanguage("de");
        ApiReply r = api.call("POST", "/auth/password", wrong);
        verifyEnvelope(r, 429, "rate_limited");
        QVERIFY(r.json["retry_after"].toInt() >= 1);
        QCOMPARE(r.header("retry-after"), QByteArray::number(r.json["retry_after"].toInt()));
        QVERIFY(r.json["err_desc"].toString().contains("Sekunden"));
        // Even the right password waits out the back-off.
        r = api.call("POST", "/auth/password",
            { { "email", ApiClient::DemoEmail }, { "password", ApiClient::DemoPassword } });
        QCOMPARE(r.status, 429);
        QTest::qWait(1100); // base 1 s for the first blocked attempt
        verifyEnvelope(api.call("POST", "/auth/password", wrong), 401, "invalid_credentials");
        QElapsedTimer waited;
        waited.start();
        // The second blocked step is twice as long (2 s): still refused after 1.1 s.
        QTest::qWait(1100);
        QCOMPARE(api.call("POST", "/auth/password", wrong).status, 429);
        QTRY_VERIFY_WITH_TIMEOUT(api.login(ApiClient::DemoEmail, ApiClient::DemoPassword), 5000);
        QVERIFY(waited.elapsed() >= 1800);
    }

    void without_dev_there_are_no_dev_routes_nor_demo_data()
    {
        // What a city runs: no --dev. The test hooks are absent (404, as an unknown route),
        // even for a loopback caller, and no demo citizen exists.
        SandboxProcess production;
        QString why;
        QVERIFY2(production.start({}, &why, SandboxProcess::Mode::Production), qPrintable(why));
        ApiClient api(production.apiUrl(), production.ca());
        verifyEnvelope(api.call("GET", "/dev/mail"), 404, "not_found");
        verifyEnvelope(
            api.call("GET", "/dev/mail?to=" + QString(ApiClient::DemoEmail)), 404, "not_found");
        verifyEnvelope(api.call("GET", "/dev/devices"), 404, "not_found");
        verifyEnvelope(api.call("POST", "/dev/requests/1/advance"), 404, "not_found");
        verifyEnvelope(api.call("POST", "/dev/payments/1/outcome", { { "outcome", "accept" } }),
            404, "not_found");
        verifyEnvelope(
            api.call("POST", "/auth/password",
                { { "email", ApiClient::DemoEmail }, { "password", ApiClient::DemoPassword } }),
            401, "invalid_credentials");
        // The rest of the API is there.
        QCOMPARE(api.call("GET", "/categories").status, 200);

        // With --dev (the suite's sandbox): the hooks and the demo citizen are there.
        QCOMPARE(m_api->call("GET", "/dev/devices").status, 200);
        QCOMPARE(m_api->call("GET", "/dev/mail").status, 200);
        ApiClient demo(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(demo.login(ApiClient::DemoEmail, ApiClient::DemoPassword));
    }

    void random_garbage_never_kills_the_server()
    {
        QRandomGenerator rng(20261127);
        const QStringList paths { "/requests", "/payments", "/accounts", "/me", "/auth/eid/verify",
            "/devices/x/heartbeat", "/dev/requests/1/advance", "/provider/checkout/1/pay",
            "/dev/payments/1/outcome" };
        for (int i = 0; i < 60; ++i) {
            QByteArray junk(rng.bounded(1, 400), Qt::Uninitialized);
            for (char& c : junk)
                c = char(rng.bounded(256));
            if (i % 3 == 0)
                junk = "{\"service\":" + junk + "}";
            if (i % 5 == 0)
                junk = "{\"data\":{\"copies\":[[[[]]]],\"purpose\":{\"a\":null}},\"service\":"
                       "\"composition-de-menage\","
                       "\"items\":[null,{},1e309],\"method\":7,\"outcome\":[]}";
            const ApiReply r = m_api->raw(i % 4 == 0 ? "PATCH" : "POST", paths.at(i % paths.size()),
                junk, i % 7 == 0 ? "text/plain" : "application/json");
            QVERIFY2(r.status >= 200 && r.status < 500, qPrintable(QString::number(r.status)));
        }
        QCOMPARE(m_api->call("GET", "/categories").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestApiHostile)
#include "tst_api_hostile.moc"
