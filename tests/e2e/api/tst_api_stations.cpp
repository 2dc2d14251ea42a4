// SPDX-License-Identifier: GPL-3.0-or-later
// Station identity (issue #13): kiosks and counters prove who they are with the client
// certificate `eguichet-sandbox --issue-device` issued them (mutual TLS). Each attack runs
// against the real sandbox over TLS: a citizen's session records a made-up terminal payment
// for a known kiosk; a heartbeat without a certificate; station A's certificate speaking for
// station B; certificates that are not a registered, active station's.

#include "apiclient.h"
#include "sandboxprocess.h"
#include "sandboxrequests.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <QUuid>

namespace {

const QJsonObject kHealth { { "version", "0.1.0" },
    { "reader", QJsonObject { { "status", "ok" } } },
    { "printer", QJsonObject { { "status", "ok" } } } };

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray bioText(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

/**
 * A certificate exactly like a station's (station OU, clientAuth), signed with the city's own
 * CA key, for a device the city never registered: only the registry can refuse it.
 */
bool forgeUnregisteredStation(const QString& tlsDir, const QString& id, const QString& outDir)
{
    const QByteArray caPem = readAll(tlsDir + "/ca.pem");
    const QByteArray caKeyPem = readAll(tlsDir + "/ca.key");
    BIO* b = BIO_new_mem_buf(caPem.constData(), int(caPem.size()));
    std::unique_ptr<X509, decltype(&X509_free)> ca(
        PEM_read_bio_X509(b, nullptr, nullptr, nullptr), X509_free);
    BIO_free(b);
    b = BIO_new_mem_buf(caKeyPem.constData(), int(caKeyPem.size()));
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> caKey(
        PEM_read_bio_PrivateKey(b, nullptr, nullptr, nullptr), EVP_PKEY_free);
    BIO_free(b);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
    if (!ca || !caKey || !key || !cert)
        return false;
    X509* x = cert.get();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 424242);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 30 * 24 * 3600);
    X509_set_pubkey(x, key.get());
    X509_NAME* name = X509_get_subject_name(x);
    const QByteArray cn = id.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char*>("e-Guichet sandbox"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "OU", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char*>("e-Guichet station"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(x, X509_get_subject_name(ca.get()));
    for (const auto& [nid, value] : { std::pair { NID_basic_constraints, "critical,CA:FALSE" },
             std::pair { NID_key_usage, "critical,digitalSignature" },
             std::pair { NID_ext_key_usage, "clientAuth" } }) {
        X509V3_CTX ctx;
        X509V3_set_ctx(&ctx, ca.get(), x, nullptr, nullptr, 0);
        X509_EXTENSION* ext = X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value);
        if (!ext)
            return false;
        X509_add_ext(x, ext, -1);
        X509_EXTENSION_free(ext);
    }
    if (X509_sign(x, caKey.get(), EVP_sha256()) == 0)
        return false;
    BIO* certBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certBio, x);
    BIO* keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(keyBio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    return QDir().mkpath(outDir) && writeFile(outDir + "/station.pem", bioText(certBio))
        && writeFile(outDir + "/station.key", bioText(keyBio));
}

} // namespace

class TestApiStations : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QTemporaryDir m_certs;
    std::unique_ptr<ApiClient> m_citizen; // the demo citizen's own app: no certificate
    std::unique_ptr<ApiClient> m_kioskA; // kiosk A, with the citizen's session on it

    QString dirOf(const QString& name) const { return m_certs.filePath(name); }

    QString newPricedRequest() { return filePricedRequest(*m_citizen); }
    QString requestStatus(const QString& id) { return requestStatusOf(*m_citizen, id); }
    static QJsonObject terminalPayment(const QString& request, const QString& device)
    {
        return { { "method", "terminal" }, { "items", QJsonArray { request } },
            { "terminal",
                QJsonObject { { "id", device },
                    { "transaction_id", QUuid::createUuid().toString(QUuid::WithoutBraces) },
                    { "auth_code", "A1B2C3" }, { "amount_cents", 300 } } } };
    }
    QJsonObject deviceEntry(const QString& id)
    {
        for (const QJsonValue& d : m_citizen->call("GET", "/dev/devices").data().toArray()) {
            if (d.toObject()["id"].toString() == id)
                return d.toObject();
        }
        return {};
    }
    int paidTerminalPayments()
    {
        int n = 0;
        for (const QJsonValue& v : m_citizen->call("GET", "/payments?status=paid").data().toArray())
            n += v.toObject()["method"].toString() == "terminal";
        return n;
    }
    std::unique_ptr<ApiClient> stationClient(const QString& dir, bool withSession = true)
    {
        auto api = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
        if (!api->useStation(dir))
            return nullptr;
        if (withSession && !api->login(ApiClient::DemoEmail, ApiClient::DemoPassword))
            return nullptr;
        return api;
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_sandbox.start({}, &why), qPrintable(why));
        QVERIFY2(m_sandbox.issueDevice("kiosk-a", dirOf("a"), &why), qPrintable(why));
        QVERIFY2(m_sandbox.issueDevice("kiosk-b", dirOf("b"), &why), qPrintable(why));
        m_citizen = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(m_citizen->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        m_kioskA = stationClient(dirOf("a"));
        QVERIFY(m_kioskA);
    }

    void issued_station_files()
    {
        // The key is the station's secret: owner only, from the moment it exists.
        const QFileInfo key(dirOf("a") + "/station.key");
        QVERIFY(key.exists());
        QCOMPARE(int(key.permissions()
                     & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                         | QFile::WriteOther | QFile::ExeOther)),
            0);
        QCOMPARE(readAll(dirOf("a") + "/ca.pem"), readAll(m_sandbox.stateDir() + "/tls/ca.pem"));
        const QSslCertificate cert(readAll(dirOf("a") + "/station.pem"), QSsl::Pem);
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList { "kiosk-a" });
        QVERIFY(deviceEntry("kiosk-a")["active"].toBool());
        // A device id the contract would refuse, or no --out: nothing issued.
        QString why;
        QVERIFY(!m_sandbox.issueDevice("bad id!", dirOf("bad"), &why));
        QVERIFY(!QFile::exists(dirOf("bad") + "/station.pem"));
        QVERIFY(!m_sandbox.deactivateDevice("never-issued", &why));
    }

    void a_registered_station_reports_and_records_its_terminal_sale()
    {
        ApiReply r = m_kioskA->call("POST", "/devices/kiosk-a/heartbeat", kHealth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["status"].toString(), QString("healthy"));
        QVERIFY(deviceEntry("kiosk-a").contains("last_seen"));

        const QString request = newPricedRequest();
        r = m_kioskA->call("POST", "/payments", terminalPayment(request, "kiosk-a"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.data()["status"].toString(), QString("paid"));
        QCOMPARE(r.data()["terminal"].toObject()["id"].toString(), QString("kiosk-a"));
        QCOMPARE(requestStatus(request), QString("in_process"));
    }

    void a_citizen_cannot_record_a_made_up_terminal_payment()
    {
        // kiosk-a is known, active and has reported its health: its id is no secret.
        QCOMPARE(m_kioskA->call("POST", "/devices/kiosk-a/heartbeat", kHealth).status, 200);
        const int paidBefore = paidTerminalPayments();
        const QString request = newPricedRequest();
        for (const QByteArray& key : { QByteArray(), QByteArray("made-up-1") }) {
            QMap<QByteArray, QByteArray> headers;
            if (!key.isEmpty())
                headers.insert("Idempotency-Key", key);
            const ApiReply r = m_citizen->call(
                "POST", "/payments", terminalPayment(request, "kiosk-a"), headers);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errCode(), QString("device_required"));
        }
        QCOMPARE(requestStatus(request), QString("awaiting_payment"));
        QCOMPARE(paidTerminalPayments(), paidBefore);
        bool inBasket = false;
        for (const QJsonValue& item :
            m_citizen->get("/basket")["data"].toObject()["items"].toArray())
            inBasket |= item.toObject()["id"].toString() == request;
        QVERIFY(inBasket);
    }

    void heartbeat_without_certificate_is_refused()
    {
        ApiClient anonymous(m_sandbox.apiUrl(), m_sandbox.ca());
        for (ApiClient* api : { &anonymous, m_citizen.get() }) {
            const ApiReply r = api->call("POST", "/devices/kiosk-b/heartbeat", kHealth);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errCode(), QString("device_required"));
        }
        QVERIFY(!deviceEntry("kiosk-b").contains("last_seen"));
    }

    void a_station_speaks_only_for_itself()
    {
        // Station A's certificate, station B's URL or sale: refused, B untouched.
        ApiReply r = m_kioskA->call("POST", "/devices/kiosk-b/heartbeat", kHealth);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_mismatch"));
        QVERIFY(!deviceEntry("kiosk-b").contains("last_seen"));

        const QString request = newPricedRequest();
        r = m_kioskA->call("POST", "/payments", terminalPayment(request, "kiosk-b"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_mismatch"));
        QCOMPARE(requestStatus(request), QString("awaiting_payment"));

        // B with its own certificate is fine.
        auto kioskB = stationClient(dirOf("b"), false);
        QVERIFY(kioskB);
        QCOMPARE(kioskB->call("POST", "/devices/kiosk-b/heartbeat", kHealth).status, 200);
        QVERIFY(deviceEntry("kiosk-b").contains("last_seen"));
    }

    void the_city_keeps_a_copy_of_each_stations_audit_head()
    {
        // Counter A reports its audit log's head with each heartbeat (#14).
        const auto beat = [&](ApiClient& station, const QString& device, qint64 seq,
                              const QByteArray& hash) {
            QJsonObject body = kHealth;
            body["audit"] = QJsonObject { { "seq", seq }, { "hash", QString::fromLatin1(hash) } };
            return station.call("POST", "/devices/" + device + "/heartbeat", body);
        };
        const QByteArray h5 = QByteArray(64, 'a');
        const QByteArray h9 = QByteArray(64, 'b');
        ApiReply r = beat(*m_kioskA, "kiosk-a", 5, h5);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["audit"].toObject()["status"].toString(), QString("anchored"));
        QCOMPARE(beat(*m_kioskA, "kiosk-a", 9, h9).data()["audit"].toObject()["status"].toString(),
            QString("anchored"));
        QCOMPARE(beat(*m_kioskA, "kiosk-a", 9, h9).data()["audit"].toObject()["status"].toString(),
            QString("anchored")); // the same head again

        // A rewritten log (same length, other head) and a cut one: refused as the city's copy,
        // the station marked; the health report still counts.
        for (const auto& [seq, hash] :
            { std::pair { qint64(9), QByteArray(64, 'c') }, std::pair { qint64(3), h5 } }) {
            r = beat(*m_kioskA, "kiosk-a", seq, hash);
            QCOMPARE(r.status, 200);
            const QJsonObject audit = r.data()["audit"].toObject();
            QCOMPARE(audit["status"].toString(), QString("diverged"));
            QCOMPARE(audit["seq"].toInteger(), qint64(9));
            QCOMPARE(audit["hash"].toString(), QString::fromLatin1(h9));
        }
        r = m_kioskA->call("GET", "/devices/kiosk-a/audit-anchors");
        QCOMPARE(r.status, 200);
        const QJsonArray anchors = r.data()["anchors"].toArray();
        QCOMPARE(anchors.size(), 2);
        QCOMPARE(anchors.at(0).toObject()["seq"].toInteger(), qint64(9));
        QCOMPARE(anchors.at(0).toObject()["hash"].toString(), QString::fromLatin1(h9));
        QCOMPARE(anchors.at(1).toObject()["hash"].toString(), QString::fromLatin1(h5));
        QVERIFY(r.data().toObject().contains("diverged_at"));
        QVERIFY(deviceEntry("kiosk-a").contains("audit_diverged_at"));

        // Malformed heads are refused; only the station itself reads its copy.
        QCOMPARE(beat(*m_kioskA, "kiosk-a", -1, h5).status, 422);
        QCOMPARE(beat(*m_kioskA, "kiosk-a", 10, "ABC").status, 422);
        auto kioskB = stationClient(dirOf("b"), false);
        r = kioskB->call("GET", "/devices/kiosk-a/audit-anchors");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_mismatch"));
        r = m_citizen->call("GET", "/devices/kiosk-a/audit-anchors");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_required"));
        QVERIFY(!kioskB->call("GET", "/devices/kiosk-b/audit-anchors")
                     .data()
                     .toObject()
                     .contains("diverged_at"));
    }

    void certificates_that_are_no_registered_active_station_are_refused_data()
    {
        QTest::addColumn<QString>("device");
        QTest::newRow("signed by the city's CA, never registered") << "kiosk-ghost";
        QTest::newRow("deactivated") << "kiosk-retired";
        QTest::newRow("replaced by a newer certificate") << "kiosk-replaced";
        QTest::newRow("issued by another city's CA") << "kiosk-foreign";
        QTest::newRow("the server's own certificate") << "127.0.0.1";
    }
    void certificates_that_are_no_registered_active_station_are_refused()
    {
        QFETCH(QString, device);
        const QString dir = dirOf(device);
        QString why;
        if (device == "kiosk-ghost") {
            QVERIFY(forgeUnregisteredStation(m_sandbox.stateDir() + "/tls", device, dir));
        } else if (device == "kiosk-retired") {
            QVERIFY2(m_sandbox.issueDevice(device, dir, &why), qPrintable(why));
            auto before = stationClient(dir, false);
            QCOMPARE(before->call("POST", "/devices/" + device + "/heartbeat", kHealth).status,
                200); // works until deactivated
            QVERIFY2(m_sandbox.deactivateDevice(device, &why), qPrintable(why));
            QVERIFY(!deviceEntry(device)["active"].toBool());
        } else if (device == "kiosk-replaced") {
            QVERIFY2(m_sandbox.issueDevice(device, dir, &why), qPrintable(why));
            QVERIFY2(m_sandbox.issueDevice(device, dir + "-new", &why), qPrintable(why));
            auto renewed = stationClient(dir + "-new", false);
            QCOMPARE(
                renewed->call("POST", "/devices/" + device + "/heartbeat", kHealth).status, 200);
        } else if (device == "kiosk-foreign") {
            SandboxProcess otherCity; // never started: only its CA issues
            QVERIFY2(otherCity.issueDevice(device, dir, &why), qPrintable(why));
        } else {
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(QFile::copy(m_sandbox.stateDir() + "/tls/server.pem", dir + "/station.pem"));
            QVERIFY(QFile::copy(m_sandbox.stateDir() + "/tls/server.key", dir + "/station.key"));
        }
        auto station = stationClient(dir);
        QVERIFY(station);

        ApiReply r = station->call("POST", "/devices/" + device + "/heartbeat", kHealth);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_required"));

        const QString request = newPricedRequest();
        r = station->call("POST", "/payments", terminalPayment(request, device));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_required"));
        QCOMPARE(requestStatus(request), QString("awaiting_payment"));
    }
};

QTEST_GUILESS_MAIN(TestApiStations)
#include "tst_api_stations.moc"
