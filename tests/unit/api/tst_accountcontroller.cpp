// SPDX-License-Identifier: GPL-3.0-or-later
// Login (with throttling), registration with the live password checklist, the account
// e-mails, and the profile with its locked eID fields, against the in-process fake city.

#include "accounts/accountcontroller.h"
#include "accounts/profilecontroller.h"
#include "api/cityapiclient.h"
#include "eidlogin/eidloginmessage.h"
#include "fakecityserver.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAccountController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestIdentity m_ca = TestCertificates::authority("Test City CA");
    std::unique_ptr<FakeCityServer> m_city;
    QNetworkAccessManager m_network;
    std::unique_ptr<CityApiClient> m_api;
    // Per-path answers of the fake city: status and envelope.
    QHash<QString, QPair<int, QJsonObject>> m_routes;
    // Routes the fake city keeps waiting (answered later by release()).
    QSet<QString> m_holdRoutes;
    std::vector<std::pair<QString, std::unique_ptr<QHttpServerResponder>>> m_held;

    void release()
    {
        for (auto& [route, responder] : m_held) {
            const auto answer = m_routes.value(route);
            FakeCityServer::answer(*responder, answer.first, answer.second);
        }
        m_held.clear();
    }

    static QJsonObject meJson(const QString& phone)
    {
        auto field = [](const QString& value, bool eid) {
            return QJsonObject { { "value", value }, { "source", eid ? "eid" : "profile" },
                { "editable", !eid } };
        };
        return { { "uuid", "u-1" }, { "email", "marie@namur.be" }, { "email_verified", true },
            { "auth_level", "eid" },
            { "fields",
                QJsonObject { { "surname", field("Dupont", true) },
                    { "national_number", field("85073003328", true) },
                    { "phone", field(phone, false) }, { "iban", field("", false) } } } };
    }

private slots:
    void initTestCase()
    {
        const QString caFile = m_dir.filePath("ca.pem");
        QVERIFY(TestCertificates::writePem(m_ca, caFile));
        m_city = std::make_unique<FakeCityServer>(TestCertificates::server(m_ca, "IP:127.0.0.1"));
        m_city->handler = [this](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
            const QString key = QString::fromLatin1(hit.method) + ' ' + hit.path;
            if (m_holdRoutes.contains(key)) {
                m_held.emplace_back(key, std::make_unique<QHttpServerResponder>(std::move(r)));
                return;
            }
            const auto route
                = m_routes.value(key, { 404, FakeCityServer::failure("not_found", "not_found") });
            FakeCityServer::answer(r, route.first, route.second);
        };
        ApiSettings settings;
        settings.baseUrl = QUrl(m_city->baseUrl());
        settings.caFile = caFile;
        settings.retryBaseMs = 10;
        m_api = std::make_unique<CityApiClient>(settings, &m_network);
    }

    void init()
    {
        m_routes.clear();
        m_holdRoutes.clear();
        m_held.clear();
        m_city->hits.clear();
        m_api->clearSession();
    }

    void passwordChecklist_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("longEnough");
        QTest::addColumn<bool>("enoughKinds");
        QTest::newRow("empty") << "" << false << false;
        QTest::newRow("short, 3 kinds") << "aB1" << false << true;
        QTest::newRow("long, 2 kinds") << "abcdef12" << true << false;
        QTest::newRow("long, 3 kinds") << "abcDE12" << true << true;
        QTest::newRow("punctuation counts") << "abc-de.1" << true << true;
        QTest::newRow("accented lower and upper") << "éàçÉÀ12" << true << true;
    }
    void passwordChecklist()
    {
        QFETCH(QString, password);
        QFETCH(bool, longEnough);
        QFETCH(bool, enoughKinds);
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        accounts.checkPassword(password);
        const QVariantList checks = accounts.passwordChecks();
        QCOMPARE(checks.at(0).toMap().value("ok").toBool(), longEnough);
        QCOMPARE(checks.at(1).toMap().value("ok").toBool(), enoughKinds);
        QCOMPARE(accounts.passwordAcceptable(), longEnough && enoughKinds);
        QVERIFY(checks.at(0).toMap().value("label").toString().contains("6"));
    }

    void policyComesFromTheCity()
    {
        m_routes.insert("GET /v1/password-policy",
            { 200,
                FakeCityServer::ok(QJsonObject { { "min_length", 10 }, { "min_classes", 2 } }) });
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        QSignalSpy changed(&accounts, &AccountController::passwordChecksChanged);
        accounts.loadPasswordPolicy();
        QVERIFY(changed.wait(5000));
        accounts.checkPassword("abcDE12");
        QVERIFY(!accounts.passwordAcceptable()); // 7 < 10 now
        accounts.checkPassword("abcdefgh12");
        QVERIFY(accounts.passwordAcceptable()); // 2 kinds are enough now
    }

    void loginKeepsTheTokenInMemory()
    {
        m_routes.insert("POST /v1/auth/password",
            { 200,
                FakeCityServer::ok(QJsonObject { { "session_token", "tok-123" },
                    { "user",
                        QJsonObject { { "uuid", "u-1" }, { "display_name", "Marie" },
                            { "auth_level", "password" } } } }) });
        m_routes.insert("GET /v1/me", { 200, FakeCityServer::ok(meJson("081246000")) });
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        QSignalSpy ok(&accounts, &AccountController::loginSucceeded);
        accounts.login(" marie@namur.be ", "Secret-1");
        QVERIFY(ok.wait(5000));
        QVERIFY(accounts.loggedIn());
        QCOMPARE(accounts.displayName(), QStringLiteral("Marie"));
        QCOMPARE(m_city->hits.first().body,
            QByteArray("{\"email\":\"marie@namur.be\",\"password\":\"Secret-1\"}"));
        ProfileController profile(m_api.get());
        QSignalSpy loaded(&profile, &ProfileController::profileChanged);
        profile.load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_city->hits.last().headers.value("authorization"), QByteArray("Bearer tok-123"));
        accounts.logout();
        QVERIFY(!accounts.loggedIn());
        QVERIFY(!m_api->hasSession());
        QTRY_COMPARE_WITH_TIMEOUT(logouts().size(), 1, 5000); // told to the city, with the token
        QCOMPARE(logouts().first().headers.value("authorization"), QByteArray("Bearer tok-123"));
    }

    void eidLoginSignsTheCitysNonceBoundToThisService()
    {
        const QByteArray nonce(32, '\x2a');
        m_routes.insert("POST /v1/auth/eid/challenge",
            { 200,
                FakeCityServer::ok(
                    QJsonObject { { "challenge_id", "3f2b8c1e-5d4a-4e6f-9b10-2c7d8e9fa001" },
                        { "nonce_b64", QString::fromLatin1(nonce.toBase64()) },
                        { "accepted_algorithms",
                            QJsonArray { "SHA256withRSA", "SHA384withECDSA" } } }) });
        m_routes.insert("POST /v1/auth/eid/verify",
            { 200,
                FakeCityServer::ok(QJsonObject { { "session_token", "tok-eid" },
                    { "user",
                        QJsonObject { { "uuid", "u-2" }, { "display_name", "Marie" },
                            { "auth_level", "eid" } } } }) });
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        QByteArray signedNonce;
        QStringList offered;
        accounts.setEidSigner([&](const QByteArray& n, const QStringList& accepted, auto done) {
            signedNonce = n;
            offered = accepted;
            EidLoginEvidence evidence;
            evidence.algorithm = EidLoginEvidence::contractAlgorithm("ECDSA-SHA384");
            evidence.signature = "sig";
            evidence.authCertificateDer = "cert";
            evidence.chainDer = { "ca" };
            done(evidence, {});
        });
        QSignalSpy ok(&accounts, &AccountController::loginSucceeded);
        accounts.loginWithEid();
        QVERIFY(ok.wait(5000));
        // Not the bare nonce: the domain, this app's API origin, the challenge id, the nonce.
        const QUrl base(m_city->baseUrl());
        QCOMPARE(signedNonce,
            QByteArray("eguichet-eid-login-v1https://127.0.0.1:") + QByteArray::number(base.port())
                + "3f2b8c1e-5d4a-4e6f-9b10-2c7d8e9fa001" + nonce);
        QCOMPARE(offered.size(), 2);
        QCOMPARE(accounts.authLevel(), QStringLiteral("eid"));
        QVERIFY(m_api->hasSession());
        const QJsonObject verify = QJsonDocument::fromJson(m_city->hits.last().body).object();
        QCOMPARE(verify.value("challenge_id").toString(),
            QStringLiteral("3f2b8c1e-5d4a-4e6f-9b10-2c7d8e9fa001"));
        QCOMPARE(verify.value("algorithm").toString(), QStringLiteral("SHA384withECDSA"));
        QCOMPARE(verify.value("signature_b64").toString(), QStringLiteral("c2ln"));
        QCOMPARE(verify.value("chain_der_b64").toArray().size(), 1);
        QVERIFY(!verify.contains("identity_file_b64")); // optional, not sent when absent
        accounts.forgetSession();
        QTRY_COMPARE_WITH_TIMEOUT(logouts().size(), 1, 5000); // the token is logged out

        // The card side failed (wrong PIN...): its message is shown, nothing is verified.
        const int hits = m_city->hits.size();
        accounts.setEidSigner([](const QByteArray&, const QStringList&, auto done) {
            done(std::nullopt, QStringLiteral("Code PIN incorrect."));
        });
        accounts.loginWithEid();
        QTRY_VERIFY_WITH_TIMEOUT(!accounts.busy(), 5000);
        QCOMPARE(accounts.errorMessage(), QStringLiteral("Code PIN incorrect."));
        QCOMPARE(m_city->hits.size(), hits + 1); // the challenge only
        QVERIFY(!accounts.loggedIn());
    }

    void apiOrigin_isSchemeHostAndPort()
    {
        QCOMPARE(apiOrigin(QUrl("https://127.0.0.1:8443/v1")), QString("https://127.0.0.1:8443"));
        QCOMPARE(apiOrigin(QUrl("HTTPS://E-Guichet.Namur.BE:443/v1/")),
            QString("https://e-guichet.namur.be"));
        QCOMPARE(apiOrigin(QUrl("https://[::1]:9000/v1")), QString("https://[::1]:9000"));
        QCOMPARE(eidLoginMessage(QUrl("https://city.example/v1"),
                     "3f2b8c1e-5d4a-4e6f-9b10-2c7d8e9fa001", QByteArray(32, 'n')),
            QByteArray("eguichet-eid-login-v1https://city.example"
                       "3f2b8c1e-5d4a-4e6f-9b10-2c7d8e9fa001")
                + QByteArray(32, 'n'));
        // An upper-case or braced id is not the city's canonical form: refused.
        QVERIFY(eidLoginMessage(QUrl("https://city.example/v1"),
            "3F2B8C1E-5D4A-4E6F-9B10-2C7D8E9FA001", QByteArray(32, 'n'))
                    .isEmpty());
    }

    void eidLoginOfARevokedCard_saysSo_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("revoked") << "eid_revoked"
                                 << "révoquée";
        QTest::newRow("status unknown") << "eid_revocation_unknown"
                                        << "toujours valable";
    }

    void eidLoginOfARevokedCard_saysSo()
    {
        QFETCH(QString, code);
        QFETCH(QString, words);
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        routeChallenge(accounts);
        m_routes.insert(
            "POST /v1/auth/eid/verify", { 401, FakeCityServer::failure("unauthorized", code) });
        accounts.loginWithEid();
        QTRY_VERIFY_WITH_TIMEOUT(!accounts.busy(), 5000);
        QVERIFY(!accounts.loggedIn());
        QVERIFY2(accounts.errorMessage().contains(words), qPrintable(accounts.errorMessage()));
    }

    void eidLoginRefusesAMalformedChallenge()
    {
        // An id that is not a UUID (or a nonce of another length) could make the signed bytes
        // ambiguous: nothing is signed.
        for (const auto& [id, nonce] :
            { std::pair<QString, QByteArray> { "c-1", QByteArray(32, 'n') },
                std::pair<QString, QByteArray> {
                    "3f2b8c1e-5d4a-4e6f-9b10-2c7d8e9fa001", QByteArray(31, 'n') } }) {
            m_routes.insert("POST /v1/auth/eid/challenge",
                { 200,
                    FakeCityServer::ok(QJsonObject { { "challenge_id", id },
                        { "nonce_b64", QString::fromLatin1(nonce.toBase64()) },
                        { "accepted_algorithms", QJsonArray { "SHA384withECDSA" } } }) });
            AccountController accounts(m_api.get(), "no-reply@namur.be");
            bool signedSomething = false;
            accounts.setEidSigner(
                [&](const QByteArray&, const QStringList&, auto) { signedSomething = true; });
            accounts.loginWithEid();
            QTRY_VERIFY_WITH_TIMEOUT(!accounts.busy(), 5000);
            QVERIFY(!signedSomething);
            QVERIFY(!accounts.errorMessage().isEmpty());
            QVERIFY(!accounts.loggedIn());
        }
    }

    /** The challenge, and a card signer whose evidence carries the card's files. */
    void routeChallenge(AccountController& accounts)
    {
        m_routes.insert("POST /v1/auth/eid/challenge",
            { 200,
                FakeCityServer::ok(
                    QJsonObject { { "challenge_id", "3f2b8c1e-5d4a-4e6f-9b10-2c7d8e9fa009" },
                        { "nonce_b64", QString::fromLatin1(QByteArray(32, 'n').toBase64()) },
                        { "accepted_algorithms", QJsonArray { "SHA384withECDSA" } } }) });
        accounts.setEidSigner([](const QByteArray&, const QStringList&, auto done) {
            EidLoginEvidence evidence;
            evidence.algorithm = QStringLiteral("SHA384withECDSA");
            evidence.signature = "sig";
            evidence.authCertificateDer = "cert";
            evidence.identityFile = "identity";
            evidence.identitySignature = "isig";
            evidence.addressFile = "address";
            evidence.addressSignature = "asig";
            evidence.rrnCertificateDer = "rrn";
            evidence.nationalNumber = QStringLiteral("85073003328");
            done(evidence, {});
        });
    }
    QJsonObject lastVerifyBody() const
    {
        for (auto it = m_city->hits.crbegin(); it != m_city->hits.crend(); ++it) {
            if (it->path == QLatin1String("/v1/auth/eid/verify"))
                return QJsonDocument::fromJson(it->body).object();
        }
        return {};
    }
    int verifyCount() const
    {
        return int(std::count_if(m_city->hits.cbegin(), m_city->hits.cend(),
            [](const auto& hit) { return hit.path == QLatin1String("/v1/auth/eid/verify"); }));
    }
    void routeEidSession()
    {
        m_routes.insert("POST /v1/auth/eid/verify",
            { 200,
                FakeCityServer::ok(QJsonObject { { "session_token", "tok-eid" },
                    { "user",
                        QJsonObject { { "uuid", "u-3" }, { "display_name", "Jean" },
                            { "auth_level", "eid" } } } }) });
    }

    void eidConsent_newAccount_refusedSendsNothingMore_acceptedResendsWithConsent()
    {
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        routeChallenge(accounts);
        m_routes.insert("POST /v1/auth/eid/verify",
            { 200,
                FakeCityServer::ok(QJsonObject {
                    { "consent_required", true }, { "account_action", "create" } }) });
        QSignalSpy refused(&accounts, &AccountController::consentRefused);
        accounts.loginWithEid();
        QTRY_VERIFY_WITH_TIMEOUT(accounts.consentNeeded(), 5000);
        QCOMPARE(accounts.consentAccountAction(), QStringLiteral("create"));
        QVERIFY(!accounts.busy());
        QVERIFY(!accounts.loggedIn());
        QJsonObject body = lastVerifyBody();
        QCOMPARE(body.value("account_consent").toBool(true), false);
        QCOMPARE(body.value("identity_file_b64").toString(), QStringLiteral("aWRlbnRpdHk="));
        QCOMPARE(body.value("rrn_cert_der_b64").toString(), QStringLiteral("cnJu"));
        QVERIFY(!body.contains("national_number")); // the city reads the certificate

        const int hits = m_city->hits.size();
        accounts.refuseConsent();
        QCOMPARE(refused.size(), 1);
        QVERIFY(!accounts.consentNeeded());
        accounts.acceptConsent(); // too late: the evidence is gone
        QTest::qWait(100);
        QCOMPARE(m_city->hits.size(), hits);
        QVERIFY(!accounts.loggedIn());

        accounts.loginWithEid();
        QTRY_VERIFY_WITH_TIMEOUT(accounts.consentNeeded(), 5000);
        routeEidSession();
        QSignalSpy ok(&accounts, &AccountController::loginSucceeded);
        accounts.acceptConsent();
        QVERIFY(ok.wait(5000));
        body = lastVerifyBody();
        QCOMPARE(body.value("account_consent").toBool(false), true);
        QCOMPARE(body.value("challenge_id").toString(),
            QStringLiteral("3f2b8c1e-5d4a-4e6f-9b10-2c7d8e9fa009")); // no new PIN
        QCOMPARE(accounts.authLevel(), QStringLiteral("eid"));
        accounts.forgetSession();
    }

    void eidConsent_atHome_askedBeforeAnythingIsSent_thenRemembered()
    {
        EidConsentMemory memory(true, m_dir.filePath("consent.ini"));
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        accounts.setEidConsentMemory(&memory);
        routeChallenge(accounts);
        routeEidSession();
        accounts.loginWithEid();
        QTRY_VERIFY_WITH_TIMEOUT(accounts.consentNeeded(), 5000);
        QCOMPARE(accounts.consentAccountAction(), QString());
        QCOMPARE(verifyCount(), 0); // nothing left this computer before the yes
        QSignalSpy ok(&accounts, &AccountController::loginSucceeded);
        accounts.acceptConsent();
        QVERIFY(ok.wait(5000));
        QCOMPARE(lastVerifyBody().value("account_consent").toBool(false), true);
        QVERIFY(memory.remembers(QStringLiteral("85073003328")));
        QVERIFY(!memory.remembers(QStringLiteral("90010112395")));
        // Kept as a keyed hash, never the number.
        QFile file(m_dir.filePath("consent.ini"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("85073003328"));
        accounts.forgetSession();

        // Next time on this computer: no question, the city logs in at once.
        accounts.loginWithEid();
        QVERIFY(ok.wait(5000));
        QVERIFY(!accounts.consentNeeded());
        QCOMPARE(lastVerifyBody().value("account_consent").toBool(true), false);
        accounts.forgetSession();

        // The kiosk never remembers.
        EidConsentMemory kiosk(false, m_dir.filePath("kiosk.ini"));
        kiosk.remember(QStringLiteral("85073003328"));
        QVERIFY(!kiosk.remembers(QStringLiteral("85073003328")));
    }

    void wrongPasswordAndThrottling()
    {
        m_routes.insert("POST /v1/auth/password",
            { 401, FakeCityServer::failure("auth", "invalid_credentials") });
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        QSignalSpy messages(&accounts, &AccountController::messageChanged);
        accounts.login("marie@namur.be", "wrong");
        QTRY_VERIFY_WITH_TIMEOUT(!accounts.busy(), 5000);
        QCOMPARE(
            accounts.errorMessage(), QStringLiteral("Adresse e-mail ou mot de passe incorrect."));

        m_routes.insert("POST /v1/auth/password",
            { 429, FakeCityServer::failure("rate_limited", "rate_limited", {}, 3) });
        accounts.login("marie@namur.be", "wrong");
        QTRY_VERIFY_WITH_TIMEOUT(!accounts.busy(), 5000);
        QCOMPARE(accounts.retryAfterSeconds(), 3);
        QVERIFY2(accounts.errorMessage().contains("3 s"), qPrintable(accounts.errorMessage()));
        const int hits = m_city->hits.size();
        accounts.login("marie@namur.be", "again"); // refused locally while waiting
        QCOMPARE(accounts.busy(), false);
        QTRY_COMPARE_WITH_TIMEOUT(accounts.retryAfterSeconds(), 2, 3000);
        QVERIFY(accounts.errorMessage().contains("2 s"));
        QCOMPARE(m_city->hits.size(), hits);
    }

    void registrationTellsWhereTheMailWent()
    {
        m_routes.insert("POST /v1/accounts",
            { 202,
                FakeCityServer::ok(QJsonObject { { "status", "activation_pending" },
                    { "email_sent_to", "marie@namur.be" }, { "link_valid_hours", 48 } }) });
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        QSignalSpy registered(&accounts, &AccountController::registered);
        accounts.registerAccount("marie@namur.be", "weak", {});
        QVERIFY(accounts.fieldErrors().contains("password")); // refused before any call
        QVERIFY(m_city->hits.isEmpty());

        accounts.registerAccount("marie@namur.be", "Solide-42", { { "surname", "Dupont" } });
        QVERIFY(registered.wait(5000));
        QVERIFY(accounts.notice().contains("marie@namur.be"));
        QVERIFY(accounts.notice().contains("48"));
        QVERIFY(accounts.notice().contains("spams"));
        QVERIFY(accounts.notice().contains("no-reply@namur.be"));
        QVERIFY(!m_city->hits.first().headers.value("idempotency-key").isEmpty());

        m_routes.insert(
            "POST /v1/accounts", { 409, FakeCityServer::failure("conflict", "email_in_use") });
        accounts.registerAccount("marie@namur.be", "Solide-42", {});
        QTRY_VERIFY_WITH_TIMEOUT(!accounts.busy(), 5000);
        QCOMPARE(accounts.errorMessage(),
            QStringLiteral("Un compte existe déjà avec cette adresse e-mail."));
    }

    void accountEmails()
    {
        m_routes.insert(
            "POST /v1/accounts/activation/resend", { 202, FakeCityServer::ok(QJsonObject()) });
        m_routes.insert(
            "POST /v1/accounts/password-reset", { 202, FakeCityServer::ok(QJsonObject()) });
        m_routes.insert("POST /v1/me/email-change",
            { 202,
                FakeCityServer::ok(QJsonObject { { "verification_sent_to", "neuf@namur.be" } }) });
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        accounts.resendActivation("marie@namur.be");
        QTRY_VERIFY_WITH_TIMEOUT(!accounts.notice().isEmpty(), 5000);
        QVERIFY(
            accounts.notice().contains("marie@namur.be") && accounts.notice().contains("spams"));
        accounts.requestPasswordReset("marie@namur.be");
        QTRY_VERIFY_WITH_TIMEOUT(accounts.notice().contains("mot de passe"), 5000);
        accounts.changeEmail("neuf@namur.be", "Actuel-2026");
        QTRY_VERIFY_WITH_TIMEOUT(accounts.notice().contains("neuf@namur.be"), 5000);
        QCOMPARE(m_city->hits.last().body,
            QByteArray("{\"new_email\":\"neuf@namur.be\",\"password\":\"Actuel-2026\"}"));
    }

    void passwordAccountsProfile_saysNothingOfACard()
    {
        const QJsonObject plain { { "value", "Durand" }, { "source", "profile" },
            { "editable", true } };
        const QJsonObject me { { "uuid", "u-2" }, { "email", "paul@namur.be" },
            { "email_verified", true }, { "auth_level", "password" },
            { "fields", QJsonObject { { "surname", plain } } } };
        m_routes.insert("GET /v1/me", { 200, FakeCityServer::ok(me) });
        ProfileController profile(m_api.get());
        QSignalSpy changed(&profile, &ProfileController::profileChanged);
        profile.load();
        QVERIFY(changed.wait(5000));
        QVERIFY(profile.loaded());
        QVERIFY(!profile.hasCardData());
        QCOMPARE(profile.fields().at(0).toMap().value("sourceLabel").toString(),
            QStringLiteral("profil"));
    }

    void profileLocksEidFields()
    {
        m_routes.insert("GET /v1/me", { 200, FakeCityServer::ok(meJson("081246000")) });
        ProfileController profile(m_api.get());
        QSignalSpy changed(&profile, &ProfileController::profileChanged);
        profile.load();
        QVERIFY(changed.wait(5000));
        QVERIFY(profile.loaded());
        const QVariantMap surname = profile.fields().at(0).toMap();
        QCOMPARE(surname.value("name").toString(), QStringLiteral("surname"));
        QCOMPARE(surname.value("locked").toBool(), true);
        QCOMPARE(surname.value("sourceLabel").toString(), QStringLiteral("carte d'identité"));
        QVERIFY(ProfileController::lockedExplanation().contains("administration communale"));
        QVERIFY(profile.hasCardData());
        QVERIFY(!profile.setField("surname", "Durand"));
        // Typing changes the phone's row only: no reset, no new profile for the forms.
        QAbstractItemModel* rows = profile.fieldModel();
        QCOMPARE(rows->rowCount(), profile.fields().size());
        QSignalSpy rowChanges(rows, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(rows, &QAbstractItemModel::modelReset);
        changed.clear();
        QVERIFY(profile.setField("phone", "0470 12 34 56"));
        QCOMPARE(rowChanges.size(), 1);
        const int phoneRow = rowChanges.at(0).at(0).toModelIndex().row();
        QCOMPARE(rowChanges.at(0).at(1).toModelIndex().row(), phoneRow);
        const int valueRole = rows->roleNames().key("value");
        QCOMPARE(
            rows->index(phoneRow, 0).data(valueRole).toString(), QStringLiteral("0470 12 34 56"));
        QCOMPARE(rows->index(phoneRow, 0).data(rows->roleNames().key("name")).toString(),
            QStringLiteral("phone"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 0);
        QVERIFY(profile.modified());
        QCOMPARE(profile.prefillValues().value("email"), QStringLiteral("marie@namur.be"));

        // A refused save keeps the edit and shows the city's message on the field.
        m_routes.insert("PATCH /v1/me",
            { 422,
                FakeCityServer::failure("validation", "validation_failed",
                    QJsonObject { { "phone", QJsonArray { "Numéro invalide." } } }) });
        profile.save();
        QTRY_VERIFY_WITH_TIMEOUT(!profile.busy(), 5000);
        QVERIFY(profile.modified());
        QVariantMap phone;
        for (const QVariant& f : profile.fields()) {
            if (f.toMap().value("name") == QLatin1String("phone"))
                phone = f.toMap();
        }
        QCOMPARE(phone.value("value").toString(), QStringLiteral("0470 12 34 56"));
        QCOMPARE(phone.value("error").toString(), QStringLiteral("Numéro invalide."));
        QCOMPARE(
            m_city->hits.last().body, QByteArray("{\"fields\":{\"phone\":\"0470 12 34 56\"}}"));

        m_routes.insert("PATCH /v1/me", { 200, FakeCityServer::ok(meJson("0470 12 34 56")) });
        QSignalSpy saved(&profile, &ProfileController::saved);
        profile.save();
        QVERIFY(saved.wait(5000));
        QVERIFY(!profile.modified());
        QCOMPARE(profile.prefillValues().value("phone"), QStringLiteral("0470 12 34 56"));

        m_routes.insert("PATCH /v1/me",
            { 403,
                FakeCityServer::failure("forbidden", "field_locked",
                    QJsonObject { { "iban", QJsonArray { "field_locked" } } }) });
        profile.setField("iban", "BE68539007547034");
        profile.save();
        QTRY_VERIFY_WITH_TIMEOUT(!profile.busy(), 5000);
        QVERIFY(profile.errorMessage().contains("carte d'identité"));
    }

    QList<FakeCityServer::Hit> logouts() const
    {
        QList<FakeCityServer::Hit> found;
        for (const FakeCityServer::Hit& hit : m_city->hits) {
            if (hit.path == QLatin1String("/v1/auth/logout"))
                found << hit;
        }
        return found;
    }
    static QJsonObject sessionAnswer(const QString& token)
    {
        return FakeCityServer::ok(QJsonObject { { "session_token", token },
            { "user",
                QJsonObject { { "uuid", "u-1" }, { "display_name", "Marie" },
                    { "auth_level", "password" } } } });
    }

    // Every end of a session (the kiosk's wiper calls forgetSession) logs the token out.
    void sessionEnd_logsTheTokenOutAtTheCity()
    {
        m_routes.insert("POST /v1/auth/password", { 200, sessionAnswer("tok-end") });
        m_routes.insert("POST /v1/auth/logout",
            { 200, FakeCityServer::ok(QJsonObject { { "logged_out", true } }) });
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        QSignalSpy ok(&accounts, &AccountController::loginSucceeded);
        accounts.login("marie@namur.be", "Secret-1");
        QVERIFY(ok.wait(5000));
        accounts.forgetSession();
        QVERIFY(!m_api->hasSession());
        QTRY_COMPARE_WITH_TIMEOUT(logouts().size(), 1, 5000);
        QCOMPARE(logouts().first().headers.value("authorization"), QByteArray("Bearer tok-end"));
    }

    // The card is pulled while the city answers the login: nobody is logged in, the screens
    // are free again, and the session the late answer opened is logged out at the city.
    void loginAnsweredAfterTheSessionEnded_opensNothing_andIsRevoked()
    {
        m_routes.insert("POST /v1/auth/password", { 200, sessionAnswer("tok-late") });
        m_holdRoutes.insert("POST /v1/auth/password");
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        QSignalSpy ok(&accounts, &AccountController::loginSucceeded);
        accounts.login("marie@namur.be", "Secret-1");
        QTRY_COMPARE_WITH_TIMEOUT(int(m_held.size()), 1, 5000);
        QVERIFY(accounts.busy());
        accounts.forgetSession(); // the session ends
        QVERIFY(!accounts.busy()); // the next citizen can log in
        release();
        QTRY_COMPARE_WITH_TIMEOUT(logouts().size(), 1, 5000);
        QCOMPARE(logouts().first().headers.value("authorization"), QByteArray("Bearer tok-late"));
        QTest::qWait(100);
        QCOMPARE(ok.count(), 0);
        QVERIFY(!accounts.loggedIn());
        QVERIFY(!m_api->hasSession());
    }

    // The card's signature completes after the session ended: nothing is sent to the city.
    void eidSignatureAfterTheSessionEnded_sendsNothing()
    {
        AccountController accounts(m_api.get(), "no-reply@namur.be");
        routeChallenge(accounts);
        routeEidSession();
        std::function<void(std::optional<EidLoginEvidence>, const QString&)> signed_;
        accounts.setEidSigner(
            [&signed_](const QByteArray&, const QStringList&, auto done) { signed_ = done; });
        accounts.loginWithEid();
        QTRY_VERIFY_WITH_TIMEOUT(bool(signed_), 5000);
        accounts.forgetSession(); // the card is pulled during the PIN
        EidLoginEvidence evidence;
        evidence.algorithm = QStringLiteral("SHA384withECDSA");
        evidence.signature = "sig";
        evidence.authCertificateDer = "cert";
        evidence.nationalNumber = QStringLiteral("85073003328");
        signed_(evidence, {});
        QTest::qWait(200);
        QCOMPARE(verifyCount(), 0);
        QVERIFY(!accounts.loggedIn());
        QVERIFY(!accounts.busy());
    }
};

QTEST_GUILESS_MAIN(TestAccountController)
#include "tst_accountcontroller.moc"
