// SPDX-License-Identifier: GPL-3.0-or-later
// The payment state machine against a scripted city: every transition, polling until the
// city's final word, "checking" never turned into a failure early, the Idempotency-Key and
// the bytes reused after a simulated crash (the flow destroyed and rebuilt on the same
// database), and no second payment while one is unsettled.

#include "fakepaymentapi.h"
#include "payments/paymentcontroller.h"
#include "payments/paymentflow.h"
#include "payments/paymentstore.h"
#include "store/localdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<PaymentFlow::State> statesOf(const QSignalSpy& spy)
{
    QList<PaymentFlow::State> out;
    for (const QList<QVariant>& args : spy)
        out << args.at(0).value<PaymentFlow::State>();
    return out;
}

bool hasFailureBefore(const QList<PaymentFlow::State>& states, PaymentFlow::State last)
{
    for (int i = 0; i + 1 < states.size(); ++i) {
        if (states.at(i) >= PaymentFlow::Denied)
            return true;
    }
    return states.isEmpty() || states.last() != last;
}

} // namespace

class TestPaymentFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<PaymentStore> m_store;
    FakePaymentApi m_api;
    RecordingOpener m_browser;
    int m_counter = 0;

    std::unique_ptr<PaymentFlow> newFlow()
    {
        auto flow = std::make_unique<PaymentFlow>(&m_api, m_store.get(), &m_browser);
        flow->setUser(QStringLiteral("acc-1"));
        flow->setPolling(10, 2000);
        return flow;
    }

private slots:
    void init()
    {
        QString error;
        m_db = LocalDatabase::open(
            m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_counter)), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_store = std::make_unique<PaymentStore>(m_db.get());
        QVERIFY(m_store->isReady());
        m_api = FakePaymentApi();
        m_browser.opened.clear();
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void card_returnThenPaid()
    {
        auto flow = newFlow();
        QSignalSpy states(flow.get(), &PaymentFlow::stateChanged);
        m_api.statuses = { "pending" };
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        QCOMPARE(m_browser.opened, { QUrl("https://psp.invalid/checkout/17") });
        // Committed before the browser opened: the journal knows the payment.
        QCOMPARE(m_store->unsettled("acc-1")->paymentId, QStringLiteral("17"));
        QCOMPARE(m_api.creates.size(), 1);
        QVERIFY(
            m_api.creates.first().body.contains("\"return_url\":\"eguichet://payment-return\""));
        QVERIFY(!m_api.creates.first().key.isEmpty());

        m_api.statuses = { "pending", "waiting", "waiting", "paid" };
        flow->browserReturned(QStringLiteral("17"));
        QCOMPARE(flow->state(), PaymentFlow::Checking);
        QTRY_COMPARE(flow->state(), PaymentFlow::Paid);
        QCOMPARE(statesOf(states),
            (QList<PaymentFlow::State> { PaymentFlow::Creating, PaymentFlow::AwaitingCitizen,
                PaymentFlow::Checking, PaymentFlow::Paid }));
        QVERIFY(!m_store->unsettled("acc-1")); // settled in the journal
        const int calls = m_api.statusCalls;
        QTest::qWait(60);
        QCOMPARE(m_api.statusCalls, calls); // no polling after the final word
    }

    void finalStatuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<PaymentFlow::State>("state");
        QTest::newRow("paid") << "paid" << PaymentFlow::Paid;
        QTest::newRow("denied") << "denied" << PaymentFlow::Denied;
        QTest::newRow("cancelled") << "cancelled" << PaymentFlow::Cancelled;
        QTest::newRow("expired") << "expired" << PaymentFlow::Expired;
    }
    void finalStatuses()
    {
        QFETCH(QString, status);
        QFETCH(PaymentFlow::State, state);
        auto flow = newFlow();
        QSignalSpy states(flow.get(), &PaymentFlow::stateChanged);
        m_api.statuses = { "pending", "error", "waiting", status };
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        flow->browserReturned(QStringLiteral("17"));
        QTRY_COMPARE(flow->state(), state);
        QVERIFY2(
            !hasFailureBefore(statesOf(states), state), "failure shown before the city said so");
    }

    void errorAndOffline_stayChecking_untilCityDecides()
    {
        auto flow = newFlow();
        m_api.statuses = { "pending" };
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        m_api.statuses = { "error" };
        flow->browserReturned(QStringLiteral("17"));
        QTRY_VERIFY(m_api.statusCalls >= 3);
        QCOMPARE(flow->state(), PaymentFlow::Checking);
        m_api.statusError = ApiError::NetworkUnreachable;
        const int calls = m_api.statusCalls;
        QTRY_VERIFY(m_api.statusCalls >= calls + 3); // keeps asking while offline
        QCOMPARE(flow->state(), PaymentFlow::Checking);
        m_api.statusError = ApiError::None;
        m_api.statuses = { "paid" };
        QTRY_COMPARE(flow->state(), PaymentFlow::Paid);
    }

    void checkWindowEnds_unconfirmed_thenCheckAgain()
    {
        auto flow = newFlow();
        flow->setPolling(10, 150);
        m_api.statuses = { "pending" };
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        m_api.statuses = { "waiting" };
        flow->browserReturned(QStringLiteral("17"));
        QTRY_COMPARE(flow->state(), PaymentFlow::Unconfirmed);
        const int calls = m_api.statusCalls;
        QTest::qWait(60);
        QCOMPARE(m_api.statusCalls, calls); // stopped asking, nothing concluded
        QVERIFY(m_store->unsettled("acc-1")); // still remembered for later
        m_api.statuses = { "paid" };
        flow->checkAgain();
        QTRY_COMPARE(flow->state(), PaymentFlow::Paid);
    }

    void qr_pollsWithoutReturn()
    {
        auto flow = newFlow();
        m_api.method = QStringLiteral("qr");
        m_api.statuses = { "pending", "pending", "paid" };
        QVERIFY(flow->start(PaymentFlow::Qr));
        QTRY_COMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        QVERIFY(m_browser.opened.isEmpty());
        QCOMPARE(flow->payment().qrPayload, QStringLiteral("https://psp.invalid/qr/17"));
        QVERIFY(!m_api.creates.first().body.contains("return_url"));
        QTRY_COMPARE(flow->state(), PaymentFlow::Paid);
    }

    void bankTransfer_waitingIsAwaitingCitizen()
    {
        auto flow = newFlow();
        m_api.method = QStringLiteral("bank_transfer");
        m_api.createdStatus = QStringLiteral("waiting");
        m_api.statuses = { "waiting" };
        QVERIFY(flow->start(PaymentFlow::BankTransfer));
        QTRY_COMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        QTRY_VERIFY(m_api.statusCalls >= 2);
        QCOMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
    }

    void refusedByCity_noRetry()
    {
        auto flow = newFlow();
        m_api.createError = ApiError::Conflict; // nothing_to_pay
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE(flow->state(), PaymentFlow::Refused);
        QTest::qWait(50);
        QCOMPARE(m_api.creates.size(), 1);
        QVERIFY(!m_store->unsettled("acc-1"));
    }

    void transientCreate_repeatsSameKeyAndBytes()
    {
        auto flow = newFlow();
        m_api.createError = ApiError::Timeout;
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_VERIFY(m_api.creates.size() >= 2);
        m_api.createError = ApiError::None;
        QTRY_COMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        for (const FakePaymentApi::Create& c : m_api.creates) {
            QCOMPARE(c.key, m_api.creates.first().key);
            QCOMPARE(c.body, m_api.creates.first().body);
        }
        QCOMPARE(m_browser.opened.size(), 1);
    }

    void createAnswerWithoutId_askedAgainWithSameKey()
    {
        auto flow = newFlow();
        m_api.createsWithoutId = 2;
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        QCOMPARE(m_api.creates.size(), 3);
        QCOMPARE(m_api.creates.at(2).key, m_api.creates.at(0).key);
        QCOMPARE(flow->payment().id, QStringLiteral("17"));
        QCOMPARE(m_browser.opened.size(), 1);
    }

    void neverTwice_whileUnderWay()
    {
        auto flow = newFlow();
        QVERIFY(flow->start(PaymentFlow::Card));
        QTRY_COMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        QVERIFY(!flow->start(PaymentFlow::Qr));
        QCOMPARE(m_api.creates.size(), 1);
    }

    void crashBeforeAnswer_resumesWithSameKey()
    {
        m_api.answerCreate = false; // the app dies while the city handles the POST
        auto first = newFlow();
        QVERIFY(first->start(PaymentFlow::Card));
        QCOMPARE(m_api.creates.size(), 1);
        first.reset();

        m_api.answerCreate = true;
        auto second = newFlow();
        QVERIFY(second->start(PaymentFlow::BankTransfer)); // the citizen tries again
        QTRY_COMPARE(second->state(), PaymentFlow::AwaitingCitizen);
        QCOMPARE(m_api.creates.size(), 2);
        QCOMPARE(m_api.creates.at(1).key, m_api.creates.at(0).key);
        QCOMPARE(m_api.creates.at(1).body, m_api.creates.at(0).body); // still the card payment
        QCOMPARE(second->payment().id, QStringLiteral("17"));
    }

    void crashAfterLeaving_findsRealStatus()
    {
        auto first = newFlow();
        QVERIFY(first->start(PaymentFlow::Card));
        QTRY_COMPARE(first->state(), PaymentFlow::AwaitingCitizen);
        first.reset(); // crash while the citizen is on the provider's page

        m_api.statuses = { "paid" };
        auto second = newFlow();
        QVERIFY(second->resume());
        QCOMPARE(second->state(), PaymentFlow::Checking);
        QTRY_COMPARE(second->state(), PaymentFlow::Paid);
        QCOMPARE(m_api.creates.size(), 1); // found again, never created twice
    }

    void closedBrowser_resumePendingThenReopen()
    {
        auto first = newFlow();
        QVERIFY(first->start(PaymentFlow::Card));
        QTRY_COMPARE(first->state(), PaymentFlow::AwaitingCitizen);
        first.reset();
        m_api.statuses = { "pending" };
        auto second = newFlow();
        QVERIFY(second->resume());
        QTRY_COMPARE(second->state(), PaymentFlow::AwaitingCitizen);
        QVERIFY(second->reopenCheckout());
        QCOMPARE(m_browser.opened.size(), 2);
        QCOMPARE(m_api.creates.size(), 1);
    }

    void controller_returnUrlAfterRestart()
    {
        auto first = newFlow();
        QVERIFY(first->start(PaymentFlow::Card));
        QTRY_COMPARE(first->state(), PaymentFlow::AwaitingCitizen);
        first.reset();

        m_api.statuses = { "waiting", "paid" };
        PaymentController controller(&m_api, m_store.get(), &m_browser);
        controller.setUser(QStringLiteral("acc-1"));
        controller.flow()->setPolling(10, 2000);
        QVERIFY(!controller.handleReturnUrl(QUrl("https://example.invalid/?payment_id=17")));
        QVERIFY(controller.handleReturnUrl(
            QUrl("eguichet://payment-return?payment_id=17&status=paid")));
        QCOMPARE(controller.state(), PaymentFlow::Checking); // the browser's word is not trusted
        QTRY_COMPARE(controller.state(), PaymentFlow::Paid);
        QVERIFY(!controller.message().isEmpty());
        QCOMPARE(m_api.creates.size(), 1);
        QTemporaryDir dir;
        QVERIFY(controller.saveReceipt(dir.filePath("r.pdf")));
    }

    void controller_basketThenReceipt()
    {
        PaymentController controller(&m_api, m_store.get(), &m_browser);
        controller.setUser(QStringLiteral("acc-1"));
        controller.flow()->setPolling(10, 2000);
        QSignalSpy basket(&controller, &PaymentController::basketChanged);
        controller.loadBasket();
        QVERIFY(basket.wait());
        QCOMPARE(controller.basketItems().size(), 2);
        QCOMPARE(controller.basketTotalCents(), 500);
        QVERIFY(!controller.saveReceipt(m_dir.filePath("early.pdf"))); // not paid yet
        m_api.statuses = { "paid" };
        QVERIFY(controller.payByQr());
        QTRY_COMPARE(controller.state(), PaymentFlow::Paid);
        const QString html = controller.receipt().html();
        QVERIFY(html.contains(QStringLiteral("DEM-5, DEM-6")));
        QVERIFY(html.contains(QStringLiteral("SBX17")));
        QVERIFY(html.contains(QStringLiteral("27/11/2026")));
        controller.clear();
        QCOMPARE(controller.state(), PaymentFlow::Idle);
        QCOMPARE(controller.basketTotalCents(), 0);
    }

    void controller_returnForUnknownPayment_isFollowed()
    {
        // Empty journal (another installation, or a wiped kiosk): the city still knows it.
        m_api.statuses = { "waiting", "denied" };
        PaymentController controller(&m_api, m_store.get(), &m_browser);
        controller.setUser(QStringLiteral("acc-1"));
        controller.flow()->setPolling(10, 2000);
        QVERIFY(controller.handleReturnUrl(QUrl("eguichet://payment-return?payment_id=17")));
        QCOMPARE(controller.state(), PaymentFlow::Checking);
        QTRY_COMPARE(controller.state(), PaymentFlow::Denied);
        QVERIFY(m_api.creates.isEmpty());
    }

    void controller_qrImage()
    {
        PaymentController controller(&m_api, m_store.get(), &m_browser);
        controller.setUser(QStringLiteral("acc-1"));
        QVERIFY(controller.qrImage().isNull());
        m_api.method = QStringLiteral("qr");
        QVERIFY(controller.payByQr());
        QTRY_COMPARE(controller.state(), PaymentFlow::AwaitingCitizen);
        QVERIFY(!controller.qrImage(4).isNull());
    }
};

QTEST_MAIN(TestPaymentFlow)
#include "tst_paymentflow.moc"
