// SPDX-License-Identifier: GPL-3.0-or-later
// The card path through the real window, kiosk rules: card in, name first, verified, card out
// ends the session and leaves nothing on screen or in the card service.
#include "qmlfind.h"
#include "specimencard.h"
#include "testservices.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <thread>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

namespace {

AppConfig kioskConfig()
{
    AppConfig c;
    c.mode = AppMode::Kiosk;
    return c;
}

} // namespace

class TestCardFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    TestServices::ScriptedCardBackend* m_backend = nullptr;

    void monitorSays(eid::CardEvent::Type type)
    {
        std::thread([this, type] {
            m_backend->callback({ type, "Virtual PCD 00 00", {} });
        }).join();
    }
    QObject* find(const char* name) const
    {
        return m_window->findChild<QObject*>(QLatin1String(name));
    }
    QString currentPage() const
    {
        auto* stack = find("pageStack");
        auto* item = stack->property("currentItem").value<QObject*>();
        return item ? item->objectName() : QString();
    }

private slots:
    void init()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_services = std::make_unique<TestServices>(kioskConfig());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->load(QUrl(QStringLiteral("qrc:/Eguichet/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
        QTRY_VERIFY(m_window->property("settled").toBool());
        m_backend = m_services->scriptedCard;
        QVERIFY(m_backend);
        monitorSays(eid::CardEvent::Type::ReaderAdded);
        QTRY_COMPARE(m_services->card.state(), CardService::State::NoCard);
    }

    void cleanup()
    {
        m_engine.reset();
        m_services.reset();
    }

    void verifiedCard_opensSession_pullingItWipesAndReturnsToWelcome()
    {
        m_backend->onRead = [] { return eid::Result<eid::CardReading>(specimenReading(true)); };
        monitorSays(eid::CardEvent::Type::CardInserted);
        QTRY_COMPARE(currentPage(), QStringLiteral("cardReadingPage"));
        QTRY_COMPARE(m_services->card.state(), CardService::State::Verified);
        QVERIFY(m_services->session.active());
        QTRY_COMPARE(find("greeting")->property("text").toString(),
            QStringLiteral("Bonjour Alice Spécimen"));
        QVERIFY(find("verificationChecks")->property("visible").toBool());

        monitorSays(eid::CardEvent::Type::CardRemoved);
        QTRY_VERIFY(!m_services->session.active());
        QCOMPARE(m_services->session.lastEndReason(), SessionController::EndReason::CardRemoved);
        QTRY_COMPARE(currentPage(), QStringLiteral("welcomePage"));
        QVERIFY(m_services->card.identity().isEmpty());
        QVERIFY(m_services->card.displayName().isEmpty());
        QVERIFY(find("noticeBanner")->property("visible").toBool());
    }

    // The citizen pulls the card while a filing has not reached the city (none here: no
    // city configured, so the outbox keeps it): the screen says it is kept for their account.
    void pullingTheCardWithAnUnsentFiling_saysItIsKeptForTheAccount()
    {
        m_backend->onRead = [] { return eid::Result<eid::CardReading>(specimenReading(true)); };
        monitorSays(eid::CardEvent::Type::CardInserted);
        QTRY_VERIFY(m_services->session.active());
        m_services->core.requests.setUser(QStringLiteral("citizen-a")); // as a login does
        QVERIFY(m_services->core.store.outbox()->enqueue(
                    QStringLiteral("citizen-a"), "POST", "/requests", "{\"service\":\"x\"}")
            > 0);

        monitorSays(eid::CardEvent::Type::CardRemoved);
        QTRY_VERIFY(!m_services->session.active());
        QTRY_COMPARE(currentPage(), QStringLiteral("welcomePage"));
        QObject* notice = find("noticeBanner");
        QVERIFY(notice->property("visible").toBool());
        const QString text = notice->property("text").toString();
        QVERIFY2(text.startsWith(QStringLiteral("Carte retirée")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("pour votre compte seulement")), qPrintable(text));
        QCOMPARE(m_services->core.store.outbox()->pendingCount(QStringLiteral("citizen-a")), 1);
    }

    void verifiedCard_continuesToThePin_thenTheCitizenHome_pullingItEndsThere()
    {
        m_backend->onRead = [] { return eid::Result<eid::CardReading>(specimenReading(true)); };
        monitorSays(eid::CardEvent::Type::CardInserted);
        QTRY_COMPARE(m_services->card.state(), CardService::State::Verified);
        QTRY_VERIFY(find("continueButton")->property("visible").toBool());
        // At the kiosk "Continuer" is the eID login (no citizen home without a city session).
        QVERIFY(!find("eidLoginButton")->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(find("continueButton"), "clicked"));
        QTRY_COMPARE(currentPage(), QStringLiteral("pinEntryPage"));
        // What a successful login does next (the whole login: tst_eidjourney, real card).
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "openCitizenHome"));
        QTRY_COMPARE(currentPage(), QStringLiteral("citizenHomePage"));
        QTRY_COMPARE(find("homeGreeting")->property("text").toString(),
            QStringLiteral("Bonjour Alice Spécimen"));
        // A kiosk offers no diagnostics to the public and "Terminer" rather than "log out".
        QCOMPARE(find("logoutButton")->property("text").toString(), QStringLiteral("Terminer"));

        monitorSays(eid::CardEvent::Type::CardRemoved);
        QTRY_VERIFY(!m_services->session.active());
        QTRY_COMPARE(currentPage(), QStringLiteral("welcomePage"));
        QCOMPARE(m_services->core.requests.state(), RequestController::Idle);
        QVERIFY(!find("diagnosticsLink")->property("visible").toBool());
    }

    void unverifiedCard_saysSo_andOpensNoSession()
    {
        m_backend->onRead = [] { return eid::Result<eid::CardReading>(specimenReading(false)); };
        monitorSays(eid::CardEvent::Type::CardInserted);
        QTRY_COMPARE(m_services->card.state(), CardService::State::Failed);
        QVERIFY(!m_services->session.active());
        const QString status = find("cardStatusText")->property("text").toString();
        QVERIFY2(status.contains(QStringLiteral("vérifiées")), qPrintable(status));
        QVERIFY(find("greeting")->property("visible").toBool() == false);
        QVERIFY(find("retryCardButton")->property("visible").toBool());
    }
};

QTEST_MAIN(TestCardFlow)
#include "tst_cardflow.moc"
