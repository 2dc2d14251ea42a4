// SPDX-License-Identifier: GPL-3.0-or-later
// A terminal payment through PaymentFlow against a scripted terminal and a scripted city: the
// sale's row is written before the terminal is asked, the approval is recorded at the city
// with one key (repeated with the same bytes while the city is unreachable), a declined or
// cancelled sale records nothing, an unknown outcome is asked again and never charged twice,
// and the crashes (during the sale, after the approval) are resumed from the journal. Also
// resume() finding a payment the journal lacks through GET /payments?status=open.

#include "fakepaymentapi.h"
#include "payments/paymentcontroller.h"
#include "payments/paymentflow.h"
#include "payments/paymentstore.h"
#include "payments/paymentterminalsetup.h"
#include "payments/terminalcheckout.h"
#include "store/localdatabase.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** A terminal whose sales and queries end as scripted, one event-loop turn later. */
class ScriptedTerminal : public PaymentTerminal
{
public:
    QList<PaymentTerminal::Outcome> sales; // next sale outcomes; the last repeats
    QList<PaymentTerminal::Outcome> queries; // next query answers; the last repeats
    QStringList started; // transaction ids of the sales
    QStringList asked; // transaction ids queried
    bool busy = false;

    bool start(qint64, const QString&, const QString& transactionId) override
    {
        if (busy)
            return false;
        started << transactionId;
        finishLater(transactionId, next(sales));
        return true;
    }
    bool query(const QString& transactionId) override
    {
        asked << transactionId;
        finishLater(transactionId, next(queries));
        return true;
    }
    void abort() override { }

private:
    static Outcome next(QList<Outcome>& list)
    {
        return list.size() > 1 ? list.takeFirst() : list.value(0, Outcome::ConnectionLost);
    }
    void finishLater(const QString& txn, Outcome outcome)
    {
        busy = true;
        QTimer::singleShot(0, this, [this, txn, outcome] {
            busy = false;
            emit progress(QStringLiteral("present_card"));
            Result r;
            r.outcome = outcome;
            r.transactionId = txn;
            if (outcome == Outcome::Approved)
                r.authorisationCode = QStringLiteral("654321");
            emit finished(r);
        });
    }
};

QJsonObject terminalOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value("terminal").toObject();
}

} // namespace

class TestTerminalPayment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<PaymentStore> m_store;
    FakePaymentApi m_api;
    RecordingOpener m_browser;
    std::unique_ptr<ScriptedTerminal> m_terminal;
    std::unique_ptr<TerminalCheckout> m_checkout;
    int m_counter = 0;

    std::unique_ptr<PaymentFlow> newFlow()
    {
        auto flow = std::make_unique<PaymentFlow>(&m_api, m_store.get(), &m_browser);
        flow->setUser(QStringLiteral("acc-1"));
        flow->setPolling(10, 2000);
        flow->setTerminal(m_checkout.get(), QStringLiteral("kiosk-01"));
        return flow;
    }
    /** The app restarted: new terminal objects, same journal. */
    void restartTerminal()
    {
        m_checkout.reset();
        auto terminal = std::make_unique<ScriptedTerminal>();
        terminal->queries = m_terminal->queries;
        m_terminal = std::move(terminal);
        m_checkout = std::make_unique<TerminalCheckout>(m_terminal.get());
    }

private slots:
    void initTestCase() { qRegisterMetaType<PaymentTerminal::Result>(); }
    void init()
    {
        QString error;
        m_db = LocalDatabase::open(
            m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_counter)), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_store = std::make_unique<PaymentStore>(m_db.get());
        m_api = FakePaymentApi();
        m_api.method = QStringLiteral("terminal");
        m_api.createdStatus = QStringLiteral("paid");
        m_terminal = std::make_unique<ScriptedTerminal>();
        m_checkout = std::make_unique<TerminalCheckout>(m_terminal.get());
    }
    void cleanup()
    {
        m_checkout.reset();
        m_terminal.reset();
        m_store.reset();
        m_db.reset();
    }

    void approved_isRecordedOnceWithTheCode()
    {
        auto flow = newFlow();
        m_terminal->sales = { PaymentTerminal::Outcome::Approved };
        QVERIFY(flow->startTerminal({ "5", "6" }, 500, "e-Guichet DEM-5 DEM-6"));
        QCOMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        // Written down before the terminal was asked: the sale's id is in the journal.
        const std::optional<PaymentRecord> row = m_store->unsettled("acc-1");
        QVERIFY(row);
        QCOMPARE(row->status, QString("charging"));
        QCOMPARE(
            terminalOf(row->body).value("transaction_id").toString(), m_terminal->started.value(0));
        QTRY_COMPARE(flow->state(), PaymentFlow::Paid);
        QCOMPARE(m_terminal->started.size(), 1);
        QCOMPARE(m_api.creates.size(), 1);
        const QJsonObject sale = terminalOf(m_api.creates.first().body);
        QCOMPARE(sale.value("id").toString(), QString("kiosk-01"));
        QCOMPARE(sale.value("auth_code").toString(), QString("654321"));
        QCOMPARE(sale.value("amount_cents").toInt(), 500);
        QCOMPARE(sale.value("transaction_id").toString(), m_terminal->started.first());
        QVERIFY(!m_store->unsettled("acc-1"));
    }

    void declinedOrCancelled_recordNothing()
    {
        auto flow = newFlow();
        m_terminal->sales
            = { PaymentTerminal::Outcome::Declined, PaymentTerminal::Outcome::Cancelled };
        QVERIFY(flow->startTerminal({ "5" }, 300, "r"));
        QTRY_COMPARE(flow->state(), PaymentFlow::Denied);
        QVERIFY(!m_store->unsettled("acc-1")); // nothing charged: nothing to resume
        QVERIFY(flow->startTerminal({ "5" }, 300, "r")); // may try again
        QTRY_COMPARE(flow->state(), PaymentFlow::Cancelled);
        QCOMPARE(m_api.creates.size(), 0);
        QCOMPARE(m_terminal->started.size(), 2);
    }

    void cityUnreachable_afterApproval_retriesSameKeyAndBytes()
    {
        auto flow = newFlow();
        m_terminal->sales = { PaymentTerminal::Outcome::Approved };
        m_api.createError = ApiError::NetworkUnreachable;
        QVERIFY(flow->startTerminal({ "5" }, 300, "r"));
        QTRY_VERIFY(m_api.creates.size() >= 3);
        QCOMPARE(flow->state(), PaymentFlow::Creating); // never "failed": the card was charged
        QVERIFY(flow->terminalCharged());
        for (const FakePaymentApi::Create& c : m_api.creates) {
            QCOMPARE(c.key, m_api.creates.first().key);
            QCOMPARE(c.body, m_api.creates.first().body);
        }
        m_api.createError = ApiError::None;
        QTRY_COMPARE(flow->state(), PaymentFlow::Paid);
        QCOMPARE(m_terminal->started.size(), 1);
    }

    void crashAfterApproval_resumeRecordsWithoutCharging()
    {
        m_terminal->sales = { PaymentTerminal::Outcome::Approved };
        m_api.answerCreate = false; // the app dies while the city records it
        {
            auto flow = newFlow();
            QVERIFY(flow->startTerminal({ "5" }, 300, "r"));
            QTRY_COMPARE(m_api.creates.size(), 1);
        }
        restartTerminal();
        m_api.answerCreate = true;
        auto flow = newFlow();
        QVERIFY(flow->resume());
        QTRY_COMPARE(flow->state(), PaymentFlow::Paid);
        QCOMPARE(m_api.creates.size(), 2);
        QCOMPARE(m_api.creates.at(1).key, m_api.creates.at(0).key);
        QCOMPARE(m_api.creates.at(1).body, m_api.creates.at(0).body);
        QVERIFY(m_terminal->started.isEmpty()); // no second sale
        QVERIFY(m_terminal->asked.isEmpty());
    }

    void crashDuringSale_resumeAsksTheTerminal()
    {
        QString txn;
        {
            auto flow = newFlow();
            m_terminal->sales = { PaymentTerminal::Outcome::Approved };
            QVERIFY(flow->startTerminal({ "5" }, 300, "r"));
            txn = m_terminal->started.value(0);
            // The app dies before it hears the terminal (its answer is never handled).
            flow->setTerminal(nullptr, QString());
        }
        m_terminal->queries = { PaymentTerminal::Outcome::Approved };
        restartTerminal();
        auto flow = newFlow();
        QVERIFY(flow->startTerminal({ "5" }, 300, "r")); // "pay" again resumes, not a sale
        QTRY_COMPARE(flow->state(), PaymentFlow::Paid);
        QCOMPARE(m_terminal->asked, QStringList { txn });
        QVERIFY(m_terminal->started.isEmpty());
        QCOMPARE(m_api.creates.size(), 1);
        QCOMPARE(terminalOf(m_api.creates.first().body).value("transaction_id").toString(), txn);
    }

    void unknownOutcome_isUnconfirmed_thenAskedAgain()
    {
        auto flow = newFlow();
        m_terminal->sales = { PaymentTerminal::Outcome::ConnectionLost };
        m_terminal->queries
            = { PaymentTerminal::Outcome::ConnectionLost, PaymentTerminal::Outcome::Declined };
        QVERIFY(flow->startTerminal({ "5" }, 300, "r"));
        QTRY_COMPARE(flow->state(), PaymentFlow::Unconfirmed);
        QVERIFY(m_store->unsettled("acc-1")); // may be charged: kept
        QVERIFY(!flow->startTerminal({ "5" }, 300, "r")); // no new sale meanwhile
        flow->checkAgain();
        QTRY_COMPARE(flow->state(), PaymentFlow::Unconfirmed);
        QCOMPARE(m_terminal->asked.size(), 1);
        flow->checkAgain();
        QTRY_COMPARE(flow->state(), PaymentFlow::Denied);
        QCOMPARE(m_terminal->asked.size(), 2);
        QCOMPARE(m_terminal->started.size(), 1);
        QCOMPARE(m_api.creates.size(), 0);
        QVERIFY(!m_store->unsettled("acc-1"));
    }

    void refusedByCity_afterCharge_saysSo()
    {
        PaymentController controller(&m_api, m_store.get(), &m_browser);
        controller.setUser("acc-1");
        controller.setTerminal(m_checkout.get(), "kiosk-01");
        QVERIFY(controller.terminalAvailable());
        QVERIFY(!controller.payWithTerminal()); // no basket loaded: nothing to charge
        controller.loadBasket();
        QTRY_COMPARE(controller.basketTotalCents(), qint64(500));
        m_terminal->sales = { PaymentTerminal::Outcome::Approved };
        m_api.createError = ApiError::Conflict; // e.g. amount_mismatch
        QVERIFY(controller.payWithTerminal());
        QTRY_COMPARE(controller.state(), PaymentFlow::Refused);
        QVERIFY(controller.message().contains("débitée"));
        QCOMPARE(terminalOf(m_api.creates.first().body).value("amount_cents").toInt(), 500);
        QCOMPARE(m_api.creates.first().body.contains("\"items\":[\"5\",\"6\"]"), true);
    }

    void withoutTerminal_refused()
    {
        auto flow = std::make_unique<PaymentFlow>(&m_api, m_store.get(), &m_browser);
        flow->setUser("acc-1");
        QVERIFY(!flow->hasTerminal());
        QVERIFY(!flow->startTerminal({ "5" }, 300, "r"));
        QCOMPARE(flow->state(), PaymentFlow::Idle);
        QVERIFY(!m_store->unsettled("acc-1"));
    }

    void setup_fromConfiguration_kioskAndCounterOnly()
    {
        AppConfig config;
        config.paymentTerminal = QStringLiteral("127.0.0.1:9100");
        config.deviceId = QStringLiteral("kiosk-01");
        config.mode = AppMode::Home;
        QVERIFY(!PaymentTerminalSetup(config).isAvailable()); // home: cards in the browser
        config.mode = AppMode::Kiosk;
        const PaymentTerminalSetup kiosk(config);
        QVERIFY(kiosk.isAvailable());
        PaymentController controller(&m_api, m_store.get(), &m_browser);
        controller.setMethods({ QStringLiteral("qr"), QStringLiteral("bank_transfer") });
        QVERIFY(!controller.terminalAvailable());
        QVERIFY(!controller.pay(QStringLiteral("terminal")));
        QSignalSpy methodsChanged(&controller, &PaymentController::methodsChanged);
        kiosk.attachTo(&controller);
        QVERIFY(controller.terminalAvailable());
        // The screen offers the terminal first, then the mode's other methods.
        QCOMPARE(controller.methods(),
            QStringList({ QStringLiteral("terminal"), QStringLiteral("qr"),
                QStringLiteral("bank_transfer") }));
        QCOMPARE(methodsChanged.count(), 1);
        config.mode = AppMode::Counter;
        config.deviceId.clear(); // the city would refuse what the terminal charged
        QVERIFY(!PaymentTerminalSetup(config).isAvailable());
        config.deviceId = QStringLiteral("counter-01");
        config.paymentTerminal.clear();
        QVERIFY(!PaymentTerminalSetup(config).isAvailable());
    }

    void resume_findsAnOpenPaymentTheJournalLacks()
    {
        m_api.method = QStringLiteral("qr");
        m_api.open = QJsonArray { FakePaymentApi::payment("qr", "pending") };
        m_api.statuses = { "pending" };
        auto flow = newFlow();
        QVERIFY(!flow->resume()); // nothing in this computer's journal
        QTRY_COMPARE(flow->state(), PaymentFlow::AwaitingCitizen);
        QCOMPARE(m_api.openCalls, 1);
        QCOMPARE(flow->payment().id, QString("17"));
        QVERIFY(!flow->payment().qrPayload.isEmpty()); // the QR can be shown again
        m_api.statuses = { "paid" };
        QTRY_COMPARE(flow->state(), PaymentFlow::Paid);
        QCOMPARE(m_api.creates.size(), 0);
    }

    void resume_nothingOpen_staysIdle_andJournalFirst()
    {
        auto flow = newFlow();
        QVERIFY(!flow->resume());
        QTRY_COMPARE(m_api.openCalls, 1);
        QTest::qWait(20);
        QCOMPARE(flow->state(), PaymentFlow::Idle);
        // A journal row wins: the city's list is not asked.
        m_api.method = QStringLiteral("card");
        m_api.createdStatus = QStringLiteral("pending");
        m_api.answerCreate = false;
        QVERIFY(flow->start(PaymentFlow::Card));
        auto again = newFlow();
        m_api.answerCreate = true;
        QVERIFY(again->resume());
        QTRY_COMPARE(again->state(), PaymentFlow::AwaitingCitizen);
        QCOMPARE(m_api.openCalls, 1);
    }
};

QTEST_GUILESS_MAIN(TestTerminalPayment)
#include "tst_terminalpayment.moc"
