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
    Key m_rootKey, m_caKey, m_rrnKey;
    Cert m_root, m_ca, m_rrn;

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
    Card card(const QString& nrn, const QString& surname, const QString& givenNames)
    {
        Card c { ecKey(), {}, {}, {} };
        c.auth = makeCert({ { NID_countryName, "BE" }, { NID_surname, surname },
                              { NID_givenName, givenNames }, { NID_serialNumber, nrn } },
            c.key, m_ca, m_caKey, false,
            { { NID_certificate_policies, "2.16.56.12.1.1.2.2" },
                { NID_crl_distribution_points,
                    "URI:" + QUrl::fromLocalFile(m_dir.filePath("ca.crl")).toEncoded() } });
        c.identity = tlv({ { 0x06, nrn.toUtf8() }, { 0x07, surname.toUtf8() },
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
        QFile root(m_dir.filePath("root.pem"));
        QVERIFY(root.open(QIODevice::WriteOnly));
        root.write(pem(m_root));
        root.close();

        QString why;
        QVERIFY2(m_sandbox.start({ "--eid-trust-root", root.fileName() }, &why), qPrintable(why));
        for (const char* counter : { "counter-1", "counter-2", "counter-3", "counter-retired" })
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
