// SPDX-License-Identifier: GPL-3.0-or-later
// Terminal payments end to end: the app's PaymentFlow charges the terminal simulator
// (sandbox/terminal) and records the sale at the real eguichet-sandbox over TLS. Approved and
// recorded; the link cut after the approval (asked again, never charged twice); the app dying
// while the city records it (resumed with the same key: one payment); a sale in the name of a
// device the station's certificate does not name (charged, refused, said so); and a payment the
// local journal lost (a wiped kiosk) found again through GET /payments?status=open.

#include "../api/apiclient.h"
#include "../api/sandboxprocess.h"
#include "api/cityapiclient.h"
#include "api/deviceheartbeat.h"
#include "payments/paymentapi.h"
#include "payments/paymentflow.h"
#include "payments/paymentstore.h"
#include "payments/tcppaymentterminal.h"
#include "payments/terminalcheckout.h"
#include "payments/urlopener.h"
#include "store/localdatabase.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct NoBrowser : UrlOpener
{
    bool open(const QUrl&) override { return true; }
};

/** The app as it dies: the POST reaches the city, the answer is never read. */
struct AnswerLostApi : PaymentApi
{
    PaymentApi* inner;
    explicit AnswerLostApi(PaymentApi* real)
        : inner(real)
    { }
    void basket(QObject* context, Done done) override { inner->basket(context, done); }
    void create(const QByteArray& body, const QString& key, QObject* context, Done) override
    {
        inner->create(body, key, context, [](const ApiResult&) {});
    }
    void status(const QString& id, QObject* context, Done done) override
    {
        inner->status(id, context, done);
    }
    void openPayments(QObject* context, Done done) override { inner->openPayments(context, done); }
};

const char* const kDevice = "kiosk-e2e-01";

} // namespace

class TestTerminalSandbox : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_driver;
    QNetworkAccessManager m_network;
    std::unique_ptr<CityApiClient> m_client;
    QByteArray m_sessionToken;
    std::unique_ptr<CityPaymentApi> m_api;
    QProcess m_sim;
    quint16 m_simPort = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<PaymentStore> m_store;
    std::unique_ptr<TcpPaymentTerminal> m_terminal;
    std::unique_ptr<TerminalCheckout> m_checkout;
    NoBrowser m_browser;
    int m_run = 0;

    bool startSimulator()
    {
        m_sim.setProgram(QStringLiteral(EGUICHET_TERMINAL_SIM));
        m_sim.setArguments({ "--listen", "127.0.0.1:0", "--step-ms", "20" });
        m_sim.start();
        if (!m_sim.waitForStarted(5000))
            return false;
        QByteArray line;
        while (!line.contains('\n') && m_sim.waitForReadyRead(5000))
            line += m_sim.readLine();
        m_simPort = quint16(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
        return m_simPort != 0;
    }
    /** Sales the simulator started since the last call (one "sale " line each). */
    int newSales()
    {
        m_sim.waitForReadyRead(200);
        return int(m_sim.readAllStandardOutput().count("sale "));
    }
    QString newRequest()
    {
        return m_driver
            ->call("POST", "/requests",
                { { "service", "certificat-de-residence" },
                    { "data",
                        QJsonObject { { "beneficiary", "me" }, { "purpose", "administration" },
                            { "copies", "1" }, { "delivery", "pickup" },
                            { "email", "demo@namur.example" } } } })
            .data()["id"]
            .toString();
    }
    std::unique_ptr<PaymentFlow> newFlow(PaymentApi* api = nullptr)
    {
        auto flow
            = std::make_unique<PaymentFlow>(api ? api : m_api.get(), m_store.get(), &m_browser);
        flow->setUser(QStringLiteral("demo"));
        flow->setPolling(100, 8000);
        flow->setTerminal(m_checkout.get(), QString::fromLatin1(kDevice));
        return flow;
    }
    QJsonArray paidTerminalPayments()
    {
        QJsonArray out;
        for (const QJsonValue& v :
            m_driver->call("GET", "/payments?status=paid").data().toArray()) {
            if (v.toObject()["method"].toString() == "terminal")
                out.append(v);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PaymentTerminal::Result>();
        QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0")); // heartbeats carry it
        QString why;
        QVERIFY2(m_sandbox.start({}, &why), qPrintable(why));
        m_driver = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(m_driver->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        // The kiosk is one of the city's stations: the city issued its certificate, which the
        // app presents on every call (mutual TLS).
        const QString station = m_dir.filePath(QStringLiteral("station"));
        QVERIFY2(
            m_sandbox.issueDevice(QString::fromLatin1(kDevice), station, &why), qPrintable(why));
        ApiSettings settings;
        settings.baseUrl = m_sandbox.apiUrl();
        settings.caFile = m_sandbox.stateDir() + QStringLiteral("/tls/ca.pem");
        settings.clientCertFile = station + QStringLiteral("/station.pem");
        settings.clientKeyFile = station + QStringLiteral("/station.key");
        m_client = std::make_unique<CityApiClient>(settings, &m_network);
        bool done = false;
        m_client->post(QStringLiteral("/auth/password"),
            QJsonObject { { "email", ApiClient::DemoEmail }, { "password", "Demo-Namur1" } },
            nullptr, [&](const ApiResult& r) {
                m_sessionToken = r.data.toObject().value("session_token").toString().toLatin1();
                m_client->setSessionToken(m_sessionToken);
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(m_client->hasSession());
        m_api = std::make_unique<CityPaymentApi>(m_client.get());
        QVERIFY(startSimulator());
    }
    void cleanupTestCase()
    {
        m_sim.terminate();
        if (!m_sim.waitForFinished(3000))
            m_sim.kill();
    }
    void init()
    {
        QString error;
        m_db = LocalDatabase::open(
            m_dir.filePath(QStringLiteral("kiosk%1.sqlite").arg(++m_run)), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_store = std::make_unique<PaymentStore>(m_db.get());
        m_terminal = std::make_unique<TcpPaymentTerminal>(QStringLiteral("127.0.0.1"), m_simPort);
        m_checkout = std::make_unique<TerminalCheckout>(m_terminal.get());
        newSales();
    }
    void cleanup()
    {
        m_checkout.reset();
        m_terminal.reset();
        m_store.reset();
        m_db.reset();
    }

    void approved_isPaidAtTheCity()
    {
        const QString request = newRequest();
        auto flow = newFlow();
        QVERIFY(flow->startTerminal({ request }, 300, "e-Guichet outcome=approve"));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Paid, 15000);
        QCOMPARE(newSales(), 1);
        QCOMPARE(flow->payment().method, QString("terminal"));
        QVERIFY(!flow->payment().pspReference.isEmpty()); // the auth code, for the receipt
        const QJsonObject city
            = m_driver->call("GET", "/payments/" + flow->payment().id).data().toObject();
        QCOMPARE(city["status"].toString(), QString("paid"));
        QCOMPARE(city["terminal"].toObject()["id"].toString(), QString(kDevice));
        QCOMPARE(city["terminal"].toObject()["auth_code"].toString(), flow->payment().pspReference);
        QCOMPARE(m_driver->call("GET", "/requests/" + request)
                     .data()["status"]
                     .toObject()["id"]
                     .toString(),
            QString("in_process"));
        QVERIFY(!m_store->unsettled("demo"));
    }

    void linkCutAfterApproval_askedAgain_chargedOnce()
    {
        const QString request = newRequest();
        auto flow = newFlow();
        // The terminal approves, then the link breaks before the app hears the result.
        QVERIFY(flow->startTerminal({ request }, 300, "e-Guichet outcome=drop"));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Unconfirmed, 15000);
        QVERIFY(!flow->startTerminal({ request }, 300, "again")); // no second sale now
        flow->checkAgain();
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Paid, 15000);
        QCOMPARE(newSales(), 1);
        QCOMPARE(m_driver->call("GET", "/requests/" + request)
                     .data()["status"]
                     .toObject()["id"]
                     .toString(),
            QString("in_process"));
    }

    void appDiesWhileTheCityRecords_resumedOnePayment()
    {
        const QString request = newRequest();
        const int before = paidTerminalPayments().size();
        AnswerLostApi dying(m_api.get());
        {
            auto flow = newFlow(&dying);
            QVERIFY(flow->startTerminal({ request }, 300, "e-Guichet outcome=approve"));
            QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Creating, 15000);
            // The city recorded it; the app never read the answer.
            QTRY_COMPARE_WITH_TIMEOUT(paidTerminalPayments().size(), before + 1, 15000);
        }
        // Restart: new terminal client, same journal. "Pay" again resumes, never charges.
        m_checkout = std::make_unique<TerminalCheckout>(m_terminal.get());
        auto flow = newFlow();
        QVERIFY(flow->startTerminal({ request }, 300, "e-Guichet outcome=approve"));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Paid, 15000);
        QCOMPARE(newSales(), 1);
        QCOMPARE(paidTerminalPayments().size(), before + 1);
    }

    void heartbeat_goesThroughTheStationCertificate()
    {
        DeviceHeartbeat heartbeat(m_client.get(), QString::fromLatin1(kDevice));
        heartbeat.setReader(QStringLiteral("ok"), QStringLiteral("Virtual PCD"));
        heartbeat.setPrinter(QStringLiteral("ok"));
        QSignalSpy reported(&heartbeat, &DeviceHeartbeat::reported);
        heartbeat.sendNow();
        QVERIFY(reported.wait(15000));
        QCOMPARE(heartbeat.cityStatus(), QString("healthy"));
        bool seen = false;
        for (const QJsonValue& d : m_driver->call("GET", "/dev/devices").data().toArray())
            seen |= d.toObject()["id"].toString() == kDevice && d.toObject().contains("last_seen");
        QVERIFY(seen);

        // The same app without the station's certificate is not heard.
        ApiSettings bare;
        bare.baseUrl = m_sandbox.apiUrl();
        bare.caFile = m_sandbox.stateDir() + QStringLiteral("/tls/ca.pem");
        // Its own network manager: Qt reuses an open connection for the same host whatever
        // the request's TLS configuration, and the certificate belongs to the connection.
        QNetworkAccessManager network;
        CityApiClient anonymous(bare, &network);
        ApiResult result;
        bool done = false;
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/devices/%1/heartbeat").arg(kDevice);
        request.body = QJsonObject { { "version", "0.1.0" },
            { "reader", QJsonObject { { "status", "ok" } } },
            { "printer", QJsonObject { { "status", "ok" } } } };
        anonymous.send(request, nullptr, [&](const ApiResult& r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(result.error, ApiError::Forbidden);
        QCOMPARE(result.errorCode, QString("device_required"));
    }

    void noStationCertificate_chargedButRefused_kept()
    {
        // A kiosk whose certificate is missing: the city refuses the sale (403
        // device_required), the request stays unpaid, the screen says keep the ticket.
        ApiSettings bare;
        bare.baseUrl = m_sandbox.apiUrl();
        bare.caFile = m_sandbox.stateDir() + QStringLiteral("/tls/ca.pem");
        QNetworkAccessManager network; // a connection of its own (see above)
        CityApiClient client(bare, &network);
        client.setSessionToken(m_sessionToken);
        CityPaymentApi api(&client);
        const QString request = newRequest();
        auto flow = newFlow(&api);
        QVERIFY(flow->startTerminal({ request }, 300, "e-Guichet outcome=approve"));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Refused, 15000);
        QCOMPARE(flow->lastError(), ApiError::Forbidden);
        QVERIFY(flow->terminalCharged());
        QCOMPARE(m_driver->call("GET", "/requests/" + request)
                     .data()["status"]
                     .toObject()["id"]
                     .toString(),
            QString("awaiting_payment"));
        m_driver->call("POST", "/requests/" + request + "/actions/cancel");
    }

    void unknownDevice_chargedButRefused_kept()
    {
        const QString request = newRequest();
        auto flow = newFlow();
        // A sale in another device's name than the certificate's: 403 device_mismatch.
        flow->setTerminal(m_checkout.get(), QStringLiteral("not-a-city-device"));
        QVERIFY(flow->startTerminal({ request }, 300, "e-Guichet outcome=approve"));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Refused, 15000);
        QCOMPARE(flow->lastError(), ApiError::Forbidden);
        QVERIFY(flow->terminalCharged()); // the screen says: keep the ticket, ask at the desk
        QCOMPARE(m_driver->call("GET", "/requests/" + request)
                     .data()["status"]
                     .toObject()["id"]
                     .toString(),
            QString("awaiting_payment"));
        // Leave the basket as it was for the next tests.
        m_driver->call("POST", "/requests/" + request + "/actions/cancel");
    }

    void wipedKiosk_findsTheOpenPaymentAtTheCity()
    {
        const QString request = newRequest();
        QString id;
        {
            auto flow = newFlow();
            QVERIFY(flow->start(PaymentFlow::Qr, { request }));
            QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::AwaitingCitizen, 15000);
            id = flow->payment().id;
        }
        // The kiosk's disk is wiped: a new journal knows nothing.
        m_store.reset();
        m_db.reset();
        init();
        auto flow = newFlow();
        QVERIFY(!flow->resume());
        QTRY_COMPARE_WITH_TIMEOUT(flow->payment().id, id, 15000);
        QCOMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        QVERIFY(!flow->payment().qrPayload.isEmpty());
        m_driver->call("POST", "/dev/payments/" + id + "/outcome", { { "outcome", "accept" } });
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Paid, 15000);
    }
};

QTEST_GUILESS_MAIN(TestTerminalSandbox)
#include "tst_terminal_sandbox.moc"
