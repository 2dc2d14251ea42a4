// SPDX-License-Identifier: GPL-3.0-or-later
// At the kiosk, through the real window and the real sandbox city: a verified card opens the
// citizen home; the form takes the card's identity, locked and marked "carte d'identité";
// pulling the card ends the session and leaves no form behind.
#include "qmlfind.h"
#include "sandboxcity.h"
#include "session/cardsessionpolicy.h"
#include "testservices.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <thread>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

namespace {

eid::CardReading specimen()
{
    eid::CardReading r;
    r.identity.surname = "Spécimen";
    r.identity.firstNames = "Alice Marie";
    r.identity.nationalNumber = "85073003328";
    r.identity.birthDate = { 1985, 7, 30 };
    r.address = { "Rue de Fer 42", "5000", "Namur" };
    r.verification.identitySignature = eid::CheckResult::Valid;
    r.verification.addressSignature = eid::CheckResult::Valid;
    r.verification.photoHash = eid::CheckResult::Valid;
    r.verification.rrnCertificate = eid::CertificateStatus::Trusted;
    return r;
}

QObject* findIn(QObject* root, const QString& name)
{
    return findQmlObject(root, name);
}

} // namespace

class TestKioskJourney : public QObject
{
    Q_OBJECT

    SandboxCity m_city;
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;

    QObject* page() const
    {
        QObject* stack = findIn(m_window->contentItem(), QStringLiteral("pageStack"));
        return stack ? stack->property("currentItem").value<QObject*>() : nullptr;
    }
    QString pageName() const { return page() ? page()->objectName() : QString(); }
    QObject* find(const QString& name) const { return findIn(page(), name); }
    void click(const QString& name)
    {
        QObject* o = find(name);
        QVERIFY2(o, qPrintable(name + QStringLiteral(" not on ") + pageName()));
        QVERIFY2(o->property("visible").toBool() && o->property("enabled").toBool(),
            qPrintable(name + " is hidden or disabled"));
        QVERIFY(QMetaObject::invokeMethod(o, "clicked"));
    }
    void monitorSays(eid::CardEvent::Type type)
    {
        auto* backend = m_services->scriptedCard;
        std::thread([backend, type] {
            backend->callback({ type, "Virtual PCD 00 00", {} });
        }).join();
    }
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
        wireCardSession(&m_services->session, &m_services->card);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->load(QUrl(QStringLiteral("qrc:/Eguichet/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
        QTRY_VERIFY(m_window->property("settled").toBool());
        monitorSays(eid::CardEvent::Type::ReaderAdded);
        QTRY_COMPARE(m_services->card.state(), CardService::State::NoCard);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_services.reset();
    }

    void verifiedCard_formTakesTheCardIdentity_locked_pullingItClearsTheForm()
    {
        m_services->scriptedCard->onRead = [] { return eid::Result<eid::CardReading>(specimen()); };
        monitorSays(eid::CardEvent::Type::CardInserted);
        QTRY_COMPARE(m_services->card.state(), CardService::State::Verified);
        QTRY_COMPARE(pageName(), QStringLiteral("cardReadingPage"));
        QTRY_VERIFY(find("continueButton") && find("continueButton")->property("visible").toBool());
        click("continueButton");
        QTRY_COMPARE(pageName(), QStringLiteral("citizenHomePage"));
        click("servicesTile");
        QTRY_COMPARE(pageName(), QStringLiteral("cataloguePage"));
        QTRY_VERIFY_WITH_TIMEOUT(find("service_composition-de-menage"), 10000);
        click("service_composition-de-menage");
        QTRY_COMPARE(pageName(), QStringLiteral("servicePage"));
        click("startRequestButton");
        QTRY_COMPARE(pageName(), QStringLiteral("formPage"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_services->core.requests.state(), RequestController::Editing, 10000);
        QTRY_VERIFY(find("field_surname"));
        QCOMPARE(find("field_surname")->property("text").toString(), QStringLiteral("Spécimen"));
        QVERIFY(find("field_surname")->property("readOnly").toBool());
        QCOMPARE(
            find("field_birth_date")->property("text").toString(), QStringLiteral("30/07/1985"));
        QVERIFY(
            find("fieldSource_surname")->property("text").toString().contains("carte d'identité"));
        QTRY_VERIFY(m_window->property("settled").toBool());
        shot("form-eid");

        monitorSays(eid::CardEvent::Type::CardRemoved);
        QTRY_VERIFY(!m_services->session.active());
        QTRY_COMPARE(pageName(), QStringLiteral("welcomePage"));
        QCOMPARE(m_services->core.requests.state(), RequestController::Idle);
        QCOMPARE(m_services->core.requests.form()->rowCount(), 0);
        QVERIFY(m_services->card.identity().isEmpty());
    }
};

QTEST_MAIN(TestKioskJourney)
#include "tst_kioskjourney.moc"
