// SPDX-License-Identifier: GPL-3.0-or-later
// The payment screens through the real window, against a scripted city: basket, methods by
// mode, the waiting screen in each state (checkout open, checking, unconfirmed and "vérifier
// à nouveau"), the QR code (sharp, level M, scannable size), bank transfer details, every
// result with its way forward, the receipt saved as PDF at home and printed (to PDF) at the
// kiosk, a payment resumed after a restart shown with its real status, and the session end.
#include "audit/auditlog.h"
#include "fakepaymentapi.h"
#include "paymentqrprovider.h"
#include "payments/epcpayload.h"
#include "payments/paymentaudit.h"
#include "payments/qrimage.h"
#include "payments/structuredcommunication.h"
#include "payments/terminalcheckout.h"
#include "qmlfind.h"
#include "testservices.h"
#include "windowdriver.h"

#include <QDir>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

namespace {

const QString kCommunication = StructuredCommunication::fromReference(1700000017);

/** The scripted city with what the screens show: subjects, a transfer's details. */
class ScreensApi : public FakePaymentApi
{
public:
    void basket(QObject* context, Done done) override
    {
        if (emptyBasket) {
            ApiResult r;
            r.data = QJsonObject { { "items", QJsonArray() }, { "total_cents", 0 } };
            done(r);
            return;
        }
        FakePaymentApi::basket(context, [done](const ApiResult& r) {
            ApiResult out = r;
            QJsonObject data = r.data.toObject();
            QJsonArray items = data.value("items").toArray();
            for (int i = 0; i < items.size(); ++i) {
                QJsonObject item = items.at(i).toObject();
                item.insert("subject", i == 0 ? "Composition de ménage" : "Extrait d'acte");
                items[i] = item;
            }
            data.insert("items", items);
            out.data = data;
            done(out);
        });
    }
    void create(const QByteArray& body, const QString& key, QObject* context, Done done) override
    {
        FakePaymentApi::create(
            body, key, context, [done](const ApiResult& r) { done(withTransfer(r)); });
    }
    void status(const QString& id, QObject* context, Done done) override
    {
        FakePaymentApi::status(id, context, [done](const ApiResult& r) { done(withTransfer(r)); });
    }

    bool emptyBasket = false;

private:
    static ApiResult withTransfer(ApiResult r)
    {
        QJsonObject p = r.data.toObject();
        if (p.value("method").toString() != QLatin1String("bank_transfer"))
            return r;
        EpcTransfer transfer;
        transfer.beneficiaryName = QStringLiteral("Ville de Namur");
        transfer.iban = QStringLiteral("BE68539007547034");
        transfer.bic = QStringLiteral("GKCCBEBB");
        transfer.amountCents = 500;
        transfer.text = kCommunication;
        p.insert("bank_transfer",
            QJsonObject { { "beneficiary", "Ville de Namur" }, { "iban", "BE68539007547034" },
                { "bic", "GKCCBEBB" }, { "communication", kCommunication },
                { "epc_qr_payload", QString::fromUtf8(EpcPayload::build(transfer)) } });
        r.data = p;
        return r;
    }
};

AppConfig configFor(AppMode mode)
{
    AppConfig c;
    c.mode = mode;
    return c;
}

QString pdfText(const QString& path)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text();
    return text;
}

/** A terminal the test drives: the sale waits at "present_card" until the test ends it. */
class HeldTerminal : public PaymentTerminal
{
public:
    QString transaction;
    int aborts = 0;

    bool start(qint64, const QString&, const QString& transactionId) override
    {
        transaction = transactionId;
        QTimer::singleShot(0, this, [this] { emit progress(QStringLiteral("present_card")); });
        return true;
    }
    bool query(const QString&) override { return false; }
    void abort() override
    {
        ++aborts;
        end(Outcome::Cancelled);
    }
    void stage(const QString& name) { emit progress(name); }
    void end(Outcome outcome)
    {
        Result r;
        r.outcome = outcome;
        r.transactionId = transaction;
        if (outcome == Outcome::Approved)
            r.authorisationCode = QStringLiteral("654321");
        emit finished(r);
    }
};

} // namespace

class TestPaymentScreens : public QObject, public WindowDriver
{
    Q_OBJECT

    std::unique_ptr<ScreensApi> m_api; // the city, fresh for each test
    std::unique_ptr<TestServices> m_services;
    TestServices::RecordingUrlOpener* m_browser = nullptr;
    PaymentServices* m_payments = nullptr; // m_services's
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QTemporaryDir m_out;

    PaymentController& controller() { return m_payments->controller; }

    void start(AppMode mode)
    {
        m_api = std::make_unique<ScreensApi>();
        m_services = std::make_unique<TestServices>(
            configFor(mode), 2500, 1500, nullptr, m_api.get()); // the test plays the city
        m_browser = m_services->browser;
        m_payments = &m_services->payments;
        controller().setUser(QStringLiteral("acc-1"));
        controller().flow()->setPolling(20, 600);
        controller().setReceiptFolder(m_out.filePath(QStringLiteral("Documents")));
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->addImageProvider(
            QString::fromLatin1(PaymentQrProvider::Id), new PaymentQrProvider(&controller()));
        m_engine->load(QUrl(QStringLiteral("qrc:/Eguichet/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "openCitizenHome"));
        waitForPage("citizenHomePage");
    }
    /** Home → "À payer" → basket → methods. */
    void openMethods()
    {
        controller().loadBasket();
        QTRY_VERIFY(shown("paymentTile"));
        QCOMPARE(text("paymentTile"), QStringLiteral("À payer : 5,00 €"));
        click("paymentTile");
        waitForPage("paymentBasketPage");
        QTRY_VERIFY(find("basketItem_DEM-5"));
        click("choosePaymentMethodButton");
        waitForPage("paymentMethodPage");
    }
    /** Nothing on a payment screen may call the payment failed before the city said so. */
    void verifyNoFailureWording()
    {
        for (const char* name : { "paymentMessage", "paymentHint", "paymentWaitingAmount" }) {
            const QString t = text(QLatin1String(name)).toLower();
            QVERIFY2(!t.contains(QStringLiteral("échou")) && !t.contains(QStringLiteral("refus")),
                qPrintable(t));
        }
    }

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_shotPattern = QStringLiteral(SCREENSHOT_DIR "/payment-screens-%1-%2.png");
    }

    void cleanup()
    {
        m_engine.reset();
        m_payments = nullptr;
        m_browser = nullptr;
        m_services.reset();
        m_api.reset();
        m_window = nullptr;
    }

    void home_card_basketMethodsWaitingCheckingPaid_receiptSaved()
    {
        start(AppMode::Home);
        controller().loadBasket();
        QTRY_VERIFY(shown("paymentTile"));
        click("paymentTile");
        waitForPage("paymentBasketPage");
        QTRY_VERIFY(find("basketItem_DEM-5"));
        QVERIFY(find("basketItem_DEM-6"));
        QCOMPARE(text("basketTotal"), QStringLiteral("Total : 5,00 €"));
        QCOMPARE(text("choosePaymentMethodButton"), QStringLiteral("Payer")); // as the help says
        shot("basket");
        click("choosePaymentMethodButton");
        waitForPage("paymentMethodPage");
        // Home: the provider's page in the browser, or a transfer; no QR on the citizen's own
        // screen.
        QVERIFY(shown("payMethod_card"));
        QVERIFY(shown("payMethod_bank_transfer"));
        QVERIFY(!find("payMethod_qr"));
        shot("methods-home");

        m_api->statuses = { "pending" };
        click("payMethod_card");
        waitForPage("paymentWaitingPage");
        QTRY_COMPARE(controller().state(), PaymentFlow::AwaitingCitizen);
        QCOMPARE(m_browser->opened.size(), 1);
        QCOMPARE(m_browser->opened.first(), QUrl("https://psp.invalid/checkout/17"));
        QTRY_VERIFY(text("paymentMessage").contains("prestataire de paiement"));
        QVERIFY(shown("paymentBusy"));
        QVERIFY(!shown("paymentQrImage"));
        verifyNoFailureWording();
        shot("waiting-card");
        // The citizen closed the browser: the same checkout opens again, no new payment.
        click("reopenCheckoutButton");
        QCOMPARE(m_browser->opened.size(), 2);
        QCOMPARE(m_browser->opened.last(), m_browser->opened.first());
        QCOMPARE(m_api->creates.size(), 1);

        // Back from the provider: the city says "waiting" — we check, we do not conclude.
        m_api->statuses = { "waiting" };
        controller().handleReturnUrl(QUrl("eguichet://payment-return?payment_id=17&status=paid"));
        QTRY_COMPARE(controller().state(), PaymentFlow::Checking);
        QCOMPARE(pageName(), QStringLiteral("paymentWaitingPage"));
        QTRY_VERIFY(text("paymentMessage").contains("vérifions"));
        QVERIFY(shown("paymentBusy"));
        QVERIFY(!shown("reopenCheckoutButton"));
        verifyNoFailureWording();
        shot("checking");
        m_api->statuses = { "paid" };

        waitForPage("paymentResultPage");
        QCOMPARE(controller().state(), PaymentFlow::Paid);
        QCOMPARE(text("paymentResultTitle"), QStringLiteral("Paiement reçu"));
        QVERIFY(text("paymentNextStep").contains("Mes demandes"));
        QVERIFY(shown("savePaymentReceiptButton"));
        QVERIFY(!shown("printPaymentReceiptButton")); // no receipt printer at home
        QVERIFY(!shown("retryPaymentButton"));
        click("savePaymentReceiptButton");
        QTRY_VERIFY(!controller().receiptPath().isEmpty());
        const QString saved = controller().receiptPath();
        QVERIFY(saved.startsWith(m_out.filePath(QStringLiteral("Documents"))));
        QVERIFY(text("paymentReceiptMessage").contains(QDir::toNativeSeparators(saved)));
        const QString receipt = plainSpaces(pdfText(saved));
        QVERIFY2(receipt.contains("DEM-5") && receipt.contains("DEM-6"), qPrintable(receipt));
        QVERIFY(receipt.contains("5,00"));
        QVERIFY(receipt.contains("SBX17"));
        // A second save never overwrites the first.
        click("savePaymentReceiptButton");
        QTRY_VERIFY(controller().receiptPath() != saved);
        QVERIFY(QFileInfo::exists(saved));
        shot("paid-home");
        QCOMPARE(m_api->creates.size(), 1);
    }

    void unconfirmed_saysSo_andChecksAgain()
    {
        start(AppMode::Home);
        openMethods();
        m_api->statuses = { "waiting" }; // the provider's notification is late
        click("payMethod_card");
        waitForPage("paymentWaitingPage");
        controller().handleReturnUrl(QUrl("eguichet://payment-return?payment_id=17"));
        QTRY_COMPARE_WITH_TIMEOUT(controller().state(), PaymentFlow::Unconfirmed, 5000);
        QCOMPARE(pageName(), QStringLiteral("paymentWaitingPage")); // not a result
        QVERIFY(text("paymentMessage").contains("pas encore confirmé"));
        QVERIFY(text("paymentMessage").contains("Ne payez pas une seconde fois"));
        QVERIFY(shown("checkAgainButton"));
        QVERIFY(!shown("paymentBusy"));
        shot("unconfirmed");
        m_api->statuses = { "paid" };
        click("checkAgainButton");
        waitForPage("paymentResultPage");
        QCOMPARE(controller().state(), PaymentFlow::Paid);
    }

    void outcomes_showTheWayForward_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("next");
        QTest::newRow("denied") << "denied"
                                << "Paiement refusé"
                                << "autre carte";
        QTest::newRow("cancelled") << "cancelled"
                                   << "Paiement annulé"
                                   << "plus tard";
        QTest::newRow("expired") << "expired"
                                 << "Délai de paiement dépassé"
                                 << "plus tard";
    }
    void outcomes_showTheWayForward()
    {
        QFETCH(QString, status);
        QFETCH(QString, title);
        QFETCH(QString, next);
        start(AppMode::Home);
        openMethods();
        m_api->statuses = { status };
        click("payMethod_card");
        waitForPage("paymentResultPage");
        QCOMPARE(text("paymentResultTitle"), title);
        QVERIFY(text("paymentResultMessage").contains("Rien n'a été débité"));
        QVERIFY(text("paymentNextStep").contains(next));
        QVERIFY(!shown("savePaymentReceiptButton"));
        QVERIFY(!controller().saveReceiptInDocuments()); // nothing paid, no receipt
        if (status == QLatin1String("denied"))
            shot("denied");
        // "Payer maintenant": the methods again, and a new payment.
        click("retryPaymentButton");
        waitForPage("paymentMethodPage");
        m_api->statuses = { "pending" };
        click("payMethod_card");
        waitForPage("paymentWaitingPage");
        QTRY_COMPARE(m_api->creates.size(), 2);
    }

    void refused_isNotAFailedPayment()
    {
        start(AppMode::Home);
        openMethods();
        m_api->createError = ApiError::Conflict; // nothing_to_pay
        click("payMethod_bank_transfer");
        waitForPage("paymentResultPage");
        QCOMPARE(controller().state(), PaymentFlow::Refused);
        QCOMPARE(text("paymentResultTitle"), QStringLiteral("Paiement non créé"));
        QVERIFY(text("paymentResultMessage").contains("Rien n'a été débité"));
        QVERIFY(!shown("retryPaymentButton"));
    }

    void kiosk_qrSharpAndLargeEnough_thenReceiptPrinted()
    {
        start(AppMode::Kiosk);
        openMethods();
        QVERIFY(shown("payMethod_qr"));
        QVERIFY(shown("payMethod_bank_transfer"));
        QVERIFY(!find("payMethod_card")); // the kiosk's browser is not the citizen's
        shot("methods-kiosk");
        m_api->method = QStringLiteral("qr");
        m_api->statuses = { "pending" };
        click("payMethod_qr");
        waitForPage("paymentWaitingPage");
        QTRY_VERIFY(shown("paymentQrImage"));
        auto* image = qobject_cast<QQuickItem*>(find("paymentQrImage"));
        QTRY_COMPARE(image->property("status").toInt(), 1); // Image.Ready
        QCOMPARE(image->property("smooth").toBool(), false);
        QVERIFY(m_browser->opened.isEmpty()); // nothing opens at the kiosk
        // What the provider drew: whole pixels per module, quiet zone, large enough to scan.
        const int side = image->property("side").toInt();
        PaymentQrProvider provider(&controller());
        QSize size;
        const QImage qr = provider.requestImage(controller().qrImageId(), &size, QSize(side, side));
        const QrMatrix matrix = QrImage::encode(controller().qrPayload().toUtf8());
        QVERIFY(!matrix.isNull());
        const int modules = matrix.width + 8;
        QCOMPARE(qr.width() % modules, 0);
        QVERIFY2(qr.width() / modules >= 4, qPrintable(QString::number(qr.width())));
        QVERIFY(qr.width() <= side);
        QVERIFY(qr.width() >= 300);
        QCOMPARE(qr.pixelColor(0, 0), QColor(Qt::white)); // the quiet zone
        QCOMPARE(int(image->width()), qr.width()); // shown as drawn, never rescaled
        shot("waiting-qr");

        m_api->statuses = { "paid" };
        waitForPage("paymentResultPage");
        QVERIFY(shown("printPaymentReceiptButton"));
        QVERIFY(!shown("savePaymentReceiptButton")); // nothing is left on a kiosk's disk
        // A printer that cannot begin (its output under a file): never "printed", and the
        // citizen can try again.
        QFile blocker(m_out.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        controller().setReceiptPdfFile(m_out.filePath(QStringLiteral("blocker/printer.pdf")));
        click("printPaymentReceiptButton");
        QTRY_VERIFY(text("paymentReceiptMessage").contains("Aucune imprimante"));
        QVERIFY(!text("paymentReceiptMessage").contains("est imprimé"));
        QVERIFY(text("paymentReceiptMessage").contains("paiement est bien enregistré"));
        QVERIFY(controller().receiptFailed());
        QVERIFY(shown("printPaymentReceiptButton"));

        const QString printed = m_out.filePath(QStringLiteral("printer.pdf"));
        controller().setReceiptPdfFile(printed);
        click("printPaymentReceiptButton");
        QTRY_VERIFY(text("paymentReceiptMessage").contains("est imprimé"));
        QVERIFY(!controller().receiptFailed());
        const QString receipt = plainSpaces(pdfText(printed));
        QVERIFY2(receipt.contains("DEM-5") && receipt.contains("5,00"), qPrintable(receipt));
        QVERIFY(receipt.contains("Code QR"));
        shot("paid-kiosk");
    }

    // Kiosk with a payment terminal: offered first; the screen follows the terminal's stages,
    // may stop it before the card is in, and shows "paid" only once the city recorded it.
    void kiosk_terminal_offeredFirst_followedToPaid()
    {
        start(AppMode::Kiosk);
        HeldTerminal terminal;
        TerminalCheckout checkout(&terminal);
        controller().setTerminal(&checkout, QStringLiteral("kiosk-01"));
        QString auditError;
        const auto audit = AuditLog::open(m_out.filePath(QStringLiteral("audit.sqlite")),
            { QStringLiteral("kiosk"), QStringLiteral("kiosk-01") }, &auditError);
        QVERIFY2(audit, qPrintable(auditError));
        QObject auditConnections;
        recordPaymentAudit(audit.get(), &controller(), &auditConnections);
        openMethods();
        QVERIFY(shown("payMethod_terminal"));
        QVERIFY(shown("payMethod_qr"));
        QCOMPARE(controller().methods().value(0), QStringLiteral("terminal"));
        shot("methods-kiosk-terminal");

        // First try: the citizen changes their mind before presenting the card.
        click("payMethod_terminal");
        waitForPage("paymentWaitingPage");
        QTRY_VERIFY(text("paymentMessage").contains("Présentez"));
        QVERIFY(shown("cancelTerminalButton"));
        click("cancelTerminalButton");
        QCOMPARE(terminal.aborts, 1);
        QVERIFY(m_api->creates.isEmpty()); // nothing charged, nothing sent to the city
        waitForPage("paymentResultPage");
        shot("terminal-cancelled");

        // Second try: card, PIN, approved; the city records the sale and says paid.
        QVERIFY(controller().pay(QStringLiteral("terminal")));
        waitForPage("paymentWaitingPage");
        terminal.stage(QStringLiteral("enter_pin"));
        QTRY_VERIFY(text("paymentMessage").contains("code secret"));
        QVERIFY(!shown("cancelTerminalButton")); // the terminal decides from here
        shot("terminal-pin");
        m_api->method = QStringLiteral("terminal");
        m_api->createdStatus = QStringLiteral("paid");
        terminal.end(PaymentTerminal::Outcome::Approved);
        waitForPage("paymentResultPage");
        QCOMPARE(controller().state(), PaymentFlow::Paid);
        QCOMPARE(m_api->creates.size(), 1);
        const QJsonObject sent = QJsonDocument::fromJson(m_api->creates.first().body).object();
        QCOMPARE(sent.value("method").toString(), QStringLiteral("terminal"));
        QCOMPARE(sent.value("terminal").toObject().value("auth_code").toString(),
            QStringLiteral("654321"));
        shot("terminal-paid");

        // The station's audit log: each outcome once, polls or not, never a card detail.
        QTest::qWait(100);
        const QList<AuditEntry> entries = audit->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].detail.value("status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(entries[1].event, QStringLiteral("payment_settled"));
        QCOMPARE(entries[1].detail.value("status").toString(), QStringLiteral("paid"));
        QCOMPARE(entries[1].detail.value("method").toString(), QStringLiteral("terminal"));
        QCOMPARE(entries[1].detail.value("amount_cents").toInt(), 500);
        QCOMPARE(entries[1].detail.value("payment_id").toString(), controller().paymentId());
        QVERIFY(audit->verify().intact);
    }

    void bankTransfer_detailsAndEpcQr()
    {
        start(AppMode::Counter);
        openMethods();
        m_api->method = QStringLiteral("bank_transfer");
        m_api->createdStatus = QStringLiteral("waiting");
        m_api->statuses = { "waiting" };
        click("payMethod_bank_transfer");
        waitForPage("paymentTransferPage");
        QCOMPARE(text("transferBeneficiary"), QStringLiteral("Ville de Namur"));
        QCOMPARE(text("transferIban"), QStringLiteral("BE68 5390 0754 7034"));
        QCOMPARE(text("transferAmount"), QStringLiteral("5,00 €"));
        QCOMPARE(text("transferCommunication"), kCommunication);
        QVERIFY(StructuredCommunication::isValid(text("transferCommunication")));
        QVERIFY(text("transferDelayNote").contains("quelques jours"));
        QTRY_VERIFY(shown("transferQrImage"));
        auto* image = qobject_cast<QQuickItem*>(find("transferQrImage"));
        QTRY_COMPARE(image->property("status").toInt(), 1);
        QVERIFY(image->width() >= 300);
        shot("transfer");
        // Days pass: it stays a transfer to make, never a failure.
        QTest::qWait(200);
        QCOMPARE(pageName(), QStringLiteral("paymentTransferPage"));
        click("transferDoneButton");
        waitForPage("citizenHomePage");
        QCOMPARE(text("paymentTile"), QStringLiteral("Paiement en cours"));
        QVERIFY(text("homePaymentStatus").contains("communication structurée"));
        // The home's entry leads back to the details, not to a second payment.
        click("paymentTile");
        waitForPage("paymentTransferPage");
        QCOMPARE(m_api->creates.size(), 1);
    }

    void resumeAfterRestart_showsTheRealStatus()
    {
        start(AppMode::Home);
        {
            // The app before the restart: the checkout opened, then the app died.
            PaymentController before(m_api.get(), &m_payments->journal, m_browser);
            before.setUser(QStringLiteral("acc-1"));
            QVERIFY(before.payByCard());
            QTRY_COMPARE(before.state(), PaymentFlow::AwaitingCitizen);
        }
        m_api->emptyBasket = true; // the home must not rely on the basket to show it
        m_api->statuses = { "pending" };
        QVERIFY(controller().resume());
        QTRY_COMPARE(controller().state(), PaymentFlow::AwaitingCitizen);
        QTRY_VERIFY(shown("paymentTile"));
        QCOMPARE(text("paymentTile"), QStringLiteral("Paiement en cours"));
        QVERIFY(text("homePaymentStatus").contains("prestataire de paiement"));
        shot("home-resumed");
        click("paymentTile");
        waitForPage("paymentWaitingPage");
        QVERIFY(shown("reopenCheckoutButton"));
        QCOMPARE(m_api->creates.size(), 1); // resumed, not paid twice
    }

    void kioskSessionEnd_clearsThePayment()
    {
        start(AppMode::Kiosk);
        m_services->session.begin();
        openMethods();
        m_api->method = QStringLiteral("qr");
        m_api->statuses = { "paid" };
        click("payMethod_qr");
        waitForPage("paymentResultPage");
        m_services->session.end(SessionController::EndReason::CardRemoved);
        waitForPage("welcomePage");
        QCOMPARE(controller().state(), PaymentFlow::Idle);
        QVERIFY(controller().basketItems().isEmpty());
        QCOMPARE(controller().qrImageId(), QString());
        QCOMPARE(controller().paymentId(), QString());
        // Settled rows go; nothing of this citizen's payment stays for the next one.
        QVERIFY(!m_payments->journal.byPaymentId(QStringLiteral("17")));
    }
};

QTEST_MAIN(TestPaymentScreens)
#include "tst_paymentscreens.moc"
