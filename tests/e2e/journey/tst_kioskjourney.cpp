// SPDX-License-Identifier: GPL-3.0-or-later
// At the kiosk, through the real window and the real sandbox city, with a scripted card: a
// verified card's "Continuer" asks the PIN (no citizen home without a city session); a wrong
// PIN shows the tries left and a retry, a blocked one the way forward; pulling the card ends
// the session; the next citizen finds the station's language and aids, not the last one's.
// The whole path with the real card: tst_eidjourney.
#include "qmlfind.h"
#include "sandboxcity.h"
#include "specimencard.h"
#include "testservices.h"
#include "windowdriver.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <atomic>
#include <thread>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

class TestKioskJourney : public QObject, public WindowDriver
{
    Q_OBJECT

    SandboxCity m_city;
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    void monitorSays(eid::CardEvent::Type type)
    {
        auto* backend = m_services->scriptedCard;
        std::thread([backend, type] {
            backend->callback({ type, "Virtual PCD 00 00", {} });
        }).join();
    }
    // One screenshot of the scripted card path (the real one is tst_eidjourney's kiosk-NN-*).
    void shot(const QString& name)
    {
        QTest::qWait(50);
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        QVERIFY(
            m_window->grabWindow().save(QStringLiteral(SCREENSHOT_DIR "/kiosk-%1.png").arg(name)));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_city.start(QStringLiteral(EGUICHET_SANDBOX), &error), qPrintable(error));
        AppConfig config;
        config.mode = AppMode::Kiosk;
        config.apiUrl = m_city.apiUrl;
        config.caFile = m_city.caFile;
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_services = std::make_unique<TestServices>(config, 600000, 60000);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->load(QUrl(QStringLiteral("qrc:/Eguichet/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
        QTRY_VERIFY(m_window->property("settled").toBool());
        setScreenSize(QSize(1920, 1080));
        monitorSays(eid::CardEvent::Type::ReaderAdded);
        QTRY_COMPARE(m_services->card.state(), CardService::State::NoCard);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_services.reset();
    }

    void verifiedCard_continueAsksThePin_neverTheHomeWithoutACitySession()
    {
        // The card answers a first PIN with "wrong, 2 left", the next one with "blocked".
        std::atomic<int> attempts { 0 };
        m_services->signScript
            = [&attempts](const std::string&, const eid::Bytes&, const auto& pin, const auto&) {
                  const int attempt = ++attempts;
                  if (!pin(attempt == 1 ? 3 : 2))
                      return eid::Result<eid::AuthenticationSignature>(
                          eid::Error { eid::ErrorCode::Cancelled, {} });
                  return eid::Result<eid::AuthenticationSignature>(attempt == 1
                          ? eid::Error { eid::ErrorCode::WrongPin, "2" }
                          : eid::Error { eid::ErrorCode::PinBlocked, "0 tries left" });
              };
        m_services->scriptedCard->onRead
            = [] { return eid::Result<eid::CardReading>(specimenReading()); };
        monitorSays(eid::CardEvent::Type::CardInserted);
        QTRY_COMPARE(m_services->card.state(), CardService::State::Verified);
        QTRY_COMPARE(pageName(), QStringLiteral("cardReadingPage"));
        QTRY_VERIFY(find("continueButton") && find("continueButton")->property("visible").toBool());
        // At the kiosk "Continuer" is the eID login; the home-only button is not offered.
        QVERIFY(!find("eidLoginButton")->property("visible").toBool());
        click("continueButton");
        QTRY_COMPARE(pageName(), QStringLiteral("pinEntryPage"));
        QTRY_VERIFY_WITH_TIMEOUT(m_services->cardLogin.pinRequested(), 10000);
        QVERIFY(find("pinTriesLeft")->property("text").toString().contains("3"));
        for (const char* key : { "pinKey1", "pinKey2", "pinKey3", "pinKey4" })
            click(key);
        click("pinKeyOk");
        QTRY_VERIFY_WITH_TIMEOUT(find("pinError")->property("visible").toBool(), 10000);
        QVERIFY(find("pinError")->property("text").toString().contains("2 essai"));
        QVERIFY(find("pinRetryButton")->property("visible").toBool());
        QVERIFY(!m_services->core.accounts.loggedIn());
        QCOMPARE(pageName(), QStringLiteral("pinEntryPage")); // no home without a session

        click("pinRetryButton");
        QTRY_VERIFY_WITH_TIMEOUT(m_services->cardLogin.pinRequested(), 10000);
        QVERIFY(find("pinTriesLeft")->property("text").toString().contains("2"));
        for (const char* key : { "pinKey5", "pinKey6", "pinKey7", "pinKey8" })
            click(key);
        click("pinKeyOk");
        // Blocked: the way forward (the commune, the PIN/PUK letter), no retry.
        QTRY_VERIFY_WITH_TIMEOUT(find("pinBlockedHelp")->property("visible").toBool(), 10000);
        QVERIFY(find("pinBlockedHelp")
                    ->property("text")
                    .toString()
                    .contains("administration communale"));
        QVERIFY(find("pinBlockedHelp")->property("text").toString().contains("PUK"));
        QVERIFY(!find("pinRetryButton")->property("visible").toBool());
        QVERIFY(!find("pinEmailLoginButton")->property("visible").toBool()); // kiosk: staff
        QVERIFY(m_services->cardLogin.pinBlocked());
        QTRY_VERIFY(m_window->property("settled").toBool());
        shot("pin-blocked");

        monitorSays(eid::CardEvent::Type::CardRemoved);
        QTRY_VERIFY(!m_services->session.active());
        QTRY_COMPARE(pageName(), QStringLiteral("welcomePage"));
        QVERIFY(m_services->card.identity().isEmpty());
        QVERIFY(!m_services->core.accounts.loggedIn());
    }

    void eachCitizenStartsFresh_languageAndAidsBackToTheStations()
    {
        // A citizen sets everything the welcome screen offers, with real presses...
        waitForPage("welcomePage");
        click(QStringLiteral("language_nl"));
        QTRY_COMPARE(m_services->language.language(), QStringLiteral("nl"));
        click(QStringLiteral("largeTextSwitch"));
        click(QStringLiteral("highContrastSwitch"));
        click(QStringLiteral("spokenGuidanceSwitch"));
        QVERIFY(m_services->theme.largeText());
        QVERIFY(m_services->theme.highContrast());
        QVERIFY(m_services->speech.enabled());
        QVERIFY(m_services->session.active()); // the choice is theirs: the idle time-out runs

        // ...reads the card and leaves with it.
        m_services->scriptedCard->onRead
            = [] { return eid::Result<eid::CardReading>(specimenReading()); };
        monitorSays(eid::CardEvent::Type::CardInserted);
        QTRY_COMPARE(m_services->card.state(), CardService::State::Verified);
        QTRY_COMPARE(pageName(), QStringLiteral("cardReadingPage"));
        monitorSays(eid::CardEvent::Type::CardRemoved);
        QTRY_VERIFY(!m_services->session.active());
        waitForPage("welcomePage");

        // The next citizen finds the station as it is configured (fr, no aids), on screen too.
        QCOMPARE(m_services->language.language(), QStringLiteral("fr"));
        QVERIFY(!m_services->theme.largeText());
        QVERIFY(!m_services->theme.highContrast());
        QVERIFY(!m_services->speech.enabled());
        QVERIFY(m_services->speech.lastSpoken().isEmpty());
        QVERIFY(!find("largeTextSwitch")->property("checked").toBool());
        QVERIFY(!find("highContrastSwitch")->property("checked").toBool());
        QVERIFY(!find("spokenGuidanceSwitch")->property("checked").toBool());
        QCOMPARE(find("largeTextSwitch")->property("text").toString(),
            QStringLiteral("Grands caractères"));
    }

    void backButton_answersOnItsWholeWidth_theAdminCornerBesideIt()
    {
        waitForPage("welcomePage");
        click(QStringLiteral("helpButton"));
        waitForPage("helpPage");
        auto* back = qobject_cast<QQuickItem*>(find(QStringLiteral("backButton")));
        QVERIFY(back && back->isVisible());
        auto* corner = qobject_cast<QQuickItem*>(
            findQmlObject(m_window->contentItem(), QStringLiteral("adminCorner")));
        QVERIFY(corner && corner->isEnabled());
        const QRectF backRect = back->mapRectToScene(QRectF(0, 0, back->width(), back->height()));
        const QRectF cornerRect
            = corner->mapRectToScene(QRectF(0, 0, corner->width(), corner->height()));
        QVERIFY2(!backRect.intersects(cornerRect), "the admin corner covers part of Retour");
        // A touch on the left edge of "‹ Retour", where a citizen's finger lands first.
        QSignalSpy clicked(back, SIGNAL(clicked()));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier,
            QPoint(int(backRect.left()) + 4, int(backRect.center().y())));
        QCOMPARE(clicked.count(), 1);
        waitForPage("welcomePage");
    }

    void idleTimeOut_withTheCardStillIn_asksToTakeIt()
    {
        waitForPage("welcomePage");
        QVERIFY(!shown(QStringLiteral("cardLeftBehindNotice")));
        m_services->scriptedCard->onRead
            = [] { return eid::Result<eid::CardReading>(specimenReading()); };
        monitorSays(eid::CardEvent::Type::CardInserted);
        QTRY_COMPARE(m_services->card.state(), CardService::State::Verified);
        QTRY_VERIFY(m_services->session.active());
        // The citizen walks away; the time-out ends the session with the card still in.
        m_services->session.end(SessionController::EndReason::IdleTimeout);
        waitForPage("welcomePage");
        QVERIFY(m_services->card.identity().isEmpty());
        QTRY_VERIFY(shown(QStringLiteral("cardLeftBehindNotice")));
        auto* banner = findQmlObject(m_window->contentItem(), QStringLiteral("noticeBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->property("visible").toBool());
        QVERIFY2(findQmlObject(banner, QStringLiteral("noticeText"))
                     ->property("text")
                     .toString()
                     .startsWith(QStringLiteral("Reprenez votre carte")),
            "the end notice does not ask to take the card first");
        // Taken: the welcome page is the next citizen's again.
        monitorSays(eid::CardEvent::Type::CardRemoved);
        QTRY_VERIFY(!shown(QStringLiteral("cardLeftBehindNotice")));
    }
};

QTEST_MAIN(TestKioskJourney)
#include "tst_kioskjourney.moc"
