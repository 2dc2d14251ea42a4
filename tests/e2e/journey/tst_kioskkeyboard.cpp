// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's on-screen keyboard (issue 17), through the real window with Qt Virtual Keyboard
// as the input method and a form of the real sandbox city: no keyboard without a text field
// in focus; a real touch on a field shows it, at most 40 % of the window high (landscape and
// portrait), with the field above it; digits fields get the digits pad and the test types
// with the keyboard's own keys; its hide key, our "hide" button, Enter and a touch on the
// page put it away; what a citizen types is never learnt into the keyboard's dictionary.
#include "qmlfind.h"
#include "sandboxcity.h"
#include "testservices.h"
#include "windowdriver.h"

#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

class TestKioskKeyboard : public QObject, public WindowDriver
{
    Q_OBJECT

    SandboxCity m_city;
    QTemporaryDir m_home; // XDG_CONFIG_HOME: where the keyboard would keep learnt words
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;

    QQuickItem* panel() const
    {
        return qobject_cast<QQuickItem*>(
            findQmlObject(m_window->contentItem(), QStringLiteral("kioskKeyboard")));
    }
    QQuickItem* hideButton() const
    {
        return qobject_cast<QQuickItem*>(
            findQmlObject(m_window->contentItem(), QStringLiteral("hideKeyboardButton")));
    }
    bool keyboardShown() const { return panel() && panel()->isVisible(); }
    QQuickItem* field(const QString& name) const { return qobject_cast<QQuickItem*>(find(name)); }
    QRectF sceneRect(QQuickItem* item) const
    {
        return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    }
    /** Where the keyboard starts: its "hide" button's top (the keys are right under it). */
    qreal keyboardTop() const
    {
        return std::min(sceneRect(hideButton()).top(), sceneRect(panel()).top());
    }

    /** The keyboard's keys on screen now (its current layout), in the panel's item tree. */
    void collectKeys(QQuickItem* item, QList<QQuickItem*>& keys) const
    {
        for (QQuickItem* child : item->childItems()) {
            if (!child->isVisible() || child->width() <= 0)
                continue;
            if (child->property("keyType").isValid() && child->property("key").isValid())
                keys << child;
            collectKeys(child, keys);
        }
    }
    QQuickItem* keyWithText(const QString& text) const
    {
        QList<QQuickItem*> keys;
        collectKeys(panel(), keys);

        for (QQuickItem* key : keys)
            if (key->property("text").toString() == text)
                return key;
        return nullptr;
    }
    /** A function key by its QML type (HideKeyboardKey, EnterKey, SpaceKey…). */
    QQuickItem* keyOfType(const char* type) const
    {
        QList<QQuickItem*> keys;
        collectKeys(panel(), keys);
        for (QQuickItem* key : keys)
            if (QLatin1String(key->metaObject()->className()).startsWith(QLatin1String(type)))
                return key;
        return nullptr;
    }

    /** A finger on the item's centre: a real press and release through the window. */
    void touch(QQuickItem* item)
    {
        QVERIFY(item);
        QVERIFY2(item->isVisible(), qPrintable(item->objectName() + " is hidden"));
        const QPoint centre = sceneRect(item).center().toPoint();
        QVERIFY2(m_window->contentItem()->contains(centre), "the item is outside the window");
        QTest::mousePress(m_window, Qt::LeftButton, {}, centre);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, centre, 20);
        QTest::qWait(20);
    }
    void typeWithKeys(const QString& text)
    {
        for (const QChar c : text) {
            QQuickItem* key = keyWithText(QString(c));
            QVERIFY2(key, qPrintable(QStringLiteral("no key '%1' on the keyboard").arg(c)));
            touch(key);
        }
    }

    void openForm(QSize size)
    {
        m_window->setVisibility(QWindow::Windowed);
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "goHome"));
        waitForPage("welcomePage");
        m_services->core.requests.discard(); // a blank form each time
        m_services->core.requests.open(QStringLiteral("composition-de-menage"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_services->core.requests.state(), RequestController::Editing, 10000);
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "openPage",
            Q_ARG(QVariant, QUrl(QStringLiteral("qrc:/Eguichet/pages/FormPage.qml")))));
        waitForPage("formPage");
        QTRY_VERIFY(field(QStringLiteral("field_phone")));
    }
    /** Scrolls the page so that the item's bottom is just above the window's bottom edge,
     *  where the keyboard will come (if the page is long enough to scroll that far). */
    void scrollToBottomEdge(QQuickItem* item)
    {
        auto* flick = page()->property("flickable").value<QQuickItem*>();
        QVERIFY(flick);
        const qreal bottom = item->mapToItem(flick->property("contentItem").value<QQuickItem*>(),
                                     QPointF(0, item->height()))
                                 .y();
        const qreal maxY
            = std::max(0.0, flick->property("contentHeight").toReal() - flick->height());
        flick->setProperty("contentY", std::clamp(bottom - flick->height() + 8, 0.0, maxY));
        QTest::qWait(20);
    }

private slots:
    void initTestCase()
    {
        // Learnt words would go to $XDG_CONFIG_HOME/qtvirtualkeyboard/hunspell/; a small
        // Hunspell dictionary turns word prediction on, as a kiosk with hunspell-fr would have.
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        QDir().mkpath(m_home.filePath(QStringLiteral("hunspell")));
        qputenv("QT_VIRTUALKEYBOARD_HUNSPELL_DATA_PATH",
            QFile::encodeName(m_home.filePath(QStringLiteral("hunspell"))));
        for (const auto& [file, text] :
            { std::pair { "fr_FR.aff", "SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n" },
                std::pair { "fr_FR.dic", "3\nbonjour\nmaison\nNamur\n" } }) {
            QFile f(m_home.filePath(QStringLiteral("hunspell/") + QLatin1String(file)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }

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
        QTRY_VERIFY(settled());
        m_shotPattern = QStringLiteral(SCREENSHOT_DIR "/kiosk-keyboard-%1-%2.png");
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_services.reset();
    }

    // The README's kiosk picture showed the keys over the welcome page: no field, no keyboard.
    void welcomePage_noFocusedField_noKeyboard()
    {
        QCOMPARE(qgetenv("QT_IM_MODULE"), QByteArray("qtvirtualkeyboard"));
        waitForPage("welcomePage");
        QVERIFY(panel());
        QTest::qWait(200); // past any first-frame animation
        QVERIFY(!keyboardShown());
        QVERIFY(!hideButton()->isVisible());
    }

    void digitsField_touchShowsDigitsPad_aboveTheField_typedWithItsKeys_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("landscape 1920x1080") << QSize(1920, 1080);
        QTest::newRow("portrait 1080x1920") << QSize(1080, 1920);
    }

    void digitsField_touchShowsDigitsPad_aboveTheField_typedWithItsKeys()
    {
        QFETCH(QSize, size);
        openForm(size);
        QVERIFY(!keyboardShown());

        // The postcode, near the bottom edge, where the keys come up.
        QQuickItem* zip = field(QStringLiteral("field_zip"));
        scrollToBottomEdge(zip);
        touch(zip);
        QTRY_VERIFY(zip->hasActiveFocus());
        QTRY_VERIFY(keyboardShown());
        QVERIFY(hideButton()->isVisible());
        QTest::qWait(50);
        // At most 40 % of the window, the "hide" button included.
        const qreal height = m_window->height();
        QVERIFY2(panel()->height() <= 0.4 * height,
            qPrintable(QStringLiteral("keys %1 px of %2").arg(panel()->height()).arg(height)));
        QVERIFY2(keyboardTop() >= 0.6 * height - 0.5,
            qPrintable(QStringLiteral("keyboard from y=%1 of %2").arg(keyboardTop()).arg(height)));
        QCOMPARE(sceneRect(panel()).bottom(), height);
        // The field stays above the keyboard.
        QTRY_VERIFY2(sceneRect(zip).bottom() <= keyboardTop(),
            qPrintable(QStringLiteral("field bottom %1, keyboard top %2")
                           .arg(sceneRect(zip).bottom())
                           .arg(keyboardTop())));
        QVERIFY(sceneRect(zip).top() >= 0);
        // The digits pad: digits, no letters.
        QTRY_VERIFY(keyWithText(QStringLiteral("5")));
        QVERIFY(!keyWithText(QStringLiteral("a")));
        typeWithKeys(QStringLiteral("5000"));
        QCOMPARE(zip->property("text").toString(), QStringLiteral("5000"));
        QCOMPARE(m_services->core.requests.form()->state().value(QStringLiteral("zip")).toString(),
            QStringLiteral("5000"));
        if (size.width() > size.height())
            shot(QStringLiteral("digits"));
        // The pad's own hide key puts it away.
        QQuickItem* hideKey = keyOfType("HideKeyboardKey");
        QVERIFY2(hideKey, "the digits pad has no hide key");
        touch(hideKey);
        QTRY_VERIFY(!keyboardShown());

        // The date: eight digits on the pad, read as a date; Enter lets the field go.
        QQuickItem* birth = field(QStringLiteral("field_birth_date"));
        scrollToBottomEdge(birth);
        touch(birth);
        QTRY_VERIFY(keyboardShown());
        QTRY_VERIFY(sceneRect(birth).bottom() <= keyboardTop());
        QTRY_VERIFY(keyWithText(QStringLiteral("3")));
        typeWithKeys(QStringLiteral("30071985"));
        QCOMPARE(m_services->core.requests.form()
                     ->state()
                     .value(QStringLiteral("birth_date"))
                     .toString(),
            QStringLiteral("1985-07-30"));
        QTRY_COMPARE(birth->property("text").toString(), QStringLiteral("30/07/1985"));
        touch(keyOfType("EnterKey"));
        QTRY_VERIFY(!keyboardShown());
        QVERIFY(!birth->hasActiveFocus());

        // The phone number: the dial pad.
        QQuickItem* phone = field(QStringLiteral("field_phone"));
        scrollToBottomEdge(phone);
        touch(phone);
        QTRY_VERIFY(keyboardShown());
        QTRY_VERIFY(sceneRect(phone).bottom() <= keyboardTop());
        QTRY_VERIFY(keyWithText(QStringLiteral("#")));
        QVERIFY(!keyWithText(QStringLiteral("a")));
        typeWithKeys(QStringLiteral("081"));
        QCOMPARE(phone->property("text").toString(), QStringLiteral("081"));
        touch(keyOfType("EnterKey"));
        QTRY_VERIFY(!keyboardShown());
    }

    // A text field gets the letters, our visible "hide" button works, a touch on the page
    // outside the field lets it go; a word typed is not learnt into the user dictionary.
    void textField_hideButton_touchOutside_andNothingLearnt()
    {
        openForm(QSize(1920, 1080));
        QQuickItem* surname = field(QStringLiteral("field_surname"));
        touch(surname);
        QTRY_VERIFY(keyboardShown());
        QTRY_VERIFY(keyWithText(QStringLiteral("a")));
        touch(hideButton());
        QTRY_VERIFY(!keyboardShown());
        QVERIFY(surname->hasActiveFocus()); // hidden, not gone: a touch brings it back
        touch(surname);
        QTRY_VERIFY(keyboardShown());

        // A word that is in no dictionary, then a space: with word prediction on, Qt's
        // Hunspell input method would save it for the next citizen.
        typeWithKeys(QStringLiteral("zyxw"));
        touch(keyOfType("SpaceKey"));
        QTRY_COMPARE(surname->property("text").toString().toLower(), QStringLiteral("zyxw "));
        QTest::qWait(300); // the dictionary is written by a worker thread
        const QString learnt = m_home.filePath(
            QStringLiteral("config/qtvirtualkeyboard/hunspell/userdictionary-fr_FR.txt"));
        QVERIFY2(!QFile::exists(learnt), qPrintable(learnt));

        // A touch on the page's background, left of the centred column.
        auto* flick = page()->property("flickable").value<QQuickItem*>();
        const QPointF blank = flick->mapToScene(QPointF(20, 40));
        QVERIFY(blank.x() < sceneRect(surname).left());
        QTest::mouseClick(m_window, Qt::LeftButton, {}, blank.toPoint());
        QTRY_VERIFY(!keyboardShown());
        QVERIFY(!surname->hasActiveFocus());
    }

    // The other pages' fields (LabeledTextField): the keyboard's Enter puts it away too.
    void searchField_enterPutsTheKeyboardAway()
    {
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "openPage",
            Q_ARG(QVariant, QUrl(QStringLiteral("qrc:/Eguichet/pages/CataloguePage.qml")))));
        waitForPage("cataloguePage");
        QQuickItem* search = field(QStringLiteral("catalogueSearch"));
        touch(search);
        QTRY_VERIFY(keyboardShown());
        QTRY_VERIFY(keyWithText(QStringLiteral("a")));
        typeWithKeys(QStringLiteral("acte"));
        QCOMPARE(search->property("text").toString().toLower(), QStringLiteral("acte"));
        touch(keyOfType("EnterKey"));
        QTRY_VERIFY(!keyboardShown());
        QVERIFY(!search->hasActiveFocus());
    }
};

int main(int argc, char** argv)
{
    // The kiosk's input method, chosen before the application exists (main() does the same).
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QGuiApplication app(argc, argv);
    TestKioskKeyboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kioskkeyboard.moc"
