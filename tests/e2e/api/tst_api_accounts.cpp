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

    void register_answers_the_same_for_known_and_unknown_addresses()
    {
        // Attack: learn whether an address has an account by trying to register it.
        auto api = client();
        const ApiReply known = api->call(
            "POST", "/accounts", { { "email", ApiClient::DemoEmail }, { "password", "Abcdef-1" } });
        const ApiReply unknown = api->call("POST", "/accounts",
            { { "email", "never.seen@example.org" }, { "password", "Abcdef-1" } });
        QCOMPARE(known.status, 202);
        QCOMPARE(unknown.status, 202);
        QJsonObject a = known.data().toObject(), b = unknown.data().toObject();
        QCOMPARE(a.take("email_sent_to").toString(), QString(ApiClient::DemoEmail));
        b.remove("email_sent_to");
        QCOMPARE(a, b);
        // Only the address's owner learns it: a mail without link; the account is unchanged.
        const QJsonObject mail = api->lastMail(ApiClient::DemoEmail);
        QCOMPARE(mail["subject"].toString(), QString("Votre compte e-Guichet existe déjà"));
        QVERIFY(mail["token"].toString().isEmpty());
        QVERIFY(api->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        QVERIFY(!api->login(ApiClient::DemoEmail, "Abcdef-1"));
    }

    void register_refuses_weak_and_common_passwords()
    {
        auto api = client();
        api->setLanguage("fr");
        ApiReply r = api->call(
            "POST", "/accounts", { { "email", "weak@example.org" }, { "password", "abcdefgh" } });
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json["errors"].toObject()["password"].toArray().at(0).toString(),
            QString("Le mot de passe ne respecte pas les règles."));
        // Follows the FAQ's rules (9 characters, 3 kinds) but is on the shipped list.
        for (const char* common : { "Password1", "Azerty123", "Motdepasse1" }) {
            r = api->call(
                "POST", "/accounts", { { "email", "common@example.org" }, { "password", common } });
            QCOMPARE(r.status, 422);
            QVERIFY2(r.json["errors"].toObject()["password"].toArray().at(0).toString().contains(
                         "trop courant"),
                common);
        }
        const QJsonObject check
            = api->call("POST", "/password-policy/check", { { "password", "Password1" } })
                  .data()
                  .toObject();
        QVERIFY(!check["ok"].toBool());
        QCOMPARE(
            check["checks"].toArray().at(2).toObject()["id"].toString(), QString("not_common"));
        QVERIFY(!check["checks"].toArray().at(2).toObject()["ok"].toBool());
        QVERIFY(api->lastMail("common@example.org").isEmpty());
        r = api->call("POST", "/accounts", { { "email", "not-an-address" } });
        QCOMPARE(r.status, 422);
        QVERIFY(r.json["errors"].toObject().contains("email"));
    }

    void passwords_are_stored_as_argon2id()
    {
        auto api = client();
        QCOMPARE(api->call("POST", "/accounts",
                        { { "email", "argon@example.org" }, { "password", "Argon-2026" } })
                     .status,
            202);
        // The database (and its write-ahead log) holds PHC strings with the contract's
        // parameters, never the password.
        QByteArray stored;
        for (const char* file : { "/city.sqlite", "/city.sqlite-wal" }) {
            QFile f(m_sandbox.stateDir() + file);
            if (f.open(QIODevice::ReadOnly))
                stored += f.readAll();
        }
        QVERIFY(stored.contains("$argon2id$v=19$m=19456,t=2,p=1$"));
        QVERIFY(!stored.contains("Argon-2026"));
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

    void resend_and_reset_answer_the_same_for_unknown_addresses()
    {
        auto api = client();
        for (const char* path : { "/accounts/activation/resend", "/accounts/password-reset" }) {
            const ApiReply unknown = api->call("POST", path, { { "email", "nobody@example.org" } });
            const ApiReply known = api->call("POST", path, { { "email", ApiClient::DemoEmail } });
            QCOMPARE(unknown.status, 202);
            QCOMPARE(known.status, unknown.status);
            QCOMPARE(known.json, unknown.json);
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
        auto other = client(); // the same citizen on another device, or a thief
        api->setLanguage("fr");
        const QString before = "change.avant@example.org";
        const QString after = "change.apres@example.org";
        api->call("POST", "/accounts", { { "email", before }, { "password", "Change-1" } });
        api->call("POST", "/accounts/activate",
            { { "token", api->lastMail(before)["token"].toString() } });
        QVERIFY(api->login(before, "Change-1"));
        QVERIFY(other->login(before, "Change-1"));

        // Attack: a session left open is not enough; the password is asked again.
        ApiReply r = api->call("POST", "/me/email-change", { { "new_email", after } });
        QCOMPARE(r.status, 422);
        QVERIFY(r.json["errors"].toObject().contains("password"));
        r = api->call(
            "POST", "/me/email-change", { { "new_email", after }, { "password", "Wrong-123" } });
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json["errors"].toObject()["password"].toArray().at(0).toString(),
            QString("Mot de passe incorrect."));
        QVERIFY(api->lastMail(after).isEmpty());

        // Attack: learn whether an address has an account through an e-mail change.
        const ApiReply taken = api->call("POST", "/me/email-change",
            { { "new_email", ApiClient::DemoEmail }, { "password", "Change-1" } });
        r = api->call(
            "POST", "/me/email-change", { { "new_email", after }, { "password", "Change-1" } });
        QCOMPARE(taken.status, 202);
        QCOMPARE(r.status, 202);
        QJsonObject a = taken.data().toObject(), b = r.data().toObject();
        a.remove("verification_sent_to");
        b.remove("verification_sent_to");
        QCOMPARE(a, b);
        QCOMPARE(r.data()["link_valid_minutes"].toInt(), 120);
        // The taken address's owner is told, with no link to follow.
        QCOMPARE(api->lastMail(ApiClient::DemoEmail)["subject"].toString(),
            QString("Adresse e-mail déjà utilisée"));
        QVERIFY(api->lastMail(ApiClient::DemoEmail)["token"].toString().isEmpty());

        QVERIFY(client()->login(before, "Change-1")); // not changed before the link is followed
        QCOMPARE(other->call("GET", "/me").status, 200);
        const QString token = api->lastMail(after)["token"].toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(api->call("POST", "/me/email-change/confirm", { { "token", token } }).status, 200);
        // The other sessions are over; the one that asked goes on; the old address is told.
        QCOMPARE(other->call("GET", "/me").status, 401);
        QCOMPARE(api->call("GET", "/me").data()["email"].toString(), after);
        const QJsonObject notice = api->lastMail(before);
        QCOMPARE(notice["subject"].toString(), QString("Votre adresse e-mail e-Guichet a changé"));
        QVERIFY(notice["body"].toString().contains(after));
        QVERIFY(!client()->login(before, "Change-1"));
        QVERIFY(client()->login(after, "Change-1"));
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

    void national_number_is_never_typed_into_a_profile()
    {
        // Attack: a password account types someone else's national number (to be offered,
        // or given, that person's eID login later; tst_api_eid performs the login part).
        auto api = client();
        const QString email = "typed.nrn@example.org";
        api->call("POST", "/accounts", { { "email", email }, { "password", "Typed-2026" } });
        api->call("POST", "/accounts/activate",
            { { "token", api->lastMail(email)["token"].toString() } });
        QVERIFY(api->login(email, "Typed-2026"));
        const QJsonObject field
            = api->call("GET", "/me").data()["fields"].toObject()["national_number"].toObject();
        QVERIFY(!field["editable"].toBool());
        const ApiReply r = api->call(
            "PATCH", "/me", { { "fields", QJsonObject { { "national_number", "85073003328" } } } });
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("field_locked"));
        QVERIFY(r.json["errors"].toObject().contains("national_number"));
        QCOMPARE(api->call("GET", "/me")
                     .data()["fields"]
                     .toObject()["national_number"]
                     .toObject()["value"]
                     .toString(),
            QString());
    }
};

QTEST_GUILESS_MAIN(TestApiAccounts)
#include "tst_api_accounts.moc"
