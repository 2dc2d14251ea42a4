// SPDX-License-Identifier: GPL-3.0-or-later
// eID login against the sandbox with a test PKI made here: root -> citizen CA -> auth
// certificate (EC P-384, as on current cards), root -> RRN certificate (RSA), signed identity
// and address files. Checks the good path and each refusal.
#include "apiclient.h"
#include "sandboxprocess.h"
#include "testpki.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace testpki;

class TestApiEid : public QObject
{
    Q_OBJECT
    QTemporaryDir m_pki;
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    Key m_rootKey, m_caKey, m_authKey, m_rrnKey;
    Cert m_root, m_ca, m_auth, m_rrn;
    QByteArray m_identity, m_address;

    QJsonObject verifyBody(const QByteArray& nonceOverride = {}, bool withFiles = true)
    {
        return verifyBodyFor(m_authKey, m_auth, m_identity, nonceOverride, withFiles);
    }

    QJsonObject verifyBodyFor(const Key& authKey, const Cert& auth, const QByteArray& identity,
        const QByteArray& nonceOverride = {}, bool withFiles = true)
    {
        const QJsonObject challenge = m_api->call("POST", "/auth/eid/challenge").data().toObject();
        QJsonObject body { { "challenge_id", challenge["challenge_id"] },
            { "algorithm", "SHA384withECDSA" },
            { "signature_b64",
                b64(sign(authKey,
                    nonceOverride.isEmpty() ? loginMessage(m_sandbox, challenge)
                                            : nonceOverride)) },
            { "auth_cert_der_b64", b64(der(auth)) },
            { "chain_der_b64", QJsonArray { b64(der(m_ca)) } } };
        if (withFiles) {
            const QByteArray identitySig = sign(m_rrnKey, identity);
            body.insert("identity_file_b64", b64(identity));
            body.insert("identity_sig_b64", b64(identitySig));
            body.insert("address_file_b64", b64(m_address + QByteArray(20, '\0')));
            body.insert("address_sig_b64", b64(sign(m_rrnKey, m_address + identitySig)));
            body.insert("rrn_cert_der_b64", b64(der(m_rrn)));
        }
        return body;
    }

    /** What the card signs: "eguichet-eid-login-v1" || API origin || challenge_id || nonce. */
    static QByteArray loginMessage(const SandboxProcess& city, const QJsonObject& challenge)
    {
        return QByteArray("eguichet-eid-login-v1")
            + city.apiUrl().adjusted(QUrl::RemovePath).toString().toUtf8()
            + challenge["challenge_id"].toString().toLatin1()
            + QByteArray::fromBase64(challenge["nonce_b64"].toString().toLatin1());
    }

    /** A card's authentication certificate: the eID policy and the CRL distribution point. */
    Cert citizenCert(const QList<QPair<int, QString>>& subject, const Key& key)
    {
        return makeCert(subject, key, m_ca, m_caKey, false,
            { { NID_certificate_policies, "2.16.56.12.1.1.2.2" },
                { NID_crl_distribution_points,
                    "URI:" + QUrl::fromLocalFile(m_pki.filePath("ca.crl")).toEncoded() } });
    }

    /** A card holder the city has never seen: key, authentication certificate, identity. */
    struct Citizen
    {
        Key key;
        Cert auth;
        QByteArray identity;
    };
    Citizen newCitizen(const QString& nrn, const QString& surname)
    {
        Citizen c { ecKey(), {}, {} };
        c.auth = citizenCert({ { NID_countryName, "BE" }, { NID_surname, surname },
                                 { NID_givenName, "Test" }, { NID_serialNumber, nrn } },
            c.key);
        c.identity = tlv({ { 0x06, nrn.toUtf8() }, { 0x07, surname.toUtf8() }, { 0x08, "Test" },
            { 0x0A, "Belge" }, { 0x0B, "Namur" }, { 0x0D, "M" } });
        return c;
    }

private slots:
    void initTestCase()
    {
        m_rootKey = ecKey();
        m_caKey = ecKey();
        m_authKey = ecKey();
        m_rrnKey = rsaKey();
        m_root = makeCert({ { NID_countryName, "BE" }, { NID_commonName, "Test Belgium Root CA" } },
            m_rootKey, {}, {}, true);
        m_ca = makeCert({ { NID_countryName, "BE" }, { NID_commonName, "Test Citizen CA" } },
            m_caKey, m_root, m_rootKey, true);
        m_auth = citizenCert(
            { { NID_countryName, "BE" }, { NID_commonName, "Alice Spécimen (Authentication)" },
                { NID_surname, "Spécimen" }, { NID_givenName, "Alice Marie" },
                { NID_serialNumber, "85073003328" } },
            m_authKey);
        // The National Register's subject, as on production cards (the city's default rule).
        m_rrn = makeCert({ { NID_countryName, "BE" }, { NID_organizationName, "RRN" },
                             { NID_commonName, "RRN" } },
            m_rrnKey, m_root, m_rootKey, false);
        QFile crl(m_pki.filePath("ca.crl"));
        QVERIFY(crl.open(QIODevice::WriteOnly));
        crl.write(crlDer(m_ca, m_caKey, {}));
        crl.close();
        m_identity = tlv({ { 0x06, "85073003328" }, { 0x07, "Spécimen" }, { 0x08, "Alice Marie" },
            { 0x0A, "Belge" }, { 0x0B, "Namur" }, { 0x0D, "F" } });
        m_address = tlv({ { 0x01, "Place d'Armes 1" }, { 0x02, "5000" }, { 0x03, "Namur" } });

        QFile root(m_pki.filePath("root.pem"));
        QVERIFY(root.open(QIODevice::WriteOnly));
        root.write(pem(m_root));
        root.close();
        QString why;
        QVERIFY2(m_sandbox.start({ "--eid-trust-root", root.fileName() }, &why), qPrintable(why));
        m_api = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
    }

    void challenge_is_fresh_random_and_short_lived()
    {
        const QJsonObject a = m_api->call("POST", "/auth/eid/challenge").data().toObject();
        const QJsonObject b = m_api->call("POST", "/auth/eid/challenge").data().toObject();
        QCOMPARE(QByteArray::fromBase64(a["nonce_b64"].toString().toLatin1()).size(), 32);
        QVERIFY(a["nonce_b64"] != b["nonce_b64"]);
        QVERIFY(a["challenge_id"] != b["challenge_id"]);
        QVERIFY(a["accepted_algorithms"].toArray().contains("SHA384withECDSA"));
        const QDateTime expires = QDateTime::fromString(a["expires_at"].toString(), Qt::ISODate);
        QVERIFY(expires > QDateTime::currentDateTimeUtc());
        QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(301));
    }

    void card_login_opens_the_demo_account_with_card_data()
    {
        const ApiReply r = m_api->call("POST", "/auth/eid/verify", verifyBody());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["user"].toObject()["auth_level"].toString(), QString("eid"));
        QCOMPARE(r.data()["user"].toObject()["email"].toString(), QString(ApiClient::DemoEmail));
        m_api->setToken(r.data()["session_token"].toString());
        const QJsonObject fields = m_api->call("GET", "/me").data()["fields"].toObject();
        QCOMPARE(
            fields["street_and_number"].toObject()["value"].toString(), QString("Place d'Armes 1"));
        QCOMPARE(fields["street_and_number"].toObject()["source"].toString(), QString("eid"));
        QCOMPARE(fields["birth_date"].toObject()["value"].toString(), QString("1985-07-30"));
        // An eID session may ask for eID-only services.
        const QJsonObject body { { "service", "certificat-de-nationalite" },
            { "data",
                QJsonObject { { "beneficiary", "me" }, { "purpose", "school" }, { "copies", "1" },
                    { "delivery", "pickup" }, { "email", ApiClient::DemoEmail } } } };
        QCOMPARE(m_api->call("POST", "/requests", body).status, 201);
        m_api->setToken({});
    }

    void challenge_is_single_use()
    {
        const QJsonObject body = verifyBody();
        QCOMPARE(m_api->call("POST", "/auth/eid/verify", body).status, 200);
        const ApiReply again = m_api->call("POST", "/auth/eid/verify", body);
        QCOMPARE(again.status, 401);
        QCOMPARE(again.errCode(), QString("challenge_invalid"));
    }

    void refusals()
    {
        ApiReply r = m_api->call("POST", "/auth/eid/verify", verifyBody("another nonce"));
        QCOMPARE(r.errCode(), QString("eid_signature_invalid"));

        QJsonObject body = verifyBody();
        body["chain_der_b64"] = QJsonArray {};
        r = m_api->call("POST", "/auth/eid/verify", body);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errCode(), QString("eid_untrusted"));

        // A certificate from another PKI, even well signed, is not trusted.
        const Key otherRootKey = ecKey();
        const Cert otherRoot
            = makeCert({ { NID_commonName, "Other root" } }, otherRootKey, {}, {}, true);
        const Key forgedKey = ecKey();
        const Cert forged
            = makeCert({ { NID_commonName, "Forged" }, { NID_serialNumber, "85073003328" } },
                forgedKey, otherRoot, otherRootKey, false);
        const QJsonObject challenge = m_api->call("POST", "/auth/eid/challenge").data().toObject();
        r = m_api->call("POST", "/auth/eid/verify",
            { { "challenge_id", challenge["challenge_id"] }, { "algorithm", "SHA384withECDSA" },
                { "signature_b64", b64(sign(forgedKey, loginMessage(m_sandbox, challenge))) },
                { "auth_cert_der_b64", b64(der(forged)) },
                { "chain_der_b64", QJsonArray { b64(der(otherRoot)) } } });
        QCOMPARE(r.errCode(), QString("eid_untrusted"));

        // Tampered identity file: the National Register signature no longer matches.
        body = verifyBody();
        QByteArray identity = m_identity;
        identity.replace("Namur", "Liège");
        body["identity_file_b64"] = b64(identity);
        r = m_api->call("POST", "/auth/eid/verify", body);
        QCOMPARE(r.errCode(), QString("eid_signature_invalid"));

        // A DER-encoded ECDSA signature is accepted as well as the card's raw r||s.
        const QJsonObject derChallenge
            = m_api->call("POST", "/auth/eid/challenge").data().toObject();
        body = verifyBody({}, false);
        body["challenge_id"] = derChallenge["challenge_id"];
        body["signature_b64"] = b64(sign(m_authKey, loginMessage(m_sandbox, derChallenge), false));
        QCOMPARE(m_api->call("POST", "/auth/eid/verify", body).status, 200);

        body = verifyBody();
        body["algorithm"] = "SHA256withRSA"; // not what an EC key signs with
        r = m_api->call("POST", "/auth/eid/verify", body);
        QCOMPARE(r.errCode(), QString("eid_signature_invalid"));

        r = m_api->call("POST", "/auth/eid/verify", { { "challenge_id", "nope" } });
        QCOMPARE(r.errCode(), QString("challenge_invalid"));
    }

    void new_card_without_consent_creates_nothing_and_may_retry_once()
    {
        const Citizen c = newCitizen("90010112395", "Nouveau");
        QJsonObject body = verifyBodyFor(c.key, c.auth, c.identity);
        body["account_consent"] = false;
        ApiReply r = m_api->call("POST", "/auth/eid/verify", body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["consent_required"].toBool(), true);
        QCOMPARE(r.data()["account_action"].toString(), QString("create"));
        QVERIFY(!r.data().toObject().contains("session_token"));
        // Refused (nothing more sent): a later login without consent still finds no account.
        QJsonObject later = verifyBodyFor(c.key, c.auth, c.identity);
        later["account_consent"] = false;
        QCOMPARE(m_api->call("POST", "/auth/eid/verify", later).data()["consent_required"].toBool(),
            true);

        // Agreed: the same body once more, with consent, opens the new account from the card.
        body["account_consent"] = true;
        r = m_api->call("POST", "/auth/eid/verify", body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["user"].toObject()["auth_level"].toString(), QString("eid"));
        m_api->setToken(r.data()["session_token"].toString());
        const QJsonObject fields = m_api->call("GET", "/me").data()["fields"].toObject();
        QCOMPARE(fields["surname"].toObject()["value"].toString(), QString("Nouveau"));
        QCOMPARE(fields["surname"].toObject()["source"].toString(), QString("eid"));
        QCOMPARE(fields["street_and_number"].toObject()["source"].toString(), QString("eid"));
        QVERIFY(!fields["surname"].toObject()["editable"].toBool());
        m_api->setToken({});
        // Given back once only: a third use is refused.
        r = m_api->call("POST", "/auth/eid/verify", body);
        QCOMPARE(r.errCode(), QString("challenge_invalid"));
        // Linked now: without consent the next login opens the account at once.
        later = verifyBodyFor(c.key, c.auth, c.identity);
        later["account_consent"] = false;
        r = m_api->call("POST", "/auth/eid/verify", later);
        QVERIFY(!r.data()["session_token"].toString().isEmpty());
    }

    /** A new active password account, logged in on `api`. */
    void passwordAccount(ApiClient& api, const QString& email, const QString& password)
    {
        QCOMPARE(
            api.call("POST", "/accounts", { { "email", email }, { "password", password } }).status,
            202);
        const QString token = api.lastMail(email)["token"].toString();
        QCOMPARE(api.call("POST", "/accounts/activate", { { "token", token } }).status, 200);
        QVERIFY(api.login(email, password));
    }

    void missing_consent_is_no_consent()
    {
        // A client that sends no account_consent (or anything but true) creates nothing.
        const Citizen c = newCitizen("91020312363", "Silencieux");
        for (const QJsonValue& consent : { QJsonValue(), QJsonValue("true"), QJsonValue(1) }) {
            QJsonObject body = verifyBodyFor(c.key, c.auth, c.identity);
            if (!consent.isUndefined() && !consent.isNull())
                body["account_consent"] = consent;
            const ApiReply r = m_api->call("POST", "/auth/eid/verify", body);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.data()["consent_required"].toBool(), true);
            QVERIFY(!r.data().toObject().contains("session_token"));
        }
    }

    void a_typed_national_number_never_finds_a_password_account()
    {
        // Attack: a password account claims the victim's national number in its profile, so
        // that the victim's eID login lands in the attacker's account (or the reverse).
        ApiClient attacker(m_sandbox.apiUrl(), m_sandbox.ca());
        passwordAccount(attacker, "lien@example.org", "Namur-2026");
        QCOMPARE(attacker
                     .call("PATCH", "/me",
                         { { "fields", QJsonObject { { "national_number", "92020245672" } } } })
                     .status,
            403);
        // The victim logs in with the card (no session): a new account, never the attacker's.
        const Citizen c = newCitizen("92020245672", "Lien");
        QJsonObject body = verifyBodyFor(c.key, c.auth, c.identity);
        body["account_consent"] = false;
        ApiReply r = m_api->call("POST", "/auth/eid/verify", body);
        QCOMPARE(r.data()["consent_required"].toBool(), true);
        QCOMPARE(r.data()["account_action"].toString(), QString("create"));
        body["account_consent"] = true;
        r = m_api->call("POST", "/auth/eid/verify", body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["user"].toObject()["email"].toString(), QString());
        // The attacker's account has no number and no card data.
        const QJsonObject fields = attacker.call("GET", "/me").data()["fields"].toObject();
        QCOMPARE(fields["national_number"].toObject()["value"].toString(), QString());
        QCOMPARE(fields["surname"].toObject()["source"].toString(), QString("profile"));
    }

    void a_card_joins_the_password_account_that_logs_in_with_it()
    {
        // The legitimate link: logged in with the password, the citizen logs in with the card
        // in the same session and agrees; later card logins open that account.
        ApiClient api(m_sandbox.apiUrl(), m_sandbox.ca());
        passwordAccount(api, "carte.ensuite@example.org", "Ensuite-2026");
        const Citizen c = newCitizen("93030334584", "Ensuite");
        QJsonObject body = verifyBodyFor(c.key, c.auth, c.identity);
        body["account_consent"] = false;
        ApiReply r = api.call("POST", "/auth/eid/verify", body);
        QCOMPARE(r.data()["account_action"].toString(), QString("link"));
        body["account_consent"] = true;
        r = api.call("POST", "/auth/eid/verify", body);
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.data()["user"].toObject()["email"].toString(), QString("carte.ensuite@example.org"));
        body = verifyBodyFor(c.key, c.auth, c.identity); // no session, no consent needed
        r = m_api->call("POST", "/auth/eid/verify", body);
        QCOMPARE(
            r.data()["user"].toObject()["email"].toString(), QString("carte.ensuite@example.org"));
        // That account now has the card's number, locked; an account holds one card only.
        api.setToken(r.data()["session_token"].toString());
        const QJsonObject nrn
            = api.call("GET", "/me").data()["fields"].toObject()["national_number"].toObject();
        QCOMPARE(nrn["value"].toString(), QString("93030334584"));
        QCOMPARE(nrn["source"].toString(), QString("eid"));
    }

    void linked_card_without_consent_logs_in()
    {
        // The demo account's number came from a card: no consent to ask.
        QJsonObject body = verifyBody();
        body["account_consent"] = false;
        const ApiReply r = m_api->call("POST", "/auth/eid/verify", body);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.data()["consent_required"].toBool());
        QCOMPARE(r.data()["user"].toObject()["email"].toString(), QString(ApiClient::DemoEmail));
    }

    void expired_challenge_is_refused()
    {
        SandboxProcess quick;
        QString why;
        QVERIFY2(
            quick.start(
                { "--eid-trust-root", m_pki.filePath("root.pem"), "--eid-challenge-s", "1" }, &why),
            qPrintable(why));
        ApiClient api(quick.apiUrl(), quick.ca());
        const QJsonObject challenge = api.call("POST", "/auth/eid/challenge").data().toObject();
        QTest::qWait(2100);
        const ApiReply r = api.call("POST", "/auth/eid/verify",
            { { "challenge_id", challenge["challenge_id"] }, { "algorithm", "SHA384withECDSA" },
                { "signature_b64", b64(sign(m_authKey, loginMessage(quick, challenge))) },
                { "auth_cert_der_b64", b64(der(m_auth)) },
                { "chain_der_b64", QJsonArray { b64(der(m_ca)) } } });
        QCOMPARE(r.errCode(), QString("challenge_invalid"));
    }
};

QTEST_GUILESS_MAIN(TestApiEid)
#include "tst_api_eid.moc"
