// SPDX-License-Identifier: GPL-3.0-or-later
// Counter mode on the city side (issue #14), against the real sandbox over TLS: clerks sign
// in as themselves (staff account or their own eID) at a registered counter station and get
// their role; staff operations need that station's certificate AND the clerk's session made
// there; a citizen's session never has staff rights, a clerk's is never a citizen's. Each
// attack is performed and must be refused.

#include "apiclient.h"
#include "sandboxprocess.h"
#include "testpki.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace testpki;

namespace {

const char* const kPopulationClerk = "marc.dupont@namur.example";
const char* const kPopulationPassword = "Guichet-Pop1";
const char* const kEtatCivilClerk = "ines.lambert@namur.example";
const char* const kEtatCivilPassword = "Guichet-EC-2";
const char* const kEtatCivilNrn = "90020199704"; // her own card
const char* const kSupervisor = "chef.population@namur.example";
const char* const kSupervisorPassword = "Chef-Namur3";
const char* const kDemoNrn = "85073003328";

} // namespace

class TestApiCounter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    Key m_rootKey, m_caKey, m_rrnKey, m_ca2Key;
    Cert m_root, m_ca, m_rrn, m_ca2; // m_ca2: a second citizen CA, whose CRL revokes a card
    Key m_revokedKey;
    Cert m_revokedAuth;

    QString dirOf(const QString& name) const { return m_dir.filePath(name); }

    /** A client on station `device` (its certificate), or with none when `device` is empty. */
    std::unique_ptr<ApiClient> at(const QString& device)
    {
        auto api = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
        if (!device.isEmpty() && !api->useStation(dirOf(device)))
            return nullptr;
        return api;
    }

    static ApiReply staffLogin(ApiClient& api, const QString& login, const QString& password)
    {
        return api.call(
            "POST", "/staff/auth/password", { { "email", login }, { "password", password } });
    }

    /** A clerk signed in at `device`: the client keeps the clerk's token. */
    std::unique_ptr<ApiClient> clerkAt(
        const QString& device, const QString& login, const QString& password)
    {
        auto api = at(device);
        if (!api)
            return nullptr;
        const ApiReply r = staffLogin(*api, login, password);
        if (r.status != 200)
            return nullptr;
        api->setToken(r.data()["session_token"].toString());
        return api;
    }

    /** A card (key, authentication certificate under the test citizen CA, identity file). */
    struct Card
    {
        Key key;
        Cert auth;
        QByteArray identity;
        QByteArray address;
    };
    Cert authCert(const QString& nrn, const QString& surname, const QString& givenNames,
        const Key& key, const Cert& ca, const Key& caKey, const QString& crlFile)
    {
        return makeCert({ { NID_countryName, "BE" }, { NID_surname, surname },
                            { NID_givenName, givenNames }, { NID_serialNumber, nrn } },
            key, ca, caKey, false,
            { { NID_certificate_policies, "2.16.56.12.1.1.2.2" },
                { NID_crl_distribution_points,
                    "URI:" + QUrl::fromLocalFile(m_dir.filePath(crlFile)).toEncoded() } });
    }
    Card card(const QString& nrn, const QString& surname, const QString& givenNames,
        const QByteArray& validUntil = "31.12.2031")
    {
        Card c { ecKey(), {}, {}, {} };
        c.auth = authCert(nrn, surname, givenNames, c.key, m_ca, m_caKey, "ca.crl");
        c.identity = tlv({ { 0x04, validUntil }, { 0x06, nrn.toUtf8() }, { 0x07, surname.toUtf8() },
            { 0x08, givenNames.toUtf8() }, { 0x0A, "Belge" }, { 0x0B, "Namur" }, { 0x0D, "F" } });
        c.address = tlv({ { 0x01, "Rue de Fer 42" }, { 0x02, "5000" }, { 0x03, "Namur" } });
        return c;
    }

    /** The National Register's files of a card as the app reads them (no PIN needed). */
    QJsonObject cardFiles(const Card& c)
    {
        const QByteArray identitySig = sign(m_rrnKey, c.identity);
        return { { "identity_file_b64", b64(c.identity) }, { "identity_sig_b64", b64(identitySig) },
            { "address_file_b64", b64(c.address + QByteArray(20, '\0')) },
            { "address_sig_b64", b64(sign(m_rrnKey, c.address + identitySig)) },
            { "rrn_cert_der_b64", b64(der(m_rrn)) } };
    }

    /** The card as the clerk's app reads it at the desk (no PIN): files and certificates. */
    QJsonObject deskRead(const Card& c)
    {
        QJsonObject read = cardFiles(c);
        read.insert("auth_cert_der_b64", b64(der(c.auth)));
        read.insert("chain_der_b64", QJsonArray { b64(der(m_ca)) });
        return read;
    }

    /** A composition de ménage for school (free), picked up, as the clerk fills it. */
    static QJsonObject compositionData()
    {
        return { { "beneficiary", "me" }, { "purpose", "school" }, { "copies", "1" },
            { "delivery", "pickup" }, { "email", "alice@example.org" } };
    }

    static QJsonObject onBehalf(const QJsonObject& data, const QJsonObject& citizen)
    {
        return { { "service", "composition-de-menage" }, { "data", data }, { "citizen", citizen } };
    }

    /** The ids of the requests staff find with this card read at the desk. */
    QStringList foundByCard(ApiClient& clerk, const QJsonObject& read)
    {
        QStringList ids;
        const ApiReply r = clerk.call("POST", "/staff/requests/by-card", { { "citizen", read } });
        for (const QJsonValue& v : r.data().toArray())
            ids << v.toObject()["id"].toString();
        return ids;
    }

    /** An eID sign-in body: a fresh challenge signed by the card after its PIN. */
    QJsonObject eidBody(ApiClient& api, const Card& c)
    {
        const QJsonObject challenge = api.call("POST", "/auth/eid/challenge").data().toObject();
        const QByteArray message = QByteArray("eguichet-eid-login-v1")
            + m_sandbox.apiUrl().adjusted(QUrl::RemovePath).toString().toUtf8()
            + challenge["challenge_id"].toString().toLatin1()
            + QByteArray::fromBase64(challenge["nonce_b64"].toString().toLatin1());
        QJsonObject body = cardFiles(c);
        body.insert("challenge_id", challenge["challenge_id"]);
        body.insert("algorithm", "SHA384withECDSA");
        body.insert("signature_b64", b64(sign(c.key, message)));
        body.insert("auth_cert_der_b64", b64(der(c.auth)));
        body.insert("chain_der_b64", QJsonArray { b64(der(m_ca)) });
        return body;
    }

private slots:
    void initTestCase()
    {
        m_rootKey = ecKey();
        m_caKey = ecKey();
        m_rrnKey = rsaKey();
        m_root = makeCert({ { NID_countryName, "BE" }, { NID_commonName, "Test Belgium Root CA" } },
            m_rootKey, {}, {}, true);
        m_ca = makeCert({ { NID_countryName, "BE" }, { NID_commonName, "Test Citizen CA" } },
            m_caKey, m_root, m_rootKey, true);
        m_rrn = makeCert({ { NID_countryName, "BE" }, { NID_organizationName, "RRN" },
                             { NID_commonName, "RRN" } },
            m_rrnKey, m_root, m_rootKey, false);
        QFile crl(m_dir.filePath("ca.crl"));
        QVERIFY(crl.open(QIODevice::WriteOnly));
        crl.write(crlDer(m_ca, m_caKey, {}));
        crl.close();
        // A second citizen CA whose CRL lists one card: a stolen card, revoked at the
        // National Register.
        m_ca2Key = ecKey();
        m_ca2 = makeCert({ { NID_countryName, "BE" }, { NID_commonName, "Test Citizen CA 2" } },
            m_ca2Key, m_root, m_rootKey, true);
        m_revokedKey = ecKey();
        m_revokedAuth
            = authCert("79021802145", "Volé", "Carte", m_revokedKey, m_ca2, m_ca2Key, "ca2.crl");
        QFile crl2(m_dir.filePath("ca2.crl"));
        QVERIFY(crl2.open(QIODevice::WriteOnly));
        crl2.write(crlDer(m_ca2, m_ca2Key, { m_revokedAuth }));
        crl2.close();
        QFile root(m_dir.filePath("root.pem"));
        QVERIFY(root.open(QIODevice::WriteOnly));
        root.write(pem(m_root));
        root.close();

        QString why;
        QVERIFY2(m_sandbox.start({ "--eid-trust-root", root.fileName() }, &why), qPrintable(why));
        for (const char* counter :
            { "counter-1", "counter-2", "counter-3", "counter-4", "counter-retired" })
            QVERIFY2(
                m_sandbox.issueDevice(counter, dirOf(counter), &why, "counter"), qPrintable(why));
        QVERIFY2(m_sandbox.issueDevice("kiosk-1", dirOf("kiosk-1"), &why), qPrintable(why));
        QVERIFY2(m_sandbox.deactivateDevice("counter-retired", &why), qPrintable(why));
        QVERIFY2(m_sandbox.addStaff(
                     kPopulationClerk, "population", "Marc Dupont", kPopulationPassword, {}, &why),
            qPrintable(why));
        QVERIFY2(m_sandbox.addStaff(kEtatCivilClerk, "etat-civil", "Inès Lambert",
                     kEtatCivilPassword, kEtatCivilNrn, &why),
            qPrintable(why));
        QVERIFY2(m_sandbox.addStaff(
                     kSupervisor, "supervisor", "Chef Population", kSupervisorPassword, {}, &why),
            qPrintable(why));
        // A role the city does not have, or neither password nor card: nobody is added.
        QVERIFY(!m_sandbox.addStaff("x@namur.example", "mayor", "X", "Pass-word1", {}, &why));
        QVERIFY(!m_sandbox.addStaff("y@namur.example", "population", "Y", {}, {}, &why));
    }

    void a_clerk_signs_in_at_a_counter_and_gets_their_role_and_name()
    {
        auto api = at("counter-1");
        ApiReply r = staffLogin(*api, kPopulationClerk, kPopulationPassword);
        QCOMPARE(r.status, 200);
        const QJsonObject staff = r.data()["staff"].toObject();
        QCOMPARE(staff["role"].toString(), QString("population"));
        QCOMPARE(staff["display_name"].toString(), QString("Marc Dupont"));
        QCOMPARE(staff["auth_level"].toString(), QString("password"));
        QCOMPARE(staff["device_id"].toString(), QString("counter-1"));
        api->setToken(r.data()["session_token"].toString());
        r = api->call("GET", "/staff/me");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["role"].toString(), QString("population"));
        QCOMPARE(r.data()["uuid"].toString(), staff["uuid"].toString());

        auto supervisor = clerkAt("counter-2", kSupervisor, kSupervisorPassword);
        QVERIFY(supervisor);
        QCOMPARE(
            supervisor->call("GET", "/staff/me").data()["role"].toString(), QString("supervisor"));
    }

    void a_clerk_signs_in_with_their_own_eid()
    {
        auto api = at("counter-1");
        const Card ines = card(kEtatCivilNrn, "Lambert", "Inès");
        ApiReply r = api->call("POST", "/staff/auth/eid", eidBody(*api, ines));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["staff"].toObject()["role"].toString(), QString("etat-civil"));
        QCOMPARE(r.data()["staff"].toObject()["display_name"].toString(), QString("Inès Lambert"));
        QCOMPARE(r.data()["staff"].toObject()["auth_level"].toString(), QString("eid"));

        // A citizen's genuine card is no clerk's: refused, and no account is made or linked.
        const Card alice = card(kDemoNrn, "Spécimen", "Alice Marie");
        r = api->call("POST", "/staff/auth/eid", eidBody(*api, alice));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errCode(), QString("invalid_credentials"));
        // The clerk's card signing another origin's message is refused as at the citizen login.
        QJsonObject forged = eidBody(*api, ines);
        forged["signature_b64"] = b64(sign(ines.key, "another service's nonce"));
        r = api->call("POST", "/staff/auth/eid", forged);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errCode(), QString("eid_signature_invalid"));
        // ... and it counts only at a counter.
        auto kiosk = at("kiosk-1");
        r = kiosk->call("POST", "/staff/auth/eid", eidBody(*kiosk, ines));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("counter_required"));
    }

    void sign_in_only_at_a_registered_active_counter_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no certificate (a home computer)") << "" << 403 << "device_required";
        QTest::newRow("a kiosk's certificate") << "kiosk-1" << 403 << "counter_required";
        QTest::newRow("a deactivated counter") << "counter-retired" << 403 << "device_required";
    }
    void sign_in_only_at_a_registered_active_counter()
    {
        QFETCH(QString, device);
        QFETCH(int, status);
        QFETCH(QString, code);
        auto api = at(device);
        QVERIFY(api);
        // The right password, from the wrong place: refused, and no session is opened.
        const ApiReply r = staffLogin(*api, kPopulationClerk, kPopulationPassword);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errCode(), code);
        QVERIFY(!r.data().toObject().contains("session_token"));
    }

    void a_citizen_session_never_has_staff_rights()
    {
        // The citizen logs in on the counter's own connection (as on the app at the desk).
        auto api = at("counter-1");
        QVERIFY(api->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        ApiReply r = api->call("GET", "/staff/me");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("staff_required"));
        r = api->call("POST", "/staff/auth/logout");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("staff_required"));
        // A citizen's credentials are no clerk's.
        r = staffLogin(*api, ApiClient::DemoEmail, ApiClient::DemoPassword);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errCode(), QString("invalid_credentials"));
    }

    void a_clerk_session_is_no_citizen_session()
    {
        auto clerk = clerkAt("counter-1", kSupervisor, kSupervisorPassword);
        QVERIFY(clerk);
        for (const char* path : { "/me", "/requests", "/basket", "/payments" }) {
            const ApiReply r = clerk->call("GET", path);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errCode(), QString("session_required"));
        }
    }

    void staff_operations_need_the_counter_and_the_clerk_session_made_there()
    {
        struct Case
        {
            QString device;
            bool withToken;
            int status;
            QString code;
        };
        const QList<Case> cases {
            { "", true, 403, "device_required" }, // the clerk's token copied to another PC
            { "kiosk-1", true, 403, "counter_required" }, // ... to a kiosk
            { "counter-2", true, 403, "device_mismatch" }, // ... to another counter
            { "counter-1", false, 401, "session_required" }, // the counter without a clerk
        };
        const ApiReply login = staffLogin(*at("counter-1"), kPopulationClerk, kPopulationPassword);
        QCOMPARE(login.status, 200);
        const QString clerkToken = login.data()["session_token"].toString();
        ApiReply r;
        for (const Case& c : cases) {
            auto api = at(c.device);
            if (c.withToken)
                api->setToken(clerkToken);
            r = api->call("GET", "/staff/me");
            QCOMPARE(r.status, c.status);
            QCOMPARE(r.errCode(), c.code);
        }
        // Still valid at its own counter; logged out there, it is dead everywhere.
        auto own = at("counter-1");
        own->setToken(clerkToken);
        QCOMPARE(own->call("GET", "/staff/me").status, 200);
        QCOMPARE(own->call("POST", "/staff/auth/logout").status, 200);
        r = own->call("GET", "/staff/me");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errCode(), QString("session_required"));
    }

    void a_deactivated_clerk_is_out_at_once()
    {
        QString why;
        QVERIFY2(m_sandbox.addStaff("leaving@namur.example", "population", "Parti Bientôt",
                     "Depart-2026", {}, &why),
            qPrintable(why));
        auto clerk = clerkAt("counter-1", "leaving@namur.example", "Depart-2026");
        QVERIFY(clerk);
        QCOMPARE(clerk->call("GET", "/staff/me").status, 200);
        QVERIFY2(m_sandbox.deactivateStaff("leaving@namur.example", &why), qPrintable(why));
        ApiReply r = clerk->call("GET", "/staff/me");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errCode(), QString("session_required"));
        r = staffLogin(*at("counter-1"), "leaving@namur.example", "Depart-2026");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("account_inactive"));
    }

    void a_clerk_files_on_behalf_of_the_citizen_identified_by_card()
    {
        auto clerk = clerkAt("counter-1", kPopulationClerk, kPopulationPassword);
        QVERIFY(clerk);
        const Card alice = card(kDemoNrn, "Spécimen", "Alice Marie");
        // The body names another applicant, another clerk, another channel.
        QJsonObject data = compositionData();
        data["surname"] = "Usurpateur";
        data["first_names"] = "Paul";
        data["national_number"] = "79021802145";
        data["street_and_number"] = "Rue Ailleurs 1";
        QJsonObject body = onBehalf(data, deskRead(alice));
        body["channel"] = "online";
        body["agent"] = QJsonObject { { "uuid", "someone-else" }, { "display_name", "Autre" } };
        body["identified_by"] = "declared";
        const ApiReply r = clerk->call("POST", "/staff/requests", body);
        QCOMPARE(r.status, 201);
        const QJsonObject filed = r.data().toObject();
        QCOMPARE(filed["channel"].toString(), QString("counter"));
        QCOMPARE(filed["identified_by"].toString(), QString("eid_card_at_desk"));
        QCOMPARE(filed["identity"].toString(), QString("eid"));
        const QJsonObject me = clerk->call("GET", "/staff/me").data().toObject();
        QCOMPARE(filed["agent"].toObject()["uuid"].toString(), me["uuid"].toString());
        QCOMPARE(filed["agent"].toObject()["display_name"].toString(), QString("Marc Dupont"));
        QCOMPARE(QString::fromUtf8(r.header("location")),
            "/v1/staff/requests/" + filed["number"].toString());
        // The applicant is the card's holder, re-imposed by the city from the signed files.
        const QString fields = QString::fromUtf8(QJsonDocument(filed["fields"].toArray()).toJson());
        for (const char* fromCard : { "Spécimen", "Alice Marie", kDemoNrn, "Rue de Fer 42" })
            QVERIFY2(fields.contains(QString::fromUtf8(fromCard)), fromCard);
        for (const char* typed : { "Usurpateur", "Paul", "79021802145", "Rue Ailleurs" })
            QVERIFY2(!fields.contains(QString::fromUtf8(typed)), typed);
        QVERIFY(fields.contains("Marc Dupont")); // "Introduite au guichet par …"

        // The card's holder has an account (an earlier eID login linked it): it is theirs.
        ApiClient citizen(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(citizen.login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        const ApiReply mine = citizen.call("GET", "/requests/" + filed["id"].toString());
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.data()["channel"].toString(), QString("counter"));
        QCOMPARE(
            mine.data()["agent"].toObject()["display_name"].toString(), QString("Marc Dupont"));
        // A citizen's own filing is online, whatever its body claims.
        QJsonObject own = onBehalf(compositionData(), {});
        own.remove("citizen");
        own["channel"] = "counter";
        own["agent"] = QJsonObject { { "uuid", me["uuid"] }, { "display_name", "Marc Dupont" } };
        own["identified_by"] = "eid_card_at_desk";
        const ApiReply online = citizen.call("POST", "/requests", own);
        QCOMPARE(online.status, 201);
        QCOMPARE(online.data()["channel"].toString(), QString("online"));
        QVERIFY(!online.data().toObject().contains("agent"));
        QVERIFY(!online.data().toObject().contains("identified_by"));
    }

    void a_citizen_without_an_account_is_served_and_found_by_card_or_reference()
    {
        auto clerk = clerkAt("counter-1", kPopulationClerk, kPopulationPassword);
        const QJsonObject bob = deskRead(card("60090404195", "Martin", "Robert"));
        QVERIFY(foundByCard(*clerk, bob).isEmpty());
        const ApiReply r = clerk->call("POST", "/staff/requests", onBehalf(compositionData(), bob));
        QCOMPARE(r.status, 201);
        QCOMPARE(foundByCard(*clerk, bob), QStringList { r.data()["id"].toString() });
        const ApiReply byNumber
            = clerk->call("GET", "/staff/requests/" + r.data()["number"].toString());
        QCOMPARE(byNumber.status, 200);
        QCOMPARE(byNumber.data()["id"].toString(), r.data()["id"].toString());
        QVERIFY(QJsonDocument(byNumber.data()["fields"].toArray()).toJson().contains("Martin"));
        const ApiReply unknown = clerk->call("GET", "/staff/requests/2026-999999");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errCode(), QString("request_not_found"));
        // Bob's first eID login (he agrees to an account) makes the desk's request his.
        ApiClient home(m_sandbox.apiUrl(), m_sandbox.ca());
        QJsonObject login = eidBody(home, card("60090404195", "Martin", "Robert"));
        login["account_consent"] = true;
        const ApiReply opened = home.call("POST", "/auth/eid/verify", login);
        QCOMPARE(opened.status, 200);
        home.setToken(opened.data()["session_token"].toString());
        const QJsonArray his = home.call("GET", "/requests").data().toArray();
        QCOMPARE(his.size(), 1);
        QCOMPARE(his.at(0).toObject()["id"].toString(), r.data()["id"].toString());
        QCOMPARE(his.at(0).toObject()["channel"].toString(), QString("counter"));
        QCOMPARE(foundByCard(*clerk, bob), QStringList { r.data()["id"].toString() });

        // Alice's card finds her requests from home (the demo's four) besides the desk's.
        ApiClient citizen(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(citizen.login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        QStringList hers;
        for (const QJsonValue& v : citizen.call("GET", "/requests?limit=200").data().toArray())
            hers << v.toObject()["id"].toString();
        QCOMPARE(foundByCard(*clerk, deskRead(card(kDemoNrn, "Spécimen", "Alice Marie"))), hers);
    }

    void a_card_the_city_cannot_verify_identifies_nobody_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("reason"); // the English message of errors.citizen
        QTest::newRow("identity file changed after the National Register signed it")
            << "edited"
            << "The card's signature is not valid.";
        QTest::newRow("files signed by a made-up National Register")
            << "fake-rrn"
            << "The card's signature is not valid.";
        QTest::newRow("another person's signed files with this card's certificate")
            << "swapped"
            << "The card's signature is not valid.";
        QTest::newRow("a card revoked at the National Register (stolen)")
            << "revoked"
            << "This identity card has been revoked (lost, stolen or replaced).";
        QTest::newRow("a certificate of a CA the city does not trust")
            << "untrusted"
            << "The card's certificate is not recognised.";
        QTest::newRow("an expired card") << "expired"
                                         << "This identity card is no longer valid.";
        QTest::newRow("the address file left out") << "no-address"
                                                   << "The card's address was not read.";
    }
    void a_card_the_city_cannot_verify_identifies_nobody()
    {
        QFETCH(QString, attack);
        QFETCH(QString, reason);
        auto clerk = clerkAt("counter-1", kSupervisor, kSupervisorPassword);
        clerk->setLanguage("en");
        const QString nrn = "71071512394";
        const Card claire = card(nrn, "Leroy", "Claire");
        QJsonObject read = deskRead(claire);
        if (attack == "edited") {
            QByteArray edited = claire.identity;
            edited.replace("Leroy", "Leroi");
            read["identity_file_b64"] = b64(edited);
        } else if (attack == "fake-rrn") {
            const Key fakeKey = rsaKey();
            const Cert fakeRrn
                = makeCert({ { NID_countryName, "BE" }, { NID_organizationName, "RRN" },
                               { NID_commonName, "RRN" } },
                    fakeKey, {}, {}, false); // self-signed: under no trusted root
            const QByteArray identitySig = sign(fakeKey, claire.identity);
            read["identity_sig_b64"] = b64(identitySig);
            read["address_sig_b64"] = b64(sign(fakeKey, claire.address + identitySig));
            read["rrn_cert_der_b64"] = b64(der(fakeRrn));
        } else if (attack == "swapped") {
            read = deskRead(card("60090404195", "Martin", "Robert"));
            read["auth_cert_der_b64"] = b64(der(claire.auth));
        } else if (attack == "revoked") {
            const Card stolen { m_revokedKey, m_revokedAuth,
                tlv({ { 0x04, "31.12.2031" }, { 0x06, "79021802145" }, { 0x07, "Volé" },
                    { 0x08, "Carte" } }),
                claire.address };
            read = cardFiles(stolen);
            read["auth_cert_der_b64"] = b64(der(m_revokedAuth));
            read["chain_der_b64"] = QJsonArray { b64(der(m_ca2)) };
        } else if (attack == "untrusted") {
            const Key otherRootKey = ecKey();
            const Cert otherRoot
                = makeCert({ { NID_commonName, "Other Root" } }, otherRootKey, {}, {}, true);
            const Key otherCaKey = ecKey();
            const Cert otherCa = makeCert(
                { { NID_commonName, "Other CA" } }, otherCaKey, otherRoot, otherRootKey, true);
            read["auth_cert_der_b64"] = b64(
                der(authCert(nrn, "Leroy", "Claire", claire.key, otherCa, otherCaKey, "ca.crl")));
            read["chain_der_b64"] = QJsonArray { b64(der(otherCa)) };
        } else if (attack == "expired") {
            read = deskRead(card(nrn, "Leroy", "Claire", "31.01.2020"));
        } else {
            read.remove("address_file_b64");
            read.remove("address_sig_b64");
        }
        for (const QString& path :
            { QString("/staff/requests"), QString("/staff/requests/by-card") }) {
            const ApiReply r = clerk->call("POST", path, onBehalf(compositionData(), read));
            QCOMPARE(r.status, 422);
            QCOMPARE(r.errCode(), QString("card_unverified"));
            QCOMPARE(r.json["errors"].toObject()["citizen"].toArray(), QJsonArray { reason });
        }
        // Nothing was filed for Claire (her genuine card finds nothing).
        QVERIFY(foundByCard(*clerk, deskRead(claire)).isEmpty());
    }

    void a_clerk_files_and_cancels_only_within_their_role()
    {
        const QJsonObject alice = deskRead(card(kDemoNrn, "Spécimen", "Alice Marie"));
        const QJsonObject birthAct { { "service", "acte-de-naissance" },
            { "data",
                QJsonObject { { "email", "alice@example.org" }, { "act_kind", "extract" },
                    { "person_surname", "Spécimen" }, { "person_first_names", "Alice" },
                    { "event_date", "1985-07-30" }, { "relation", "self" }, { "copies", "1" },
                    { "delivery", "pickup" } } },
            { "citizen", alice } };
        auto population = clerkAt("counter-1", kPopulationClerk, kPopulationPassword);
        ApiReply r = population->call("POST", "/staff/requests", birthAct);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("role_forbidden"));

        auto etatCivil = clerkAt("counter-2", kEtatCivilClerk, kEtatCivilPassword);
        r = etatCivil->call("POST", "/staff/requests", birthAct);
        QCOMPARE(r.status, 201);
        const QString birthNumber = r.data()["number"].toString();
        r = etatCivil->call("POST", "/staff/requests", onBehalf(compositionData(), alice));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("role_forbidden"));

        // Nor may the population clerk cancel the civil-status request.
        r = population->call(
            "POST", "/staff/requests/" + birthNumber + "/cancel", { { "reason", "Erreur" } });
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("role_forbidden"));
        QCOMPARE(etatCivil->call("GET", "/staff/requests/" + birthNumber)
                     .data()["status"]
                     .toObject()["id"]
                     .toString(),
            QString("in_process"));

        auto supervisor = clerkAt("counter-3", kSupervisor, kSupervisorPassword);
        QCOMPARE(supervisor->call("POST", "/staff/requests", birthAct).status, 201);
        QCOMPARE(
            supervisor->call("POST", "/staff/requests", onBehalf(compositionData(), alice)).status,
            201);
    }

    void a_clerk_cancels_with_a_reason_the_citizen_sees()
    {
        auto clerk = clerkAt("counter-1", kPopulationClerk, kPopulationPassword);
        QJsonObject data = compositionData();
        data["purpose"] = "abroad"; // 5 €: waits for payment, so it may still be cancelled
        ApiReply r = clerk->call("POST", "/staff/requests",
            onBehalf(data, deskRead(card(kDemoNrn, "Spécimen", "Alice Marie"))));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.data()["status"].toObject()["id"].toString(), QString("awaiting_payment"));
        const QString id = r.data()["id"].toString();
        const QString path = "/staff/requests/" + r.data()["number"].toString() + "/cancel";
        r = clerk->call("POST", path, { { "reason", "   " } });
        QCOMPARE(r.status, 422);
        QVERIFY(r.json["errors"].toObject().contains("reason"));
        const QString reason = "La citoyenne préfère un extrait sans usage à l'étranger.";
        r = clerk->call("POST", path, { { "reason", reason } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["status"].toObject()["id"].toString(), QString("cancelled"));
        r = clerk->call("POST", path, { { "reason", reason } });
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errCode(), QString("action_not_allowed"));
        // The citizen sees it cancelled, with the reason, and out of the basket.
        ApiClient citizen(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(citizen.login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        const QJsonObject mine = citizen.call("GET", "/requests/" + id).data().toObject();
        QCOMPARE(mine["status"].toObject()["id"].toString(), QString("cancelled"));
        QCOMPARE(mine["history"].toArray().last().toObject()["message"].toString(), reason);
        for (const QJsonValue& item : citizen.get("/basket")["data"].toObject()["items"].toArray())
            QVERIFY(item.toObject()["id"].toString() != id);
    }

    void a_clerk_answers_a_question_and_prints_the_document()
    {
        auto clerk = clerkAt("counter-1", kPopulationClerk, kPopulationPassword);
        ApiReply r = clerk->call("POST", "/staff/requests",
            onBehalf(compositionData(), deskRead(card(kDemoNrn, "Spécimen", "Alice Marie"))));
        QCOMPARE(r.status, 201);
        const QString id = r.data()["id"].toString();
        const QString number = r.data()["number"].toString();
        r = clerk->call("POST", "/staff/requests/" + number + "/comment", { { "message", " " } });
        QCOMPARE(r.status, 422);
        auto etatCivil = clerkAt("counter-2", kEtatCivilClerk, kEtatCivilPassword);
        r = etatCivil->call(
            "POST", "/staff/requests/" + number + "/comment", { { "message", "Bonjour" } });
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("role_forbidden"));
        r = clerk->call("POST", "/staff/requests/" + number + "/comment",
            { { "message", "Le document part demain." } });
        QCOMPARE(r.status, 200);
        // The citizen reads the answer, with who gave it.
        ApiClient citizen(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(citizen.login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        QCOMPARE(citizen.call("GET", "/requests/" + id)
                     .data()["history"]
                     .toArray()
                     .last()
                     .toObject()["message"]
                     .toString(),
            QString("Marc Dupont : Le document part demain."));

        // Done: the document can be printed at the desk; no more answers on a final request.
        QCOMPARE(
            citizen.call("POST", "/dev/requests/" + id + "/advance", { { "to", "done" } }).status,
            200);
        const QJsonObject done = clerk->call("GET", "/staff/requests/" + number).data().toObject();
        const QString doc = done["documents"].toArray().at(0).toObject()["doc_id"].toString();
        QVERIFY(!doc.isEmpty());
        r = clerk->call("GET", "/staff/requests/" + number + "/documents/" + doc);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.startsWith("%PDF"));
        r = clerk->call("GET", "/staff/requests/" + number + "/documents/999999");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errCode(), QString("document_not_found"));
        r = clerk->call("POST", "/staff/requests/" + number + "/comment", { { "message", "x" } });
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errCode(), QString("action_not_allowed"));
        r = clerk->call("POST", "/staff/requests/2026-999999/comment", { { "message", "x" } });
        QCOMPARE(r.status, 404);
        // A citizen's session reads no document through the counter's routes.
        auto citizenAtCounter = at("counter-1");
        QVERIFY(citizenAtCounter->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        r = citizenAtCounter->call("GET", "/staff/requests/" + number + "/documents/" + doc);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("staff_required"));
    }

    void staff_handled_requests_move_by_the_clerks_steps()
    {
        const QJsonObject alice = deskRead(card(kDemoNrn, "Spécimen", "Alice Marie"));
        const QJsonObject archived { { "service", "acte-de-naissance-archive" },
            { "data",
                QJsonObject { { "email", "alice@example.org" }, { "act_kind", "extract" },
                    { "person_surname", "Spécimen" }, { "person_first_names", "Joseph" },
                    { "act_year", "1921" }, { "act_place", "Jambes" }, { "relation", "descendant" },
                    { "copies", "1" }, { "delivery", "pickup" } } },
            { "citizen", alice } };
        auto clerk = clerkAt("counter-2", kEtatCivilClerk, kEtatCivilPassword);
        clerk->setLanguage("en");
        const auto fileAndPay = [&](const QString& txn) {
            const ApiReply filed = clerk->call("POST", "/staff/requests", archived);
            const QString number = filed.data()["number"].toString();
            // Not before it is paid (the staff work on paid requests).
            const ApiReply early = clerk->call(
                "POST", "/staff/requests/" + number + "/steps", { { "step", "archive_search" } });
            if (filed.status != 201 || early.status != 409)
                return QString();
            const ApiReply paid = clerk->call("POST", "/staff/payments",
                { { "items", QJsonArray { filed.data()["id"] } },
                    { "terminal",
                        QJsonObject { { "id", "counter-2" }, { "transaction_id", txn },
                            { "auth_code", "A1B2C3" },
                            { "amount_cents", filed.data()["amount_cents"] } } } });
            return paid.status == 201 ? number : QString();
        };
        const QString number = fileAndPay("archive-1");
        QVERIFY(!number.isEmpty());
        const QString path = "/staff/requests/" + number + "/steps";
        ApiReply r = clerk->call("POST", path, { { "step", "teleport" } });
        QCOMPARE(r.status, 422);
        auto population = clerkAt("counter-1", kPopulationClerk, kPopulationPassword);
        r = population->call("POST", path, { { "step", "archive_search" } });
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("role_forbidden"));
        for (const char* step : { "archive_search", "act_found" }) {
            r = clerk->call("POST", path, { { "step", step } });
            QCOMPARE(r.status, 200);
            QCOMPARE(r.data()["status"].toObject()["id"].toString(), QString("in_process"));
            const QJsonObject last = r.data()["history"].toArray().last().toObject();
            QCOMPARE(last["step"].toString(), QString(step));
            QVERIFY(!last["message"].toString().isEmpty());
        }
        r = clerk->call("POST", path, { { "step", "ready" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["status"].toObject()["id"].toString(), QString("done"));
        QCOMPARE(r.data()["history"].toArray().last().toObject()["message"].toString(),
            QString("The copy of the act is ready."));
        QCOMPARE(r.data()["documents"].toArray().size(), 1);
        r = clerk->call("POST", path, { { "step", "archive_search" } });
        QCOMPARE(r.status, 409); // done: no more steps

        const QString missing = fileAndPay("archive-2");
        QVERIFY(!missing.isEmpty());
        r = clerk->call(
            "POST", "/staff/requests/" + missing + "/steps", { { "step", "act_not_found" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["status"].toObject()["id"].toString(), QString("rejected"));

        // An ordinary service has no staff steps.
        auto supervisor = clerkAt("counter-3", kSupervisor, kSupervisorPassword);
        r = supervisor->call("POST", "/staff/requests", onBehalf(compositionData(), alice));
        QCOMPARE(r.data()["status"].toObject()["id"].toString(), QString("in_process"));
        r = supervisor->call("POST", "/staff/requests/" + r.data()["number"].toString() + "/steps",
            { { "step", "ready" } });
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errCode(), QString("action_not_allowed"));
        r = supervisor->call("POST", "/staff/requests/2026-999999/steps", { { "step", "ready" } });
        QCOMPARE(r.status, 404);
    }

    void the_timer_leaves_staff_handled_requests_to_the_staff()
    {
        // The city's timer finishes ordinary requests; the demo's archived act, paid and in
        // process, waits for its clerks.
        SandboxProcess city;
        QString why;
        QVERIFY2(city.start({ "--workflow-step-ms", "100" }, &why), qPrintable(why));
        ApiClient citizen(city.apiUrl(), city.ca());
        QVERIFY(citizen.login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        QJsonObject free = onBehalf(compositionData(), {});
        free.remove("citizen");
        const QString ordinary = citizen.call("POST", "/requests", free).data()["id"].toString();
        QVERIFY(!ordinary.isEmpty());
        const auto statusOf = [&](const QString& service) {
            for (const QJsonValue& v : citizen.call("GET", "/requests").data().toArray()) {
                if (v.toObject()["service"].toString() == service)
                    return v.toObject()["status"].toObject()["id"].toString();
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(citizen.call("GET", "/requests/" + ordinary)
                                      .data()["status"]
                                      .toObject()["id"]
                                      .toString(),
            QString("done"), 5000);
        QTest::qWait(300);
        QCOMPARE(statusOf("acte-de-naissance-archive"), QString("in_process"));
    }

    void a_citizen_session_cannot_file_or_look_up_at_the_counter()
    {
        auto api = at("counter-1");
        QVERIFY(api->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        const QJsonObject body
            = onBehalf(compositionData(), deskRead(card(kDemoNrn, "Spécimen", "Alice Marie")));
        for (const char* path : { "/staff/requests", "/staff/requests/by-card" }) {
            const ApiReply r = api->call("POST", path, body);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errCode(), QString("staff_required"));
        }
        for (const char* path : { "/staff/requests/2026-000001", "/staff/payments/1" })
            QCOMPARE(api->call("GET", path).errCode(), QString("staff_required"));
        // A clerk's session without the counter's certificate files nothing either.
        const ApiReply login = staffLogin(*at("counter-1"), kPopulationClerk, kPopulationPassword);
        auto elsewhere = at("");
        elsewhere->setToken(login.data()["session_token"].toString());
        const ApiReply r = elsewhere->call("POST", "/staff/requests", body);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_required"));
    }

    void a_clerks_idempotency_keys_are_their_own()
    {
        const QJsonObject body
            = onBehalf(compositionData(), deskRead(card(kDemoNrn, "Spécimen", "Alice Marie")));
        const QMap<QByteArray, QByteArray> key { { "Idempotency-Key", "desk-file-1" } };
        auto marc = clerkAt("counter-1", kPopulationClerk, kPopulationPassword);
        const ApiReply first = marc->call("POST", "/staff/requests", body, key);
        QCOMPARE(first.status, 201);
        const ApiReply again = marc->call("POST", "/staff/requests", body, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.data()["id"], first.data()["id"]);
        QJsonObject otherBody = body;
        otherBody["service"] = "certificat-de-vie";
        const ApiReply conflict = marc->call("POST", "/staff/requests", otherBody, key);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errCode(), QString("idempotency_conflict"));
        // Another clerk's same key files their own request, never replays Marc's.
        auto chef = clerkAt("counter-3", kSupervisor, kSupervisorPassword);
        const ApiReply other = chef->call("POST", "/staff/requests", body, key);
        QCOMPARE(other.status, 201);
        QVERIFY(other.data()["id"] != first.data()["id"]);
        QCOMPARE(other.data()["agent"].toObject()["display_name"].toString(),
            QString("Chef Population"));
    }

    void the_citizen_at_the_desk_pays_on_the_counters_terminal()
    {
        auto clerk = clerkAt("counter-1", kPopulationClerk, kPopulationPassword);
        QJsonObject abroad = compositionData();
        abroad["purpose"] = "abroad"; // 5 €
        const QJsonObject eva = deskRead(card("55121512384", "Dubois", "Eva"));
        ApiReply r = clerk->call("POST", "/staff/requests", onBehalf(abroad, eva));
        QCOMPARE(r.status, 201);
        const QString request = r.data()["id"].toString();
        const QString number = r.data()["number"].toString();
        QCOMPARE(r.data()["next"].toObject()["type"].toString(), QString("payment"));
        const auto sale
            = [&](const QString& device, int cents, const QString& txn, const QJsonArray& items) {
                  return QJsonObject { { "items", items },
                      { "terminal",
                          QJsonObject { { "id", device }, { "transaction_id", txn },
                              { "auth_code", "A1B2C3" }, { "amount_cents", cents } } } };
              };
        const auto status = [&]() {
            return clerk->call("GET", "/staff/requests/" + number)
                .data()["status"]
                .toObject()["id"]
                .toString();
        };
        // Refusals first, each leaving the request unpaid.
        r = clerk->call("POST", "/staff/payments", sale("counter-2", 500, "t-1", { request }));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_mismatch"));
        r = clerk->call("POST", "/staff/payments", sale("counter-1", 300, "t-1", { request }));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errCode(), QString("amount_mismatch"));
        auto etatCivil = clerkAt("counter-2", kEtatCivilClerk, kEtatCivilPassword);
        r = etatCivil->call("POST", "/staff/payments", sale("counter-2", 500, "t-1", { request }));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("role_forbidden"));
        auto citizenAtCounter = at("counter-1");
        QVERIFY(citizenAtCounter->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        r = citizenAtCounter->call(
            "POST", "/staff/payments", sale("counter-1", 500, "t-1", { request }));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("staff_required"));
        // Two citizens' requests in one sale.
        const ApiReply other = clerk->call("POST", "/staff/requests",
            onBehalf(abroad, deskRead(card("83033045620", "Petit", "Hugo"))));
        QCOMPARE(other.status, 201);
        r = clerk->call("POST", "/staff/payments",
            sale("counter-1", 1000, "t-1", { request, other.data()["id"].toString() }));
        QCOMPARE(r.status, 422);
        QCOMPARE(status(), QString("awaiting_payment"));

        r = clerk->call("POST", "/staff/payments", sale("counter-1", 500, "t-1", { request }));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.data()["status"].toString(), QString("paid"));
        QCOMPARE(r.data()["terminal"].toObject()["id"].toString(), QString("counter-1"));
        const QString payment = r.data()["payment_id"].toString();
        QCOMPARE(status(), QString("in_process"));
        r = clerk->call("GET", "/staff/payments/" + payment);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["request_ids"].toArray(), QJsonArray { request });
        // The app's retry of the same sale: the same payment, nothing paid twice.
        r = clerk->call("POST", "/staff/payments", sale("counter-1", 500, "t-1", { request }));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["payment_id"].toString(), payment);
        r = clerk->call("POST", "/staff/payments",
            sale("counter-1", 500, "t-1", { other.data()["id"].toString() }));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errCode(), QString("terminal_transaction_used"));
        r = clerk->call("POST", "/staff/payments", sale("counter-1", 500, "t-2", { request }));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errCode(), QString("nothing_to_pay"));
        r = clerk->call("GET", "/staff/payments/999999");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errCode(), QString("payment_not_found"));
    }

    /** Every byte of the city's database files (the WAL included). */
    static QByteArray cityStore(const SandboxProcess& city)
    {
        QByteArray all;
        for (const char* name : { "/city.sqlite", "/city.sqlite-wal" }) {
            QFile f(city.stateDir() + name);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    static QJsonObject kioskDraft()
    {
        QJsonObject data = compositionData();
        data["purpose"] = "abroad";
        data["remarks"] = "Marqueur-7781 : la citoyenne a une question sur la procuration";
        return { { "service", "composition-de-menage" }, { "data", data },
            { "page_id", "delivery_page" } };
    }

    void a_kiosk_draft_is_taken_over_at_the_counter_by_its_code_once()
    {
        auto kiosk = at("kiosk-1");
        QVERIFY(kiosk->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        ApiReply r = kiosk->call("POST", "/handoffs", kioskDraft());
        QCOMPARE(r.status, 201);
        const QString code = r.data()["code"].toString();
        QVERIFY2(QRegularExpression("^[2-9A-HJKMNP-TW-Z]{5}-[2-9A-HJKMNP-TW-Z]{5}$")
                     .match(code)
                     .hasMatch(),
            qPrintable(code));
        QCOMPARE(r.data()["qr_payload"].toString(), "EGUICHET-HANDOFF:" + code);
        const QDateTime expires
            = QDateTime::fromString(r.data()["expires_at"].toString(), Qt::ISODate);
        QVERIFY(qAbs(expires.secsTo(QDateTime::currentDateTimeUtc().addDays(1))) < 60);
        // The city's store holds neither the draft nor its code in clear.
        const QByteArray store = cityStore(m_sandbox);
        QVERIFY(store.contains("demo@namur.example")); // the search does see what is in clear
        QVERIFY(!store.contains("Marqueur-7781"));
        QVERIFY(!store.contains(code.toLatin1()));
        QVERIFY(!store.contains(QString(code).remove('-').toLatin1()));

        // At the desk the code is typed as heard: lower case, with spaces.
        auto clerk = clerkAt("counter-1", kPopulationClerk, kPopulationPassword);
        const QString typed = code.toLower().replace('-', "  ");
        r = clerk->call("POST", "/staff/handoffs/take", { { "code", typed } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["service"].toString(), QString("composition-de-menage"));
        QCOMPARE(r.data()["data"].toObject(), kioskDraft()["data"].toObject());
        QCOMPARE(r.data()["page_id"].toString(), QString("delivery_page"));
        QCOMPARE(r.data()["from_device"].toString(), QString("kiosk-1"));
        QCOMPARE(
            r.data()["citizen"].toObject()["display_name"].toString(), QString("Alice Spécimen"));
        // Once: the next clerk (or the same) finds nothing.
        r = clerk->call("POST", "/staff/handoffs/take", { { "code", code } });
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errCode(), QString("handoff_not_found"));
        // The clerk finishes it with the citizen's card.
        r = clerk->call("POST", "/staff/requests",
            onBehalf(kioskDraft()["data"].toObject(),
                deskRead(card(kDemoNrn, "Spécimen", "Alice Marie"))));
        QCOMPARE(r.status, 201);
    }

    void a_hand_off_needs_a_station_and_is_taken_only_by_a_clerk()
    {
        ApiClient home(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(home.login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        ApiReply r = home.call("POST", "/handoffs", kioskDraft());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_required"));
        r = at("kiosk-1")->call("POST", "/handoffs", kioskDraft());
        QCOMPARE(r.status, 401);
        auto kiosk = at("kiosk-1");
        QVERIFY(kiosk->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        QJsonObject notAForm = kioskDraft();
        notAForm["service"] = "modele-de-procuration";
        r = kiosk->call("POST", "/handoffs", notAForm);
        QCOMPARE(r.status, 422);
        const QString code
            = kiosk->call("POST", "/handoffs", kioskDraft()).data()["code"].toString();
        QVERIFY(!code.isEmpty());
        // The citizen's own session at a counter cannot take it (nor anyone's at home).
        auto citizenAtCounter = at("counter-1");
        QVERIFY(citizenAtCounter->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        r = citizenAtCounter->call("POST", "/staff/handoffs/take", { { "code", code } });
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("staff_required"));
        r = home.call("POST", "/staff/handoffs/take", { { "code", code } });
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_required"));
        auto clerk = clerkAt("counter-1", kSupervisor, kSupervisorPassword);
        r = clerk->call("POST", "/staff/handoffs/take", { { "code", "ABC" } });
        QCOMPARE(r.status, 422);
        QCOMPARE(clerk->call("POST", "/staff/handoffs/take", { { "code", code } }).status, 200);
    }

    void wrong_codes_are_throttled_per_counter()
    {
        auto kiosk = at("kiosk-1");
        QVERIFY(kiosk->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        const QString code
            = kiosk->call("POST", "/handoffs", kioskDraft()).data()["code"].toString();
        auto guesser = clerkAt("counter-4", kSupervisor, kSupervisorPassword);
        int status = 0;
        for (int i = 0; i < 6 && status != 429; ++i) {
            const ApiReply r = guesser->call("POST", "/staff/handoffs/take",
                { { "code", i % 2 ? "22222-22222" : "33333-33333" } });
            status = r.status;
            QVERIFY(status == 404 || status == 429);
        }
        QCOMPARE(status, 429);
        const ApiReply r = guesser->call("POST", "/staff/handoffs/take", { { "code", code } });
        QCOMPARE(r.status, 429); // even the right code waits there
        QVERIFY(r.json["retry_after"].toInt() >= 1);
        // Another counter is not slowed down, and the draft was not spent by the guesses.
        auto clerk = clerkAt("counter-1", kSupervisor, kSupervisorPassword);
        QCOMPARE(clerk->call("POST", "/staff/handoffs/take", { { "code", code } }).status, 200);
    }

    void an_expired_draft_is_gone()
    {
        SandboxProcess city;
        QString why;
        QVERIFY2(city.start({ "--handoff-lifetime-s", "1" }, &why), qPrintable(why));
        QVERIFY2(city.issueDevice("kiosk-x", dirOf("x-kiosk"), &why), qPrintable(why));
        QVERIFY2(
            city.issueDevice("counter-x", dirOf("x-counter"), &why, "counter"), qPrintable(why));
        QVERIFY2(city.addStaff(kSupervisor, "supervisor", "Chef", kSupervisorPassword, {}, &why),
            qPrintable(why));
        ApiClient kiosk(city.apiUrl(), city.ca());
        QVERIFY(kiosk.useStation(dirOf("x-kiosk")));
        QVERIFY(kiosk.login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        ApiReply r = kiosk.call("POST", "/handoffs", kioskDraft());
        QCOMPARE(r.status, 201);
        const QString code = r.data()["code"].toString();
        QTest::qWait(2100);
        ApiClient clerk(city.apiUrl(), city.ca());
        QVERIFY(clerk.useStation(dirOf("x-counter")));
        r = clerk.call("POST", "/staff/auth/password",
            { { "email", kSupervisor }, { "password", kSupervisorPassword } });
        QCOMPARE(r.status, 200);
        clerk.setToken(r.data()["session_token"].toString());
        r = clerk.call("POST", "/staff/handoffs/take", { { "code", code } });
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errCode(), QString("handoff_not_found"));
    }

    void at_a_counter_without_a_clerk_every_staff_operation_is_401()
    {
        auto api = at("counter-1");
        const QList<QPair<QByteArray, QString>> operations { { "POST", "/staff/auth/logout" },
            { "GET", "/staff/me" }, { "POST", "/staff/requests" },
            { "POST", "/staff/requests/by-card" }, { "GET", "/staff/requests/2026-000001" },
            { "POST", "/staff/requests/2026-000001/cancel" }, { "POST", "/staff/payments" },
            { "GET", "/staff/payments/1" }, { "POST", "/staff/handoffs/take" },
            { "POST", "/staff/requests/2026-000001/comment" },
            { "GET", "/staff/requests/2026-000001/documents/1" },
            { "POST", "/staff/requests/2026-000001/steps" } };
        for (const auto& [method, path] : operations) {
            const ApiReply r = api->call(method, path, { { "reason", "x" } });
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errCode(), QString("session_required"));
        }
    }

    void other_refusals_at_the_counter()
    {
        auto api = at("counter-1");
        ApiReply r = api->call("POST", "/staff/auth/password", { { "email", kSupervisor } });
        QCOMPARE(r.status, 422);
        QVERIFY(r.json["errors"].toObject().contains("password"));
        auto clerk = clerkAt("counter-1", kSupervisor, kSupervisorPassword);
        const QJsonObject alice = deskRead(card(kDemoNrn, "Spécimen", "Alice Marie"));
        QJsonObject body = onBehalf(compositionData(), alice);
        body["service"] = "no-such-service";
        r = clerk->call("POST", "/staff/requests", body);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errCode(), QString("service_not_found"));
        r = clerk->call("POST", "/staff/requests/2026-999999/cancel", { { "reason", "x" } });
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errCode(), QString("request_not_found"));
        // A form the citizen left incomplete is refused field by field, as online.
        QJsonObject data = compositionData();
        data.remove("purpose");
        r = clerk->call("POST", "/staff/requests", onBehalf(data, alice));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errCode(), QString("validation_failed"));
        QVERIFY(r.json["errors"].toObject().contains("purpose"));
    }

    void wrong_staff_passwords_are_throttled()
    {
        auto api = at("counter-3");
        int status = 0;
        for (int i = 0; i < 5 && status != 429; ++i)
            status = staffLogin(*api, kSupervisor, "not-the-password").status;
        QCOMPARE(status, 429);
        const ApiReply r = staffLogin(*api, kSupervisor, kSupervisorPassword);
        QCOMPARE(r.status, 429); // even the right one waits
        QVERIFY(r.json["retry_after"].toInt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestApiCounter)
#include "tst_api_counter.moc"
