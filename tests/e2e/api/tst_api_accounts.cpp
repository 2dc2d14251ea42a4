// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts, password policy, password login, e-mail change and profile, over TLS.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QtTest>

class TestApiAccounts : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> client() const
    {
        return std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_sandbox.start({}, &why), qPrintable(why));
    }

    void register_activate_login_journey()
    {
        auto api = client();
        const QString email = "lea.dupont@example.org";
        ApiReply r
            = api->call("POST", "/accounts", { { "email", email }, { "password", "Namur-2026" } });
        QCOMPARE(r.status, 202);
        QCOMPARE(r.data()["status"].toString(), QString("activation_pending"));
        QCOMPARE(r.data()["email_sent_to"].toString(), email);
        // Not active yet: the right password is refused with account_inactive.
        r = api->call(
            "POST", "/auth/password", { { "email", email }, { "password", "Namur-2026" } });
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("account_inactive"));

        const QJsonObject mail = api->lastMail(email);
        const QString token = mail["token"].toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(mail["body"].toString().contains(token));
        QVERIFY(mail["link"].toString().contains("/account/activate?token="));
        QVERIFY(QFile::exists(mail["file"].toString()));

        r = api->call("POST", "/accounts/activate", { { "token", token } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["email"].toString(), email);
        r = api->call("POST", "/accounts/activate", { { "token", token } });
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errCode(), QString("token_invalid"));
        QVERIFY(api->login(email, "Namur-2026"));
        QCOMPARE(api->call("GET", "/me").data()["email"].toString(), email);
        QCOMPARE(api->call("POST", "/auth/logout").status, 200);
        QCOMPARE(api->call("GET", "/me").status, 401);
    }

    void emailed_link_activates_in_a_browser_and_mails_speak_the_citizens_language()
    {
        auto api = client();
        const QString email = "jan.peeters@example.org";
        api->setLanguage("nl-BE");
        QCOMPARE(
            api->call("POST", "/accounts", { { "email", email }, { "password", "Namen-2026" } })
                .status,
            202);
        const QJsonObject mail = api->lastMail(email);
        QCOMPARE(mail["subject"].toString(), QString("Activeer uw e-Loket-account"));
        const QUrl link(mail["link"].toString());
        QCOMPARE(link.host(), QString("127.0.0.1"));
        const ApiReply page = api->call("GET", link.path() + "?" + link.query());
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(page.body.contains(email.toUtf8()));
        QVERIFY(api->login(email, "Namen-2026"));
    }

    void idle_sessions_expire()
    {
        SandboxProcess quick;
        QString why;
        QVERIFY2(quick.start({ "--session-idle-s", "1" }, &why), qPrintable(why));
        ApiClient api(quick.apiUrl(), quick.ca());
        QVERIFY(api.login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        QCOMPARE(api.call("GET", "/me").status, 200);
        QTest::qWait(2200);
        const ApiReply r = api.call("GET", "/me");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errCode(), QString("session_required"));
    }

    void register_refuses_duplicates_and_weak_passwords()
    {
        auto api = client();
        ApiReply r = api->call(
            "POST", "/accounts", { { "email", ApiClient::DemoEmail }, { "password", "Abcdef-1" } });
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errCode(), QString("email_in_use"));
        r = api->call(
            "POST", "/accounts", { { "email", "weak@example.org" }, { "password", "abcdefgh" } });
        QCOMPARE(r.status, 422);
        QVERIFY(r.json["errors"].toObject().contains("password"));
        r = api->call("POST", "/accounts", { { "email", "not-an-address" } });
        QCOMPARE(r.status, 422);
        QVERIFY(r.json["errors"].toObject().contains("email"));
    }

    void register_without_password_sets_it_via_the_link()
    {
        auto api = client();
        const QString email = "sans.mdp@example.org";
        ApiReply r = api->call("POST", "/accounts", { { "email", email } });
        QCOMPARE(r.status, 202);
        QVERIFY(r.data()["password_set_via_link"].toBool());
        const QString token = api->lastMail(email)["token"].toString();
        r = api->call(
            "POST", "/accounts/activate", { { "token", token }, { "password", "short" } });
        QCOMPARE(r.status, 422);
        r = api->call(
            "POST", "/accounts/activate", { { "token", token }, { "password", "Mosan.2026" } });
        QCOMPARE(r.status, 200);
        QVERIFY(api->login(email, "Mosan.2026"));
    }

    void resend_and_reset_answer_202_for_unknown_addresses()
    {
        auto api = client();
        for (const char* path : { "/accounts/activation/resend", "/accounts/password-reset" }) {
            const ApiReply r = api->call("POST", path, { { "email", "nobody@example.org" } });
            QCOMPARE(r.status, 202);
        }
        QVERIFY(api->lastMail("nobody@example.org").isEmpty());
    }

    void password_reset_changes_the_password()
    {
        auto api = client();
        const QString email = "reset.me@example.org";
        api->call("POST", "/accounts", { { "email", email }, { "password", "Premier-1" } });
        QCOMPARE(api->call("POST", "/accounts/password-reset", { { "email", email } }).status, 202);
        const QJsonObject mail = api->lastMail(email);
        QVERIFY(mail["link"].toString().contains("/account/password-reset?token="));
        const QString token = mail["token"].toString();
        ApiReply r = api->call("POST", "/accounts/password-reset/confirm",
            { { "token", token }, { "password", "weak" } });
        QCOMPARE(r.status, 422);
        r = api->call("POST", "/accounts/password-reset/confirm",
            { { "token", token }, { "password", "Second-2" } });
        QCOMPARE(r.status, 200);
        QVERIFY(!api->login(email, "Premier-1"));
        QVERIFY(api->login(email, "Second-2"));
        r = api->call("POST", "/accounts/password-reset/confirm",
            { { "token", "forged" }, { "password", "Second-2" } });
        QCOMPARE(r.errCode(), QString("token_invalid"));
    }

    void password_policy_follows_namur_rules_in_four_languages()
    {
        auto api = client();
        const QJsonObject policy = api->call("GET", "/password-policy").data().toObject();
        QCOMPARE(policy["min_length"].toInt(), 6);
        QCOMPARE(policy["min_classes"].toInt(), 3);
        const QList<QPair<QString, bool>> cases = { { "Ab1", false }, { "abcdef", false },
            { "abcDEF", false }, { "abcDE1", true }, { "abc-12", true }, { "ABC!12", true } };
        for (const auto& c : cases) {
            const QJsonObject check
                = api->call("POST", "/password-policy/check", { { "password", c.first } })
                      .data()
                      .toObject();
            QVERIFY2(check["ok"].toBool() == c.second, qPrintable(c.first));
        }
        const QMap<QByteArray, QString> expected { { "fr", "Au moins 6 caractères" },
            { "nl", "Minstens 6 tekens" }, { "de", "Mindestens 6 Zeichen" },
            { "en", "At least 6 characters" } };
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            api->setLanguage(it.key());
            const QJsonObject check
                = api->call("POST", "/password-policy/check", { { "password", "x" } })
                      .data()
                      .toObject();
            QCOMPARE(check["checks"].toArray().at(0).toObject()["label"].toString(), it.value());
        }
    }

    void email_change_makes_the_new_address_the_login()
    {
        auto api = client();
        const QString before = "change.avant@example.org";
        const QString after = "change.apres@example.org";
        api->call("POST", "/accounts", { { "email", before }, { "password", "Change-1" } });
        api->call("POST", "/accounts/activate",
            { { "token", api->lastMail(before)["token"].toString() } });
        QVERIFY(api->login(before, "Change-1"));
        QCOMPARE(
            api->call("POST", "/me/email-change", { { "new_email", ApiClient::DemoEmail } }).status,
            409);
        ApiReply r = api->call("POST", "/me/email-change", { { "new_email", after } });
        QCOMPARE(r.status, 202);
        QCOMPARE(r.data()["link_valid_minutes"].toInt(), 120);
        QVERIFY(api->login(before, "Change-1")); // not changed before the link is followed
        const QString token = api->lastMail(after)["token"].toString();
        QCOMPARE(api->call("POST", "/me/email-change/confirm", { { "token", token } }).status, 200);
        QVERIFY(!api->login(before, "Change-1"));
        QVERIFY(api->login(after, "Change-1"));
    }

    void profile_locks_eid_fields_and_validates_the_others()
    {
        auto api = client();
        QVERIFY(api->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        const QJsonObject fields = api->call("GET", "/me").data()["fields"].toObject();
        QCOMPARE(fields["national_number"].toObject()["value"].toString(), QString("85073003328"));
        QCOMPARE(fields["surname"].toObject()["source"].toString(), QString("eid"));
        QVERIFY(!fields["surname"].toObject()["editable"].toBool());
        QVERIFY(fields["phone"].toObject()["editable"].toBool());

        api->setLanguage("nl");
        ApiReply r
            = api->call("PATCH", "/me", { { "fields", QJsonObject { { "surname", "Autre" } } } });
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("field_locked"));
        QVERIFY(r.json["errors"].toObject().contains("surname"));
        QVERIFY(r.json["err_desc"].toString().contains("Bevolking"));

        r = api->call("PATCH", "/me",
            { { "fields", QJsonObject { { "phone", "12" }, { "iban", "BE00 0000" } } } });
        QCOMPARE(r.status, 422);
        QVERIFY(r.json["errors"].toObject().contains("phone"));
        QVERIFY(r.json["errors"].toObject().contains("iban"));

        r = api->call("PATCH", "/me",
            { { "fields",
                QJsonObject { { "phone", "+32 81 24 60 00" }, { "iban", "BE68 5390 0754 7034" },
                    { "favourite_colour", "blue" } } } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["fields"].toObject()["phone"].toObject()["value"].toString(),
            QString("+32 81 24 60 00"));
        QVERIFY(!r.data()["fields"].toObject().contains("favourite_colour"));
    }
};

QTEST_GUILESS_MAIN(TestApiAccounts)
#include "tst_api_accounts.moc"
