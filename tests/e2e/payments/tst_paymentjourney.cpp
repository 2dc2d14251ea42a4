// SPDX-License-Identifier: GPL-3.0-or-later
// Paying through the real window against the real sandbox city and its payment provider: the
// demo citizen logs in ("À payer" on the home), files a paying "composition de ménage", pays
// the basket by card on the provider's hosted page (driven over HTTP, as a browser would;
// the app's browser only records the URL), comes back through the return URL, sees "paid",
// saves the receipt as PDF and reads it back; then a second request paid by bank transfer
// shows the city's structured communication and its EPC QR code. Every payment screen is
// saved as a picture (build/screenshots/payment-NN-*.png).
#include "../api/apiclient.h"
#include "../api/sandboxprocess.h"
#include "formfiller.h"
#include "paymentqrprovider.h"
#include "payments/structuredcommunication.h"
#include "qmlfind.h"
#include "testservices.h"
#include "windowdriver.h"

#include <QDir>
#include <QKeyEvent>
#include <QPdfDocument>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QUrlQuery>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

class TestPaymentJourney : public QObject, public WindowDriver
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_driver; // the citizen's browser on the provider's pages
    QTemporaryDir m_out;
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QString m_filedNumber;

    PaymentController& payments() { return m_services->payments.controller; }

    /** The citizen in the browser: card form, 3-D Secure accepted; where it sends them back. */
    QUrl payOnTheProvidersPage(const QUrl& checkout)
    {
        const ApiReply form = m_driver->raw("POST", checkout.path() + "/pay",
            "brand=visa&number=4111111111111111&expiry=12/30&cvc=123",
            "application/x-www-form-urlencoded");
        if (form.status != 200 || !form.body.contains("3-D Secure"))
            return {};
        const ApiReply back = m_driver->raw("POST", checkout.path() + "/3ds", "outcome=accept",
            "application/x-www-form-urlencoded");
        return back.status == 303 ? QUrl(QString::fromUtf8(back.header("location"))) : QUrl();
    }

private slots:
    void initTestCase()
    {
        m_shotPattern = QStringLiteral(SCREENSHOT_DIR "/payment-%1-%2.png");
        QString why;
        QVERIFY2(m_sandbox.start({}, &why), qPrintable(why));
        m_driver = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(m_driver->login(ApiClient::DemoEmail, ApiClient::DemoPassword));

        AppConfig config;
        config.mode = AppMode::Home;
        config.apiUrl = m_sandbox.apiUrl();
        config.caFile = m_sandbox.stateDir() + QStringLiteral("/tls/ca.pem");
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_services = std::make_unique<TestServices>(config);
        payments().flow()->setPolling(150, 20000);
        payments().setReceiptFolder(m_out.filePath(QStringLiteral("Documents")));
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->addImageProvider(
            QString::fromLatin1(PaymentQrProvider::Id), new PaymentQrProvider(&payments()));
        m_engine->load(QUrl(QStringLiteral("qrc:/Eguichet/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        waitForPage("welcomePage");
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_services.reset();
    }

    void logIn_homeSaysWhatIsLeftToPay()
    {
        click("passwordLoginButton");
        waitForPage("loginPage");
        type("loginEmail", QString::fromLatin1(ApiClient::DemoEmail));
        type("loginPassword", QString::fromLatin1(ApiClient::DemoPassword));
        click("loginButton");
        waitForPage("citizenHomePage");
        // The demo citizen's "certificat de résidence historique" waits for 2 € + 3 €.
        QTRY_VERIFY_WITH_TIMEOUT(shown("paymentTile"), 10000);
        QCOMPARE(text("paymentTile"), QStringLiteral("À payer : 5,00 €"));
        QCOMPARE(payments().state(), PaymentFlow::Idle); // nothing to resume
    }

    void filePayingRequest_confirmationOffersToPay()
    {
        click("servicesTile");
        waitForPage("cataloguePage");
        QTRY_VERIFY_WITH_TIMEOUT(find("service_composition-de-menage"), 10000);
        click("service_composition-de-menage");
        waitForPage("servicePage");
        click("startRequestButton");
        waitForPage("formPage");
        RequestController& requests = m_services->core.requests;
        QTRY_COMPARE_WITH_TIMEOUT(requests.state(), RequestController::Editing, 10000);
        formfiller::completeForm(requests.form());
        // Abroad: 5 € (docs/api/openapi.yaml: the option's price times the copies).
        QVERIFY(requests.form()->setValue(QStringLiteral("purpose"), QStringLiteral("abroad")));
        QVERIFY(requests.form()->setValue(QStringLiteral("copies"), QStringLiteral("1")));
        formfiller::completeForm(requests.form());
        for (int step = 0; step < 8 && pageName() == QLatin1String("formPage"); ++step) {
            click("formNextButton");
            QTest::qWait(100);
        }
        waitForPage("reviewPage");
        QVERIFY(QMetaObject::invokeMethod(find("consentBox"), "toggle"));
        click("submitRequestButton");
        waitForPage("confirmationPage");
        QTRY_VERIFY_WITH_TIMEOUT(!requests.requestNumber().isEmpty(), 10000);
        m_filedNumber = requests.requestNumber();
        QTRY_VERIFY_WITH_TIMEOUT(shown("paymentDueText"), 10000);
        QVERIFY2(text("paymentDueText").contains(QStringLiteral("5,00 €")),
            qPrintable(text("paymentDueText")));
        QVERIFY(text("payNowButton").contains(QStringLiteral("10,00 €"))); // with the other one
        shot("confirmation");
    }

    void payByCard_onTheProvidersPage_paid()
    {
        click("payNowButton");
        waitForPage("paymentBasketPage");
        QTRY_VERIFY_WITH_TIMEOUT(find("basketItem_" + m_filedNumber), 10000);
        QCOMPARE(payments().basketItems().size(), 2);
        QCOMPARE(text("basketTotal"), QStringLiteral("Total : 10,00 €"));
        shot("basket");
        click("choosePaymentMethodButton");
        waitForPage("paymentMethodPage");
        QVERIFY(shown("payMethod_card"));
        QVERIFY(shown("payMethod_bank_transfer"));
        shot("methods");

        click("payMethod_card");
        waitForPage("paymentWaitingPage");
        QTRY_COMPARE_WITH_TIMEOUT(payments().state(), PaymentFlow::AwaitingCitizen, 15000);
        // The provider's page "opened in the browser": here, recorded.
        QCOMPARE(m_services->browser->opened.size(), 1);
        const QUrl checkout = m_services->browser->opened.first();
        QVERIFY2(checkout.path().startsWith(QStringLiteral("/provider/checkout/")),
            qPrintable(checkout.toString()));
        QVERIFY(shown("reopenCheckoutButton"));
        QVERIFY(text("paymentMessage").contains(QStringLiteral("prestataire")));
        shot("waiting-card");

        const QUrl back = payOnTheProvidersPage(checkout);
        QCOMPARE(back.scheme(), QStringLiteral("eguichet"));
        QCOMPARE(QUrlQuery(back).queryItemValue("payment_id"), payments().paymentId());
        // What the single-instance hand-over does with the URL the desktop passes on.
        QVERIFY(payments().handleReturnUrl(back));
        waitForPage("paymentResultPage", 20000);
        QCOMPARE(payments().state(), PaymentFlow::Paid);
        QCOMPARE(text("paymentResultTitle"), QStringLiteral("Paiement reçu"));
        QCOMPARE(payments().amountCents(), 1000);
        // The city agrees: nothing left to pay.
        QCOMPARE(
            m_driver->call("GET", "/basket").data().toObject().value("total_cents").toInt(-1), 0);
    }

    void receipt_savedAsPdf_namesTheRequests()
    {
        click("savePaymentReceiptButton");
        QTRY_VERIFY(!payments().receiptPath().isEmpty());
        const QString path = payments().receiptPath();
        QVERIFY(path.startsWith(m_out.filePath(QStringLiteral("Documents"))));
        QVERIFY(text("paymentReceiptMessage").contains(QDir::toNativeSeparators(path)));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QString content;
        for (int p = 0; p < pdf.pageCount(); ++p)
            content += pdf.getAllText(p).text();
        content = plainSpaces(content);
        QVERIFY2(content.contains(QStringLiteral("Reçu de paiement")), qPrintable(content));
        QVERIFY2(content.contains(m_filedNumber), qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("10,00")));
        QVERIFY(content.contains(payments().paymentId()));
        QVERIFY(!content.contains(QStringLiteral("4111"))); // never the card
        shot("paid");
        click("paymentResultHomeButton");
        waitForPage("citizenHomePage");
        QTRY_VERIFY(!text("paymentTile").startsWith(QStringLiteral("À payer")));
        QVERIFY(text("homePaymentStatus").contains(QStringLiteral("Paiement reçu")));
    }

    void bankTransfer_showsTheStructuredCommunication()
    {
        // Another paying request (filed from elsewhere): 3 € for an administration.
        const QJsonObject request { { "service", "certificat-de-residence" },
            { "data",
                QJsonObject { { "beneficiary", "me" }, { "purpose", "administration" },
                    { "copies", "1" }, { "delivery", "pickup" },
                    { "email", "demo@namur.example" } } } };
        QCOMPARE(m_driver->call("POST", "/requests", request).status, 201);
        payments().loadBasket();
        QTRY_COMPARE_WITH_TIMEOUT(text("paymentTile"), QStringLiteral("À payer : 3,00 €"), 10000);
        shot("home-a-payer");
        click("paymentTile");
        waitForPage("paymentBasketPage");
        QTRY_VERIFY(shown("choosePaymentMethodButton"));
        click("choosePaymentMethodButton");
        waitForPage("paymentMethodPage");
        click("payMethod_bank_transfer");
        waitForPage("paymentTransferPage", 15000);
        QCOMPARE(payments().state(), PaymentFlow::AwaitingCitizen);
        QCOMPARE(payments().method(), QStringLiteral("bank_transfer"));
        // What the city says, shown as it says it, and a valid Belgian communication.
        const QJsonObject city
            = m_driver->call("GET", "/payments/" + payments().paymentId()).data().toObject();
        const QJsonObject transfer = city.value("bank_transfer").toObject();
        const QString communication = transfer.value("communication").toString();
        QVERIFY(StructuredCommunication::isValid(communication));
        QCOMPARE(text("transferCommunication"), communication);
        QCOMPARE(text("transferIban").remove(QLatin1Char(' ')), transfer.value("iban").toString());
        QCOMPARE(text("transferBeneficiary"), transfer.value("beneficiary").toString());
        QCOMPARE(text("transferAmount"), QStringLiteral("3,00 €"));
        QVERIFY(text("transferDelayNote").contains(QStringLiteral("quelques jours")));
        QTRY_VERIFY(shown("transferQrImage"));
        auto* qr = qobject_cast<QQuickItem*>(find("transferQrImage"));
        QTRY_COMPARE(qr->property("status").toInt(), 1); // Image.Ready
        QVERIFY(qr->width() >= 300);
        QCOMPARE(payments().qrText(), transfer.value("epc_qr_payload").toString());
        shot("transfer");
        // The transfer stays open (days may pass): the home says so, never "failed".
        click("transferDoneButton");
        waitForPage("citizenHomePage");
        QCOMPARE(text("paymentTile"), QStringLiteral("Paiement en cours"));
        QVERIFY(text("homePaymentStatus").contains(QStringLiteral("communication structurée")));
    }
};

QTEST_MAIN(TestPaymentJourney)
#include "tst_paymentjourney.moc"
