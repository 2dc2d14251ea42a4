// SPDX-License-Identifier: GPL-3.0-or-later
// A citizen at home, through the real window and the real core, against the real sandbox
// city: log in with the demo account, find "Composition de ménage", fill the form (the e-mail
// pre-filled from the profile), meet the error summary, send, read the request number, find
// the request in "Mes demandes" with its timeline. Every screen is saved as a picture.
// Also: the review's price, the receipt saved as a PDF, a city's PDF in the in-app viewer.
#include "qmlfind.h"
#include "specimencard.h"
#include "testservices.h"
#include "windowdriver.h"

#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <thread>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

namespace {

const QString kDemoEmail = QStringLiteral("demo@namur.example");
const QString kDemoPassword = QStringLiteral("Demo-Namur1");

} // namespace

class TestJourney : public QObject, public WindowDriver
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;

    void monitorSays(eid::CardEvent::Type type)
    {
        auto* backend = m_services->scriptedCard;
        std::thread([backend, type] {
            backend->callback({ type, "Virtual PCD 00 00", {} });
        }).join();
    }

private slots:
    void initTestCase()
    {
        m_shotPattern = QStringLiteral(SCREENSHOT_DIR "/journey-%1-%2.png");
        QVERIFY(m_dir.isValid());
        m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sandbox.start(QStringLiteral(EGUICHET_SANDBOX),
            { "--listen", "127.0.0.1:0", "--state-dir", m_dir.filePath("city"),
                "--workflow-step-ms", "0", "--dev" });
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 30000);
        const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        const QRegularExpressionMatch m
            = QRegularExpression("serving (https://127\\.0\\.0\\.1:\\d+/v1)").match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));

        AppConfig config;
        config.mode = AppMode::Home;
        config.apiUrl = QUrl(m.captured(1));
        config.caFile = m_dir.filePath("city/tls/ca.pem");
        QVERIFY(QFile::exists(config.caFile));

        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_services = std::make_unique<TestServices>(config);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
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
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void logIn_withTheDemoAccount()
    {
        shot("welcome");
        click("passwordLoginButton");
        waitForPage("loginPage");
        type("loginEmail", kDemoEmail);
        type("loginPassword", kDemoPassword);
        // The password is never what a screen reader says.
        QCOMPARE(find("loginPassword")->property("echoMode").toInt(), 2); // TextInput.Password
        shot("login");
        QVERIFY(find("rememberEmailBox")->property("visible").toBool()); // home mode
        QVERIFY(QMetaObject::invokeMethod(find("rememberEmailBox"), "toggle"));
        click("loginButton");
        waitForPage("citizenHomePage");
        QVERIFY(m_services->core.accounts.loggedIn());
        QCOMPARE(m_services->core.loginMemory.email(), kDemoEmail); // never the password
        QTRY_VERIFY_WITH_TIMEOUT(m_services->core.profile.loaded(), 10000);
        QTRY_VERIFY(find("homeGreeting")->property("text").toString().contains("Alice"));
        shot("home");
    }

    void catalogue_searchFindsCompositionDeMenage()
    {
        click("servicesTile");
        waitForPage("cataloguePage");
        QTRY_VERIFY_WITH_TIMEOUT(find("service_composition-de-menage"), 10000);
        shot("catalogue");
        type("catalogueSearch", QStringLiteral("menage"));
        QTRY_COMPARE(m_services->core.catalogueModel.count(), 1);
        click("service_composition-de-menage");
        waitForPage("servicePage");
        shot("service");
    }

    // Issue 17: a verified card in the reader during a password session (another person's, or
    // even the account holder's: the city never saw it) lends the form nothing.
    void cardReadDuringAPasswordSession_lendsTheFormNothing()
    {
        m_services->scriptedCard->onRead
            = [] { return eid::Result<eid::CardReading>(specimenReading()); };
        monitorSays(eid::CardEvent::Type::ReaderAdded);
        monitorSays(eid::CardEvent::Type::CardInserted);
        QTRY_COMPARE_WITH_TIMEOUT(m_services->card.state(), CardService::State::Verified, 10000);
        QVERIFY(!m_services->card.identity().isEmpty());
        QVERIFY(m_services->core.accounts.eidHolder().isEmpty()); // a password session
    }

    void form_prefilledFromTheProfile_errorsListedAtTheTop()
    {
        click("startRequestButton");
        waitForPage("formPage");
        QTRY_COMPARE_WITH_TIMEOUT(
            m_services->core.requests.state(), RequestController::Editing, 10000);
        QTRY_VERIFY(find("field_email"));
        QCOMPARE(find("field_email")->property("text").toString(), kDemoEmail);
        QVERIFY(find("fieldSource_email")->property("visible").toBool());
        QVERIFY(find("fieldSource_email")->property("text").toString().contains("profil"));
        // The card read above fills and locks nothing.
        QCOMPARE(find("field_surname")->property("text").toString(), QString());
        QVERIFY(!find("fieldSource_surname")
            || !find("fieldSource_surname")->property("visible").toBool());
        QCOMPARE(
            m_services->core.requests.form()->state().sourceOf("surname"), FormState::Source::None);
        shot("form");

        // Nothing typed yet: the summary lists the problems, each a way to its field.
        click("formNextButton");
        QTRY_VERIFY(find("errorSummary")->property("visible").toBool());
        QVERIFY(find("fieldError_surname")->property("visible").toBool());
        shot("form-errors");
        click("errorLink_surname");
        QTRY_VERIFY(qobject_cast<QQuickItem*>(find("field_surname"))->hasActiveFocus());
        monitorSays(eid::CardEvent::Type::CardRemoved);
        QTRY_COMPARE(m_services->card.state(), CardService::State::NoCard);
    }

    void form_filledAndSent_confirmationHasTheNumber()
    {
        type("field_surname", QStringLiteral("Spécimen"));
        type("field_first_names", QStringLiteral("Alice Marie"));
        type("field_national_number", QStringLiteral("85073003328"));
        type("field_birth_date", QStringLiteral("30/07/1985"));
        type("field_street_and_number", QStringLiteral("Rue de Fer 42"));
        type("field_zip", QStringLiteral("5000"));
        type("field_municipality", QStringLiteral("Namur"));
        click("formNextButton");
        QTRY_COMPARE(
            m_services->core.requests.form()->pageId(), QStringLiteral("beneficiary_page"));
        QTRY_VERIFY(find("field_beneficiary_me"));
        click("field_beneficiary_me");
        click("formNextButton");
        QTRY_COMPARE(m_services->core.requests.form()->pageId(), QStringLiteral("details"));
        // For an administration the certificate costs 3,00 € a copy: the review says what the
        // city will ask, the way the city counts it.
        QTRY_VERIFY(find("field_purpose_administration"));
        click("field_purpose_administration");
        type("field_copies", QStringLiteral("2"));
        click("formNextButton");
        QTRY_COMPARE(m_services->core.requests.form()->pageId(), QStringLiteral("delivery_page"));
        QTRY_VERIFY(find("field_delivery_pickup"));
        click("field_delivery_pickup");
        shot("form-last-page");
        click("formNextButton");
        waitForPage("reviewPage");
        QVERIFY(find("review_surname"));
        QTRY_COMPARE(m_services->core.requests.priceCents(), 600);
        const QString price = find("reviewPrice")->property("text").toString();
        QVERIFY2(price.contains(QStringLiteral("6,00\u00a0€")) || price.contains("6,00 €"),
            qPrintable(price));
        shot("review");

        // Changed for school (free): back to the form, and the review says so.
        click("editRequestButton");
        waitForPage("formPage");
        click("formBackButton");
        QTRY_COMPARE(m_services->core.requests.form()->pageId(), QStringLiteral("details"));
        QTRY_VERIFY(find("field_purpose_school"));
        click("field_purpose_school");
        type("field_copies", QStringLiteral("1"));
        click("formNextButton");
        QTRY_COMPARE(m_services->core.requests.form()->pageId(), QStringLiteral("delivery_page"));
        click("formNextButton");
        waitForPage("reviewPage");
        QTRY_COMPARE(m_services->core.requests.priceCents(), 0);
        QVERIFY(find("reviewPrice")->property("text").toString().contains("gratuite"));

        QVERIFY(!find("submitRequestButton")->property("enabled").toBool()); // consent first
        QVERIFY(QMetaObject::invokeMethod(find("consentBox"), "toggle"));
        click("submitRequestButton");
        waitForPage("confirmationPage");
        const QString number = m_services->core.requests.requestNumber();
        QVERIFY(!number.isEmpty());
        QVERIFY(find("requestNumber")->property("text").toString().contains(number));

        // The receipt, as a PDF at home: the city, the service, the number, today's date the
        // Belgian way, never the national number typed in the form.
        QVERIFY(!find("printReceiptButton")->property("visible").toBool());
        click("saveReceiptButton");
        QTRY_VERIFY(find("receiptMessage")->property("visible").toBool());
        const QString receipt = m_services->documents.lastSavedPath();
        QVERIFY2(receipt.endsWith(".pdf") && QFile::exists(receipt), qPrintable(receipt));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(receipt), QPdfDocument::Error::None);
        const QString text = pdf.getAllText(0).text().simplified();
        QVERIFY2(text.contains(number), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Ville de Namur")));
        QVERIFY(text.contains(QStringLiteral("Composition de ménage")));
        QVERIFY(text.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));
        QVERIFY(!text.contains(QStringLiteral("85073003328")));
        shot("confirmation");
    }

    void myRequests_showsTheNewRequestAndItsTimeline()
    {
        const QString number = m_services->core.requests.requestNumber();
        click("openMyRequestsButton");
        waitForPage("myRequestsPage");
        QTRY_VERIFY_WITH_TIMEOUT(find("request_" + number), 10000);
        shot("my-requests");
        click("request_" + number);
        waitForPage("requestDetailPage");
        QTRY_VERIFY_WITH_TIMEOUT(find("historyStep_0"), 10000);
        QCOMPARE(m_services->core.requestHistory.number(), number);
        shot("request-detail");

        // A finished request of the demo account carries its PDF: it is fetched and shown in
        // the app's own viewer.
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "goBack"));
        waitForPage("myRequestsPage");
        click("doneRequestsTab");
        QTRY_VERIFY_WITH_TIMEOUT(m_services->core.myRequests.rowCount() > 0
                && m_services->core.myRequests.index(0).data(RequestListModel::FinalRole).toBool(),
            10000);
        QString withDocument;
        for (int row = 0; row < m_services->core.myRequests.rowCount(); ++row) {
            const QModelIndex index = m_services->core.myRequests.index(row);
            if (index.data(RequestListModel::ServiceTitleRole).toString().contains("ménage"))
                withDocument = index.data(RequestListModel::NumberRole).toString();
        }
        QVERIFY(!withDocument.isEmpty());
        QTRY_VERIFY(find("request_" + withDocument));
        click("request_" + withDocument);
        waitForPage("requestDetailPage");
        QTRY_VERIFY_WITH_TIMEOUT(!m_services->core.requestHistory.documents().isEmpty(), 10000);
        const QString docId
            = m_services->core.requestHistory.documents().first().toMap().value("docId").toString();
        QTRY_VERIFY(find("document_" + docId));
        click("document_" + docId);
        waitForPage("documentViewerPage");
        QTRY_COMPARE(find("pdfPage")->property("status").toInt(), 1); // PdfPage.Ready
        QVERIFY(find("pageIndicator")->property("text").toString().startsWith("Page 1 sur"));
        QVERIFY(!find("pdfPage")->property("pageText").toString().isEmpty());
        QVERIFY(!find("printDocumentButton")->property("visible").toBool()); // home: no printer
        click("saveDocumentButton");
        QTRY_VERIFY(find("documentActionMessage")->property("visible").toBool());
        QFile pdf(m_services->documents.lastSavedPath());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        click("openExternallyButton");
        QCOMPARE(m_services->openedDocuments.size(), 1);
        shot("request-document");
    }

    void form_aDraftIsTakenUpAgain_withAWayToStartOver()
    {
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "openFromHome",
            Q_ARG(QVariant, QStringLiteral("pages/CataloguePage.qml"))));
        waitForPage("cataloguePage");
        QTRY_VERIFY_WITH_TIMEOUT(find("service_composition-de-menage"), 10000);
        click("service_composition-de-menage");
        waitForPage("servicePage");
        click("startRequestButton");
        waitForPage("formPage");
        QTRY_COMPARE_WITH_TIMEOUT(
            m_services->core.requests.state(), RequestController::Editing, 10000);
        QVERIFY(!find("draftNotice")->property("visible").toBool()); // sent: no draft left
        QTRY_VERIFY(find("field_surname"));
        type("field_surname", QStringLiteral("Brouillon"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_services->core.store.drafts()
                ->load(m_services->core.accounts.userId(), QStringLiteral("composition-de-menage"))
                .has_value(),
            5000);

        // Left and started again: the form says it took the draft up, with its date.
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "goBack"));
        waitForPage("servicePage");
        click("startRequestButton");
        waitForPage("formPage");
        QTRY_VERIFY(find("draftNotice")->property("visible").toBool());
        const QString notice = find("draftNoticeText")->property("text").toString();
        QVERIFY2(notice.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))),
            qPrintable(notice));
        QTRY_COMPARE(
            find("field_surname")->property("text").toString(), QStringLiteral("Brouillon"));
        // Not numbered: the journey's numbers are referenced by the README.
        QVERIFY(
            m_window->grabWindow().save(QStringLiteral(SCREENSHOT_DIR "/form-draft-restored.png")));
        click("startOverButton");
        QTRY_VERIFY(!find("draftNotice")->property("visible").toBool());
        QTRY_COMPARE(find("field_surname")->property("text").toString(), QString());
    }

    void profile_eidFieldsLocked_withTheExplanation()
    {
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "openFromHome",
            Q_ARG(QVariant, QStringLiteral("pages/ProfilePage.qml"))));
        waitForPage("profilePage");
        QTRY_VERIFY(m_services->core.profile.loaded());
        QTRY_VERIFY(find("lockedExplanation")->property("visible").toBool());
        QVERIFY(find("profileSource_surname")->property("visible").toBool());
        shot("profile");

        // "Modifier mes données" → "Enregistrer" (FAQ 5, 8): eID fields stay read-only.
        click("editProfileButton");
        QTRY_VERIFY(!find("profile_phone")->property("readOnly").toBool());
        QVERIFY(find("profile_surname")->property("readOnly").toBool());
        type("profile_phone", QStringLiteral("081 24 60 01"));
        QTRY_VERIFY(m_services->core.profile.modified());
        click("saveProfileButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_services->core.profile.modified(), 10000);
        QVERIFY(m_services->core.profile.errorMessage().isEmpty());
        QCOMPARE(m_services->core.profile.prefillValues().value("phone"),
            QStringLiteral("081 24 60 01"));

        // "Modifier l'adresse e-mail" (FAQ 7): a confirmation link goes to the new address.
        click("changeEmailButton");
        type("newEmailField", QStringLiteral("alice.new@namur.example"));
        type("emailChangePasswordField", kDemoPassword); // the city asks for it again
        click("sendEmailChangeButton");
        QTRY_VERIFY_WITH_TIMEOUT(find("emailChangeNotice")->property("visible").toBool(), 10000);
        QVERIFY(QMetaObject::invokeMethod(
            page(), "reveal", Q_ARG(QVariant, QVariant::fromValue(find("changeEmailButton")))));
        shot("profile-email-change");
    }

    void logout_forgetsEverything()
    {
        QVERIFY(QMetaObject::invokeMethod(
            qmlNavigator(m_window), "openFromHome", Q_ARG(QVariant, QString())));
        waitForPage("citizenHomePage");
        click("logoutButton");
        waitForPage("welcomePage");
        QVERIFY(!m_services->core.accounts.loggedIn());
        QVERIFY(!m_services->core.profile.loaded());
        QCOMPARE(m_services->core.myRequests.rowCount(), 0);
        click("diagnosticsLink");
        waitForPage("diagnosticsPage");
        QTRY_COMPARE_WITH_TIMEOUT(
            m_services->core.diagnostics.serverState(), Diagnostics::Reachable, 10000);
        shot("diagnostics");
    }

    void registration_checklistThenActivationMail_withTheSpamReminder()
    {
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "goHome"));
        waitForPage("welcomePage");
        click("passwordLoginButton");
        waitForPage("loginPage");
        click("registerLink");
        waitForPage("registerPage");
        type("registerEmail", QStringLiteral("nouveau@namur.example"));
        type("registerFirstNames", QStringLiteral("Jean"));
        type("registerSurname", QStringLiteral("Nouveau"));
        type("registerPassword", QStringLiteral("abc"));
        QVERIFY(!m_services->core.accounts.passwordAcceptable());
        QVERIFY(!find("createAccountButton")->property("enabled").toBool());
        type("registerPassword", QStringLiteral("Namur-2026x"));
        QTRY_VERIFY(m_services->core.accounts.passwordAcceptable());
        type("registerPasswordConfirm", QStringLiteral("Namur-2026x"));
        shot("register");
        click("createAccountButton");
        QTRY_VERIFY_WITH_TIMEOUT(find("activationNotice")->property("visible").toBool(), 10000);
        const QString notice = find("activationNotice")->property("text").toString();
        QVERIFY2(notice.contains(QStringLiteral("spam"), Qt::CaseInsensitive)
                || notice.contains(QStringLiteral("indésirable")),
            qPrintable(notice));
        // Resending at once may be refused for a moment: the wait is said, then it works.
        click("resendActivationButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_services->core.accounts.busy(), 10000);
        if (!m_services->core.accounts.errorMessage().isEmpty()) {
            QVERIFY(find("activationError")->property("visible").toBool());
            QTRY_VERIFY_WITH_TIMEOUT(
                find("resendActivationButton")->property("enabled").toBool(), 20000);
            click("resendActivationButton");
            QTRY_VERIFY_WITH_TIMEOUT(!m_services->core.accounts.busy(), 10000);
        }
        QVERIFY2(m_services->core.accounts.errorMessage().isEmpty(),
            qPrintable(m_services->core.accounts.errorMessage()));
        shot("register-activation");
    }

    void wrongPasswords_throttled_withTheWaitCountingDown()
    {
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "goHome"));
        waitForPage("welcomePage");
        click("passwordLoginButton");
        waitForPage("loginPage");
        // The address of the last login is offered again at home.
        QCOMPARE(find("loginEmail")->property("text").toString(), kDemoEmail);
        type("loginEmail", QStringLiteral("nobody@namur.example"));
        type("loginPassword", QStringLiteral("Wrong-Pass1"));
        for (int attempt = 0; attempt < 8 && m_services->core.accounts.retryAfterSeconds() == 0;
             ++attempt) {
            QTRY_VERIFY_WITH_TIMEOUT(find("loginButton")->property("enabled").toBool(), 20000);
            click("loginButton");
            QTRY_VERIFY_WITH_TIMEOUT(!m_services->core.accounts.busy(), 10000);
            QVERIFY(find("loginError")->property("visible").toBool());
        }
        QVERIFY(m_services->core.accounts.retryAfterSeconds() > 0);
        const QString text = find("loginError")->property("text").toString();
        QVERIFY2(text.contains(QStringLiteral("réessayez dans")), qPrintable(text));
        QVERIFY(!find("loginButton")->property("enabled").toBool());
        // The password never reaches what is shown or said.
        QVERIFY(!text.contains(QStringLiteral("Wrong-Pass1")));
        shot("login-throttled");
        QVERIFY(!m_services->core.accounts.loggedIn());
    }
};

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"
