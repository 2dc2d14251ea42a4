// SPDX-License-Identifier: GPL-3.0-or-later
// The PIN screen in the real window: the card side asks, the on-screen pad answers, the PIN
// reaches the card and the field is emptied at once.
#include "qmlfind.h"
#include "testservices.h"

#include <QMetaProperty>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSemaphore>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

class TestPinEntry : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;

    QQuickItem* item(const char* name) const
    {
        return qobject_cast<QQuickItem*>(
            findQmlObject(m_window->contentItem(), QLatin1String(name)));
    }
    void tap(const char* name)
    {
        QQuickItem* it = item(name);
        QVERIFY2(it && it->isVisible(), name);
        const QPointF centre = it->mapToScene(QPointF(it->width() / 2, it->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    }

private slots:
    void init()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_services = std::make_unique<TestServices>();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->load(QUrl(QStringLiteral("qrc:/Eguichet/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
        QTRY_VERIFY(m_window->property("settled").toBool());
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "openPage",
            Q_ARG(QVariant, QUrl(QStringLiteral("qrc:/Eguichet/pages/PinEntryPage.qml")))));
        QTRY_VERIFY(m_window->property("settled").toBool());
    }
    void cleanup()
    {
        m_engine.reset();
        m_services.reset();
    }

    void onScreenPad_handsThePinToTheCard_andForgetsIt()
    {
        std::string seenPin;
        m_services->signScript
            = [&](const std::string&, const eid::Bytes&, const auto& pinProvider, const auto&) {
                  std::optional<std::string> pin = pinProvider(3);
                  seenPin = pin ? *pin : std::string("<cancelled>");
                  return eid::Result<eid::AuthenticationSignature>(
                      eid::Error { eid::ErrorCode::WrongPin, "2" });
              };
        bool done = false;
        QString error;
        m_services->cardLogin.signer([] { return QString(); })(
            QByteArray("n"), {}, [&](std::optional<EidLoginEvidence>, const QString& e) {
                done = true;
                error = e;
            });
        QTRY_VERIFY(m_services->cardLogin.pinRequested());
        QTRY_VERIFY(item("pinPad") && item("pinPad")->isVisible());
        QCOMPARE(item("pinTriesLeft")->property("text").toString(),
            QStringLiteral("Essais restants : 3"));
        QVERIFY(!item("pinKeyOk")->isEnabled()); // fewer than 4 digits
        for (const char* key :
            { "pinKey1", "pinKey2", "pinKey3", "pinKey5", "pinKeyErase", "pinKey4" })
            tap(key);
        QCOMPARE(item("pinField")->property("text").toString().size(), 4);
        // The PIN is in no string of the screen's objects (it lives in C++, digit by digit).
        QObject* root = item("pinPad")->window()->contentItem();
        QList<QObject*> objects = root->findChildren<QObject*>();
        objects << root;
        for (QObject* o : objects) {
            const QMetaObject* mo = o->metaObject();
            for (int i = 0; i < mo->propertyCount(); ++i) {
                const QMetaProperty p = mo->property(i);
                if (p.metaType().id() != QMetaType::QString)
                    continue;
                QVERIFY2(!p.read(o).toString().contains(QStringLiteral("1234")),
                    qPrintable(QStringLiteral("the PIN is in %1.%2")
                                   .arg(QString::fromLatin1(mo->className()),
                                       QString::fromLatin1(p.name()))));
            }
        }
        QVERIFY(item("pinKeyOk")->isEnabled());
        tap("pinKeyOk");
        QCOMPARE(item("pinField")->property("text").toString(), QString());
        QTRY_VERIFY(done);
        QCOMPARE(seenPin, std::string("1234"));
        QVERIFY2(error.contains(QStringLiteral("2")), qPrintable(error));
    }

    void pinPadReader_saysToTypeOnTheReader_withoutTheScreenPad()
    {
        QSemaphore typed;
        m_services->signScript
            = [&](const std::string&, const eid::Bytes&, const auto&, const auto& onPinPad) {
                  onPinPad(3);
                  typed.acquire();
                  return eid::Result<eid::AuthenticationSignature>(
                      eid::Error { eid::ErrorCode::PinPadCancelled, {} });
              };
        bool done = false;
        m_services->cardLogin.signer([] { return QString(); })(QByteArray("n"), {},
            [&](std::optional<EidLoginEvidence>, const QString&) { done = true; });
        QTRY_VERIFY(
            item("pinStatusText")->property("text").toString().contains(QStringLiteral("lecteur")));
        QVERIFY(!item("pinPad")->isVisible());
        typed.release();
        QTRY_VERIFY(done);
    }
};

QTEST_MAIN(TestPinEntry)
#include "tst_pinentry.moc"
