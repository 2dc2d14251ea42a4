// SPDX-License-Identifier: GPL-3.0-or-later
// Requests: server-side validation per form-schema.md, workflow and history, PDF documents,
// actions, idempotent submission, eID-only services.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QtTest>
#include <QUuid>

class TestApiRequests : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;

    static QJsonObject household(const QString& purpose = "school")
    {
        return { { "service", "composition-de-menage" },
            { "data",
                QJsonObject { { "beneficiary", "me" }, { "purpose", purpose }, { "copies", "2" },
                    { "delivery", "pickup" }, { "email", "demo@namur.example" },
                    { "phone", "081/24.60.00" }, { "unknown_field", "ignored" } } } };
    }
    static QJsonObject withData(QJsonObject body, const QString& key, const QJsonValue& v)
    {
        QJsonObject data = body["data"].toObject();
        if (v.isUndefined())
            data.remove(key);
        else
            data.insert(key, v);
        body.insert("data", data);
        return body;
    }
    QStringList errorKeys(const ApiReply& r) { return r.json["errors"].toObject().keys(); }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_sandbox.start({}, &why), qPrintable(why));
        m_api = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(m_api->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
    }

    void submission_needs_a_session()
    {
        ApiClient anonymous(m_sandbox.apiUrl(), m_sandbox.ca());
        const ApiReply r = anonymous.call("POST", "/requests", household());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errCode(), QString("session_required"));
        QCOMPARE(r.json["err_class"].toString(), QString("auth"));
    }

    void free_request_goes_to_processing_then_done_with_a_pdf()
    {
        ApiReply r = m_api->call("POST", "/requests", household());
        QCOMPARE(r.status, 201);
        const QJsonObject created = r.data().toObject();
        QCOMPARE(created["status"].toObject()["id"].toString(), QString("in_process"));
        QCOMPARE(created["amount_cents"].toInt(), 0);
        QCOMPARE(created["next"].toObject()["type"].toString(), QString("none"));
        const QString id = created["id"].toString();
        // The locked eID prefill comes from the card's data, not from the client.
        bool sawSurname = false;
        for (const QJsonValue& f : created["fields"].toArray())
            sawSurname = sawSurname || f.toObject()["value_text"].toString() == "Spécimen";
        QVERIFY(sawSurname);

        r = m_api->call("POST", "/dev/requests/" + id + "/advance");
        QCOMPARE(r.status, 200);
        const QJsonObject done = m_api->call("GET", "/requests/" + id).data().toObject();
        QCOMPARE(done["status"].toObject()["id"].toString(), QString("done"));
        QVERIFY(done["status"].toObject()["final"].toBool());
        const QJsonArray history = done["history"].toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(
            history.at(0).toObject()["status"].toObject()["id"].toString(), QString("submitted"));
        QCOMPARE(history.at(2).toObject()["status"].toObject()["id"].toString(), QString("done"));
        const QJsonArray docs = done["documents"].toArray();
        QCOMPARE(docs.size(), 1);
        const ApiReply pdf = m_api->call("GET", docs.at(0).toObject()["url"].toString());
        QCOMPARE(pdf.status, 200);
        QCOMPARE(pdf.header("content-type"), QByteArray("application/pdf"));
        QVERIFY(pdf.body.startsWith("%PDF-1.4"));
        QVERIFY(pdf.body.contains(done["number"].toString().toLatin1()));
        QVERIFY(pdf.header("content-disposition").contains(".pdf"));
        // Each status change was mailed to the citizen.
        QVERIFY(m_api->lastMail(ApiClient::DemoEmail)["subject"].toString().contains(
            done["number"].toString()));
    }

    void priced_request_waits_in_the_basket()
    {
        const ApiReply r = m_api->call("POST", "/requests", household("abroad"));
        QCOMPARE(r.status, 201);
        const QJsonObject d = r.data().toObject();
        QCOMPARE(d["status"].toObject()["id"].toString(), QString("awaiting_payment"));
        QCOMPARE(d["amount_cents"].toInt(), 2 * 500); // option price times copies
        QCOMPARE(d["next"].toObject()["type"].toString(), QString("payment"));
        QCOMPARE(d["needs_action"].toString(), QString("payment"));
        bool inBasket = false;
        for (const QJsonValue& item : m_api->call("GET", "/basket").data()["items"].toArray())
            inBasket = inBasket || item.toObject()["request_id"].toString() == d["id"].toString();
        QVERIFY(inBasket);
    }

    void validation_errors_per_field_in_four_languages_data()
    {
        QTest::addColumn<QByteArray>("language");
        QTest::addColumn<QString>("required");
        QTest::newRow("fr") << QByteArray("fr") << "Ce champ est obligatoire.";
        QTest::newRow("nl") << QByteArray("nl") << "Dit veld is verplicht.";
        QTest::newRow("de") << QByteArray("de") << "Dieses Feld ist erforderlich.";
        QTest::newRow("en") << QByteArray("en") << "This field is required.";
    }
    void validation_errors_per_field_in_four_languages()
    {
        QFETCH(QByteArray, language);
        QFETCH(QString, required);
        m_api->setLanguage(language);
        const ApiReply r = m_api->call(
            "POST", "/requests", withData(household(), "purpose", QJsonValue::Undefined));
        m_api->setLanguage({});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errCode(), QString("validation_failed"));
        QCOMPARE(r.json["err_class"].toString(), QString("validation"));
        QCOMPARE(r.json["errors"].toObject()["purpose"].toArray().at(0).toString(), required);
    }

    void validators_options_dates_and_post_conditions()
    {
        ApiReply r = m_api->call("POST", "/requests", withData(household(), "purpose", "bribe"));
        QCOMPARE(errorKeys(r), QStringList { "purpose" });
        r = m_api->call("POST", "/requests", withData(household(), "phone", "12345"));
        QCOMPARE(errorKeys(r), QStringList { "phone" });
        r = m_api->call("POST", "/requests", withData(household(), "reference_date", "2999-01-01"));
        QCOMPARE(errorKeys(r), QStringList { "reference_date" });
        r = m_api->call("POST", "/requests", withData(household(), "reference_date", "2023-02-30"));
        QCOMPARE(errorKeys(r), QStringList { "reference_date" });
        r = m_api->call("POST", "/requests", withData(household(), "copies", "21"));
        QCOMPARE(r.status, 422);
        QCOMPARE(errorKeys(r), QStringList { "page:details" });
        QVERIFY(
            r.json["errors"].toObject()["page:details"].toArray().at(0).toString().contains("20"));
        r = m_api->call("POST", "/requests", withData(household(), "copies", "0"));
        QCOMPARE(errorKeys(r), QStringList { "page:details" });
    }

    void conditions_decide_what_is_required_and_kept()
    {
        // Third party: their names, a birth date or national number, and the proxy.
        QJsonObject body = withData(household(), "beneficiary", "third_party");
        ApiReply r = m_api->call("POST", "/requests", body);
        QCOMPARE(r.status, 422);
        QStringList keys = errorKeys(r);
        keys.sort();
        QCOMPARE(keys,
            (QStringList {
                "proxy_document", "third_birth_date", "third_first_names", "third_surname" }));

        body = withData(body, "third_surname", "Dupont");
        body = withData(body, "third_first_names", "Marc");
        body = withData(body, "third_national_number", "85073003328");
        body = withData(body, "proxy_document",
            QJsonObject { { "name", "procuration.png" }, { "content_type", "image/gif" },
                { "base64", QString::fromLatin1(QByteArray("GIF89a").toBase64()) } });
        r = m_api->call("POST", "/requests", body);
        QCOMPARE(errorKeys(r), QStringList { "proxy_document" }); // type not accepted
        body = withData(body, "proxy_document",
            QJsonObject { { "name", "procuration.pdf" }, { "content_type", "application/pdf" },
                { "base64", QString::fromLatin1(QByteArray("%PDF-1.4 test").toBase64()) } });
        r = m_api->call("POST", "/requests", body);
        QCOMPARE(r.status, 201);

        // Back to "me": the third-party fields are hidden, so neither checked nor kept.
        body = withData(body, "beneficiary", "me");
        body = withData(body, "third_national_number", "not a number");
        r = m_api->call("POST", "/requests", body);
        QCOMPARE(r.status, 201);
        for (const QJsonValue& f : r.data()["fields"].toArray())
            QVERIFY(f.toObject()["value_text"].toString() != "Dupont");
    }

    void idempotency_key_replays_or_conflicts()
    {
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const ApiReply first
            = m_api->call("POST", "/requests", household(), { { "Idempotency-Key", key } });
        QCOMPARE(first.status, 201);
        const ApiReply again
            = m_api->call("POST", "/requests", household(), { { "Idempotency-Key", key } });
        QCOMPARE(again.status, 201);
        QCOMPARE(again.data()["id"].toString(), first.data()["id"].toString());
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        const ApiReply other
            = m_api->call("POST", "/requests", household("abroad"), { { "Idempotency-Key", key } });
        QCOMPARE(other.status, 409);
        QCOMPARE(other.errCode(), QString("idempotency_conflict"));
        const ApiReply fresh
            = m_api->call("POST", "/requests", household(), { { "Idempotency-Key", key + "-2" } });
        QVERIFY(fresh.data()["id"].toString() != first.data()["id"].toString());
    }

    void eid_only_service_refuses_a_password_session()
    {
        QJsonObject body = household();
        body["service"] = "certificat-de-nationalite";
        const ApiReply r = m_api->call("POST", "/requests", body);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("eid_required"));
        body["service"] = "modele-de-procuration";
        QCOMPARE(m_api->call("POST", "/requests", body).status, 422);
        body["service"] = "nope";
        QCOMPARE(m_api->call("POST", "/requests", body).status, 404);
    }

    void archived_act_goes_to_staff()
    {
        const QJsonObject body { { "service", "acte-de-deces-archive" },
            { "data",
                QJsonObject { { "act_kind", "extract" }, { "person_surname", "Lambert" },
                    { "person_first_names", "Jules" }, { "act_year", "1931" },
                    { "act_place", "Salzinnes" }, { "relation", "descendant" }, { "copies", "1" },
                    { "delivery", "pickup" }, { "email", "demo@namur.example" } } } };
        ApiReply r = m_api->call("POST", "/requests", body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.data()["amount_cents"].toInt(), 500);
        r = m_api->call("POST", "/requests", withData(body, "act_year", "31"));
        QCOMPARE(errorKeys(r), QStringList { "act_year" });
    }

    void actions_cancel_comment_and_rejection()
    {
        const QString unpaid
            = m_api->call("POST", "/requests", household("abroad")).data()["id"].toString();
        ApiReply r = m_api->call(
            "POST", "/requests/" + unpaid + "/actions/comment", { { "comment", "Merci !" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["history"].toArray().last().toObject()["message"].toString(),
            QString("Merci !"));
        r = m_api->call("POST", "/requests/" + unpaid + "/actions/cancel");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["status"].toObject()["id"].toString(), QString("cancelled"));
        QCOMPARE(m_api->call("POST", "/requests/" + unpaid + "/actions/cancel").status, 409);
        QCOMPARE(m_api->call("POST", "/requests/" + unpaid + "/actions/fly").status, 404);

        const QString other = m_api->call("POST", "/requests", household()).data()["id"].toString();
        QCOMPARE(
            m_api->call("POST", "/dev/requests/" + other + "/advance", { { "to", "rejected" } })
                .status,
            422);
        r = m_api->call("POST", "/dev/requests/" + other + "/advance",
            { { "to", "rejected" }, { "reason", "Vous n'habitez pas la commune." } });
        QCOMPARE(r.status, 200);
        m_api->setLanguage("en");
        const QJsonObject rejected = m_api->call("GET", "/requests/" + other).data().toObject();
        m_api->setLanguage({});
        QCOMPARE(rejected["status"].toObject()["label"].toString(), QString("Rejected"));
        QCOMPARE(rejected["history"].toArray().last().toObject()["message"].toString(),
            QString("Vous n'habitez pas la commune."));
    }

    void a_citizen_cancels_with_a_reason_while_the_city_allows_it()
    {
        const QString unpaid
            = m_api->call("POST", "/requests", household("abroad")).data()["id"].toString();
        const QString reason = "Je l'ai obtenue au guichet.";
        ApiReply r = m_api->call(
            "POST", "/requests/" + unpaid + "/actions/cancel", { { "reason", reason } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["status"].toObject()["id"].toString(), QString("cancelled"));
        QCOMPARE(r.data()["history"].toArray().last().toObject()["message"].toString(), reason);
        // Once the staff work on it, the city no longer allows it: nothing changes.
        const QString started
            = m_api->call("POST", "/requests", household("abroad")).data()["id"].toString();
        QCOMPARE(
            m_api->call("POST", "/dev/requests/" + started + "/advance", { { "to", "in_process" } })
                .status,
            200);
        r = m_api->call(
            "POST", "/requests/" + started + "/actions/cancel", { { "reason", reason } });
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errCode(), QString("action_not_allowed"));
        QCOMPARE(
            m_api->call("GET", "/requests/" + started).data()["status"].toObject()["id"].toString(),
            QString("in_process"));
    }

    void a_citizens_words_never_pass_for_the_citys_messages()
    {
        // Texts that spell the city's message codes: shown as typed, never as the city's
        // "Payment received." or a clerk's archive step.
        const QString id
            = m_api->call("POST", "/requests", household("abroad")).data()["id"].toString();
        for (const char* forged : { "step_act_found", "hist_paid" })
            QCOMPARE(m_api
                         ->call("POST", "/requests/" + id + "/actions/comment",
                             { { "comment", forged } })
                         .status,
                200);
        const ApiReply r = m_api->call(
            "POST", "/requests/" + id + "/actions/cancel", { { "reason", "hist_staff" } });
        QCOMPARE(r.status, 200);
        const QJsonArray history = r.data()["history"].toArray();
        QStringList messages;
        for (const QJsonValue& h : history) {
            messages << h.toObject()["message"].toString();
            QVERIFY(!h.toObject().contains("step"));
        }
        QVERIFY2(messages.endsWith("hist_staff"), qPrintable(messages.join('|')));
        QVERIFY(messages.contains("step_act_found"));
        QVERIFY(messages.contains("hist_paid"));
    }

    void lists_filter_open_and_done_and_hide_others_requests()
    {
        const QJsonArray open = m_api->call("GET", "/requests?status=open").data().toArray();
        const QJsonArray done = m_api->call("GET", "/requests?status=done").data().toArray();
        const QJsonArray all = m_api->call("GET", "/requests").data().toArray();
        QVERIFY(!open.isEmpty() && !done.isEmpty());
        QCOMPARE(open.size() + done.size(), all.size());
        for (const QJsonValue& v : open)
            QVERIFY(!v.toObject()["status"].toObject()["final"].toBool());
        for (const QJsonValue& v : done)
            QVERIFY(v.toObject()["status"].toObject()["final"].toBool());
        QCOMPARE(m_api->call("GET", "/requests?status=later").status, 422);
        QCOMPARE(m_api->call("GET", "/requests?limit=0").status, 422);
        const QJsonArray page = m_api->call("GET", "/requests?limit=2&offset=1").data().toArray();
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).toObject()["id"], all.at(1).toObject()["id"]);
        QCOMPARE(page.at(1).toObject()["id"], all.at(2).toObject()["id"]);

        ApiClient stranger(m_sandbox.apiUrl(), m_sandbox.ca());
        stranger.call("POST", "/accounts",
            { { "email", "stranger@example.org" }, { "password", "Stranger-1" } });
        stranger.call("POST", "/accounts/activate",
            { { "token", stranger.lastMail("stranger@example.org")["token"].toString() } });
        QVERIFY(stranger.login("stranger@example.org", "Stranger-1"));
        QCOMPARE(stranger.call("GET", "/requests").data().toArray().size(), 0);
        const QString mine = all.first().toObject()["id"].toString();
        QCOMPARE(stranger.call("GET", "/requests/" + mine).status, 404);
        QCOMPARE(stranger.call("GET", "/requests/" + mine + "/documents/1").status, 404);
    }

    // Issue 17: a password account filed a household composition with the identity of a card
    // read earlier, and the city issued it as if verified. Typed identity values are now kept
    // but said to be declared; an account with verified eID data gets its own identity back.
    void typed_identity_is_declared_never_verified()
    {
        ApiClient api(m_sandbox.apiUrl(), m_sandbox.ca());
        api.call("POST", "/accounts",
            { { "email", "declared@example.org" }, { "password", "Declared-01" } });
        api.call("POST", "/accounts/activate",
            { { "token", api.lastMail("declared@example.org")["token"].toString() } });
        QVERIFY(api.login("declared@example.org", "Declared-01"));
        QJsonObject body = household();
        const QJsonObject victim { { "surname", "Victime" }, { "first_names", "Vera" },
            { "national_number", "90010100123" }, { "birth_date", "1990-01-01" },
            { "street_and_number", "Rue de Fer 1" }, { "zip", "5000" }, { "municipality", "Namur" },
            { "email", "declared@example.org" } };
        for (auto it = victim.begin(); it != victim.end(); ++it)
            body = withData(body, it.key(), it.value());
        ApiReply r = api.call("POST", "/requests", body);
        QCOMPARE(r.status, 201);
        const QJsonObject created = r.data().toObject();
        QCOMPARE(created["identity"].toString(), QString("declared"));
        const QJsonObject first = created["fields"].toArray().at(0).toObject();
        QCOMPARE(first["label"].toString(), QString("Identity")); // this client asks in English
        QVERIFY2(first["value_text"].toString().contains("not verified"),
            qPrintable(first["value_text"].toString()));
        const QString id = created["id"].toString();
        QCOMPARE(api.call("POST", "/dev/requests/" + id + "/advance").status, 200);
        const QJsonObject done = api.call("GET", "/requests/" + id).data().toObject();
        const QJsonArray docs = done["documents"].toArray();
        QVERIFY(!docs.isEmpty());
        const ApiReply pdf = api.call("GET", docs.at(0).toObject()["url"].toString());
        QVERIFY(pdf.body.contains("eID"));
    }

    void an_eid_account_cannot_file_another_identity()
    {
        // The demo account logged in with its card once: its password session files with the
        // identity the city verified, whatever the client sends.
        QJsonObject body = withData(household(), "surname", "Victime");
        body = withData(body, "national_number", "90010100123");
        const ApiReply r = m_api->call("POST", "/requests", body);
        QCOMPARE(r.status, 201);
        const QJsonObject created = r.data().toObject();
        QCOMPARE(created["identity"].toString(), QString("eid"));
        for (const QJsonValue& f : created["fields"].toArray()) {
            QVERIFY(f.toObject()["value_text"].toString() != QString("Victime"));
            QVERIFY(f.toObject()["value_text"].toString() != QString("90010100123"));
        }
    }

    void timer_advances_the_workflow()
    {
        SandboxProcess fast;
        QString why;
        QVERIFY2(
            fast.start({ "--workflow-step-ms", "150", "--no-demo-data" }, &why), qPrintable(why));
        ApiClient api(fast.apiUrl(), fast.ca());
        api.call(
            "POST", "/accounts", { { "email", "timer@example.org" }, { "password", "Timer-01" } });
        api.call("POST", "/accounts/activate",
            { { "token", api.lastMail("timer@example.org")["token"].toString() } });
        QVERIFY(api.login("timer@example.org", "Timer-01"));
        QJsonObject body = household();
        QJsonObject data = body["data"].toObject();
        const QJsonObject identity { { "surname", "Timer" }, { "first_names", "Tom" },
            { "national_number", "85073003328" }, { "birth_date", "1985-07-30" },
            { "street_and_number", "Rue de Fer 1" }, { "zip", "5000" }, { "municipality", "Namur" },
            { "email", "timer@example.org" } };
        for (auto it = identity.begin(); it != identity.end(); ++it)
            data.insert(it.key(), it.value());
        body["data"] = data;
        const ApiReply r = api.call("POST", "/requests", body);
        QCOMPARE(r.status, 201);
        const QString id = r.data()["id"].toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            api.call("GET", "/requests/" + id).data()["status"].toObject()["id"].toString(),
            QString("done"), 5000);
    }
};

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_api_requests.moc"
