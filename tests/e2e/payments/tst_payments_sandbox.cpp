// SPDX-License-Identifier: GPL-3.0-or-later
// The app's payment flow against the real eguichet-sandbox: a card payment through the
// provider's hosted pages (3-D Secure accepted or refused, a declined card, cancel, the
// checkout left to expire), the app killed between leaving for the provider and coming back,
// repeated provider notifications, the provider's "error", QR and bank transfer (the city's
// EPC payload and structured communication checked with our own functions).

#include "../api/apiclient.h"
#include "../api/sandboxprocess.h"
#include "api/cityapiclient.h"
#include "payments/epcpayload.h"
#include "payments/paymentapi.h"
#include "payments/paymentcontroller.h"
#include "payments/paymentflow.h"
#include "payments/paymentstore.h"
#include "payments/structuredcommunication.h"
#include "payments/urlopener.h"
#include "store/localdatabase.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

struct RecordingOpener : UrlOpener
{
    QList<QUrl> opened;
    bool open(const QUrl& url) override
    {
        opened << url;
        return true;
    }
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

const char* const kVisa = "4111111111111111";
const char* const kDeclinedByBank = "5555555555570002"; // the sandbox bank refuses *0002

} // namespace

class TestPaymentsSandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_driver; // plays the browser and the provider (/dev)
    QNetworkAccessManager m_network;
    std::unique_ptr<CityApiClient> m_client;
    std::unique_ptr<CityPaymentApi> m_api;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<PaymentStore> m_store;
    RecordingOpener m_browser;
    int m_run = 0;

    bool startCity(const QStringList& extra = {})
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QString why;
        if (!m_sandbox->start(extra, &why)) {
            qWarning("%s", qPrintable(why));
            return false;
        }
        m_driver = std::make_unique<ApiClient>(m_sandbox->apiUrl(), m_sandbox->ca());
        if (!m_driver->login(ApiClient::DemoEmail, ApiClient::DemoPassword))
            return false;
        ApiSettings settings;
        settings.baseUrl = m_sandbox->apiUrl();
        settings.caFile = m_sandbox->stateDir() + QStringLiteral("/tls/ca.pem");
        m_client = std::make_unique<CityApiClient>(settings, &m_network);
        bool done = false;
        m_client->post(QStringLiteral("/auth/password"),
            QJsonObject { { "email", ApiClient::DemoEmail }, { "password", "Demo-Namur1" } },
            nullptr, [&](const ApiResult& r) {
                m_client->setSessionToken(
                    r.data.toObject().value("session_token").toString().toLatin1());
                done = true;
            });
        QDeadlineTimer deadline(15000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        m_api = std::make_unique<CityPaymentApi>(m_client.get());
        return m_client->hasSession();
    }

    std::unique_ptr<PaymentFlow> newFlow()
    {
        auto flow = std::make_unique<PaymentFlow>(m_api.get(), m_store.get(), &m_browser);
        flow->setUser(QStringLiteral("demo"));
        flow->setPolling(100, 8000);
        return flow;
    }

    /** The citizen in the browser: card form, then 3-D Secure; the redirect back to the app. */
    QUrl payInBrowser(const QUrl& checkout, const char* number, const QByteArray& secure)
    {
        const QString path = checkout.path();
        const ApiReply form = m_driver->raw("POST", path + "/pay",
            QByteArray("brand=visa&number=") + number + "&expiry=12/30&cvc=123",
            "application/x-www-form-urlencoded");
        if (form.status == 303)
            return QUrl(QString::fromUtf8(form.header("location"))); // refused before 3-D Secure
        if (form.status != 200 || !form.body.contains("3-D Secure"))
            return {};
        const ApiReply back = m_driver->raw(
            "POST", path + "/3ds", "outcome=" + secure, "application/x-www-form-urlencoded");
        return back.status == 303 ? QUrl(QString::fromUtf8(back.header("location"))) : QUrl();
    }

    QList<PaymentFlow::State> statesOf(const QSignalSpy& spy)
    {
        QList<PaymentFlow::State> out;
        for (const QList<QVariant>& args : spy)
            out << args.at(0).value<PaymentFlow::State>();
        return out;
    }

    qint64 basketTotal()
    {
        return m_driver->call("GET", "/basket").data().toObject().value("total_cents").toInt(-1);
    }

private slots:
    void init()
    {
        QString error;
        m_db = LocalDatabase::open(
            m_dir.filePath(QStringLiteral("app%1.sqlite").arg(++m_run)), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_store = std::make_unique<PaymentStore>(m_db.get());
        m_browser.opened.clear();
    }
    void cleanup()
    {
        m_api.reset();
        m_client.reset();
        m_driver.reset();
        m_sandbox.reset();
        m_store.reset();
        m_db.reset();
    }

    void card_3dsAccepted_paidAndBasketEmpty()
    {
        QVERIFY(startCity());
        // Two requests in the basket (the demo citizen's certificate and a new one), one payment.
        const QJsonObject request { { "service", "certificat-de-residence" },
            { "data",
                QJsonObject { { "beneficiary", "me" }, { "purpose", "administration" },
                    { "copies", "1" }, { "delivery", "pickup" },
                    { "email", "demo@namur.example" } } } };
        QCOMPARE(m_driver->call("POST", "/requests", request).status, 201);
        const QJsonObject basket = m_driver->call("GET", "/basket").data().toObject();
        QCOMPARE(basket.value("items").toArray().size(), 2);
        auto flow = newFlow();
        QSignalSpy states(flow.get(), &PaymentFlow::stateChanged);
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::AwaitingCitizen, 15000);
        QCOMPARE(m_browser.opened.size(), 1);
        const QUrl back = payInBrowser(m_browser.opened.first(), kVisa, "accept");
        QCOMPARE(back.scheme(), QStringLiteral("eguichet"));
        QCOMPARE(QUrlQuery(back).queryItemValue("payment_id"), flow->payment().id);
        flow->browserReturned(flow->payment().id);
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Paid, 15000);
        QCOMPARE(statesOf(states),
            (QList<PaymentFlow::State> { PaymentFlow::Creating, PaymentFlow::AwaitingCitizen,
                PaymentFlow::Checking, PaymentFlow::Paid }));
        QCOMPARE(basketTotal(), 0);
        QCOMPARE(flow->payment().requestIds.size(), 2);
        QCOMPARE(flow->payment().amountCents, basket.value("total_cents").toInteger());
    }

    void card_outcomes_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<PaymentFlow::State>("expected");
        QTest::newRow("3-D Secure refused") << "3ds-refuse" << PaymentFlow::Denied;
        QTest::newRow("card declined by the bank") << "decline" << PaymentFlow::Denied;
        QTest::newRow("cancelled on the checkout") << "cancel" << PaymentFlow::Cancelled;
    }
    void card_outcomes()
    {
        QFETCH(QString, how);
        QFETCH(PaymentFlow::State, expected);
        QVERIFY(startCity());
        auto flow = newFlow();
        QSignalSpy states(flow.get(), &PaymentFlow::stateChanged);
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::AwaitingCitizen, 15000);
        const QUrl checkout = m_browser.opened.value(0);
        QUrl back;
        if (how == QLatin1String("cancel")) {
            const ApiReply r = m_driver->raw(
                "POST", checkout.path() + "/cancel", "x=1", "application/x-www-form-urlencoded");
            back = QUrl(QString::fromUtf8(r.header("location")));
        } else {
            back = payInBrowser(checkout, how == QLatin1String("decline") ? kDeclinedByBank : kVisa,
                how == QLatin1String("decline") ? "accept" : "decline");
        }
        QVERIFY(back.isValid());
        flow->browserReturned(QUrlQuery(back).queryItemValue("payment_id"));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), expected, 15000);
        const QList<PaymentFlow::State> seen = statesOf(states);
        for (int i = 0; i + 1 < seen.size(); ++i)
            QVERIFY2(seen.at(i) < PaymentFlow::Paid, "a final state before the city's");
        QVERIFY(basketTotal() > 0); // nothing paid: still in the basket
    }

    void card_checkoutLeftOpen_expires()
    {
        QVERIFY(startCity({ "--checkout-timeout-ms", "600" }));
        auto flow = newFlow();
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::AwaitingCitizen, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Expired, 20000);
    }

    void crashBetweenLeavingAndComingBack_resumesTheSamePayment()
    {
        QVERIFY(startCity());
        auto first = newFlow();
        QVERIFY(first->start(PaymentFlow::Card));
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), PaymentFlow::AwaitingCitizen, 15000);
        const QString id = first->payment().id;
        first.reset(); // the app dies while the citizen is on the provider's page

        const QUrl back = payInBrowser(m_browser.opened.first(), kVisa, "accept");
        QVERIFY(back.isValid());
        // The desktop starts the app again with the return URL.
        PaymentController controller(m_api.get(), m_store.get(), &m_browser);
        controller.setUser(QStringLiteral("demo"));
        controller.flow()->setPolling(100, 8000);
        QVERIFY(controller.handleReturnUrl(back));
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PaymentFlow::Paid, 15000);
        QCOMPARE(controller.paymentId(), id);
        // A new "pay" now finds nothing left to pay instead of paying twice.
        QCOMPARE(basketTotal(), 0);
        QTemporaryDir receipts;
        QVERIFY(controller.saveReceipt(receipts.filePath("recu.pdf")));
    }

    void crashWhileCityCreates_sameKeyOnePayment()
    {
        QVERIFY(startCity());
        const auto probe = [this] {
            const ApiReply r = m_driver->call("POST", "/payments", { { "method", "qr" } },
                { { "Idempotency-Key", CityApiClient::newIdempotencyKey().toLatin1() } });
            return r.data().toObject().value("payment_id").toString().toLongLong();
        };
        const qint64 before = probe();
        QVERIFY(before > 0);
        AnswerLostApi dying(m_api.get());
        auto first = std::make_unique<PaymentFlow>(&dying, m_store.get(), &m_browser);
        first->setUser(QStringLiteral("demo"));
        QVERIFY(first->start(PaymentFlow::Card));
        // The city makes the payment; the app dies before reading the answer.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_driver->call("GET", "/payments/" + QString::number(before + 1)).status, 200, 15000);
        QVERIFY(first->payment().id.isEmpty());
        QVERIFY(m_browser.opened.isEmpty());
        first.reset();

        auto second = newFlow();
        QVERIFY(second->start(PaymentFlow::Card)); // the citizen presses "pay" again
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), PaymentFlow::AwaitingCitizen, 15000);
        QCOMPARE(second->payment().id.toLongLong(), before + 1); // the city's replay
        QCOMPARE(m_browser.opened.size(), 1);
        QCOMPARE(probe(), before + 2); // no other payment was made in between
    }

    void duplicateNotifications_appliedOnce()
    {
        QVERIFY(startCity());
        auto flow = newFlow();
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::AwaitingCitizen, 15000);
        const QString id = flow->payment().id;
        QCOMPARE(m_driver
                     ->call("POST", "/dev/payments/" + id + "/outcome",
                         { { "outcome", "accept" }, { "repeat", 3 } })
                     .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Paid, 15000);
        // A late contrary notification changes nothing any more.
        m_driver->call("POST", "/dev/payments/" + id + "/outcome", { { "outcome", "decline" } });
        const QJsonObject p = m_driver->call("GET", "/payments/" + id).data().toObject();
        QCOMPARE(p.value("status").toString(), QStringLiteral("paid"));
        QVERIFY(p.value("psp").toObject().value("notifications").toInt() >= 3);
        QCOMPARE(flow->state(), PaymentFlow::Paid);
    }

    void providerError_isCheckingNeverFailed()
    {
        QVERIFY(startCity());
        auto flow = newFlow();
        flow->setPolling(100, 1500);
        QSignalSpy states(flow.get(), &PaymentFlow::stateChanged);
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::AwaitingCitizen, 15000);
        m_driver->call(
            "POST", "/dev/payments/" + flow->payment().id + "/outcome", { { "outcome", "error" } });
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Unconfirmed, 15000);
        QVERIFY(!statesOf(states).contains(PaymentFlow::Denied));
        QVERIFY(m_store->unsettled(QStringLiteral("demo"))); // remembered for a later check
    }

    void qr_paidOnThePhone()
    {
        QVERIFY(startCity());
        auto flow = newFlow();
        QVERIFY(flow->start(PaymentFlow::Qr));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::AwaitingCitizen, 15000);
        QVERIFY(m_browser.opened.isEmpty());
        QVERIFY(flow->payment().qrPayload.contains(QStringLiteral("/provider/qr/")));
        m_driver->call("POST", "/dev/payments/" + flow->payment().id + "/outcome",
            { { "outcome", "accept" }, { "late", true } });
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Paid, 15000);
    }

    void bankTransfer_referencesCheckOut()
    {
        QVERIFY(startCity());
        auto flow = newFlow();
        QVERIFY(flow->start(PaymentFlow::BankTransfer));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::AwaitingCitizen, 15000);
        const PaymentInfo& p = flow->payment();
        QVERIFY2(StructuredCommunication::isValid(p.communication), qPrintable(p.communication));
        EpcTransfer t;
        t.bic = p.bic;
        t.beneficiaryName = p.beneficiary;
        t.iban = p.iban;
        t.amountCents = p.amountCents;
        QCOMPARE(EpcPayload::build(EpcPayload::withStructuredCommunication(t, p.communication)),
            p.epcPayload.toUtf8());
        m_driver->call("POST", "/dev/payments/" + p.id + "/outcome", { { "outcome", "accept" } });
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), PaymentFlow::Paid, 15000);
    }
};

QTEST_MAIN(TestPaymentsSandbox)
#include "tst_payments_sandbox.moc"
