// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every page of the QML module through the accessibility tree that screen readers see
// and fails on any interactive item without an accessible name or an objectName.
#include "passwordaccessibility.h"
#include "qmlfind.h"
#include "testservices.h"

#include <QAccessible>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

void collectProblems(
    QAccessibleInterface* node, const QString& where, QStringList* problems, int* interactive)
{
    if (!node || !node->isValid())
        return;
    const QAccessible::Role role = node->role();
    if (isInteractive(role) && !node->state().invisible) {
        ++*interactive;
        QObject* object = node->object();
        const QString name = node->text(QAccessible::Name).trimmed();
        const QString id = object ? object->objectName() : QString();
        const QString what = QStringLiteral("%1: %2 '%3' (%4)")
                                 .arg(where, QString::number(role), name,
                                     object ? QString::fromLatin1(object->metaObject()->className())
                                            : QStringLiteral("?"));
        if (name.isEmpty())
            problems->append(what + QStringLiteral(" has no accessible name"));
        if (id.isEmpty())
            problems->append(what + QStringLiteral(" has no objectName"));
    }
    for (int i = 0; i < node->childCount(); ++i)
        collectProblems(node->child(i), where, problems, interactive);
}

/** The colour a text item is drawn on: the nearest opaque background among its ancestors. */
QColor backgroundUnder(QQuickItem* item, const QColor& windowColour)
{
    for (QQuickItem* p = item; p; p = p->parentItem()) {
        // A control's (or a page's) own background item, painted under its content.
        if (auto* bg = p->property("background").value<QQuickItem*>();
            bg && bg != item && bg->isVisible() && bg->opacity() >= 1.0) {
            const QColor c = bg->property("color").value<QColor>();
            if (c.isValid() && c.alpha() == 255)
                return c;
        }
        if (p != item && p->inherits("QQuickRectangle") && p->opacity() >= 1.0) {
            const QColor c = p->property("color").value<QColor>();
            if (c.isValid() && c.alpha() == 255)
                return c;
        }
    }
    return windowColour;
}

/** Every visible, enabled text under root whose contrast with its background is below minimum. */
void collectContrastProblems(QQuickItem* item, const QColor& windowColour, double minimum,
    const QString& where, QStringList* problems, int* texts)
{
    if (!item->isVisible() || item->opacity() < 1.0)
        return;
    const bool isText = item->inherits("QQuickText") || item->inherits("QQuickTextInput")
        || item->inherits("QQuickTextEdit");
    const QString shown = item->property("text").toString().trimmed();
    if (isText && item->isEnabled() && !shown.isEmpty() && item->width() > 0) {
        ++*texts;
        const QColor fg = item->property("color").value<QColor>();
        const QColor bg = backgroundUnder(item, windowColour);
        const double ratio = Theme::contrastRatio(fg, bg);
        if (ratio < minimum) {
            const QObject* named = item;
            while (named && named->objectName().isEmpty())
                named = named->parent();
            problems->append(
                QStringLiteral("%1: '%2' (%3) %4 on %5 = %6:1")
                    .arg(where, shown.left(40), named ? named->objectName() : QStringLiteral("?"),
                        fg.name(), bg.name())
                    .arg(ratio, 0, 'f', 2));
        }
    }
    for (QQuickItem* child : item->childItems())
        collectContrastProblems(child, windowColour, minimum, where, problems, texts);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;

    QObject* stack() const { return m_window->findChild<QObject*>(QStringLiteral("pageStack")); }

    void settle()
    {
        QTRY_VERIFY(m_window->property("settled").toBool());
        QTest::qWait(20);
    }

    void check(const QString& where, int minimumInteractive = 1)
    {
        QStringList problems;
        int interactive = 0;
        collectProblems(
            QAccessible::queryAccessibleInterface(m_window), where, &problems, &interactive);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The walk must really reach the controls, or it proves nothing.
        QVERIFY2(interactive >= minimumInteractive,
            qPrintable(
                QStringLiteral("%1: only %2 interactive items").arg(where).arg(interactive)));
    }

    void checkContrast(const QString& where, double minimum)
    {
        QStringList problems;
        int texts = 0;
        // The page on screen (pages leaving the stack are not what the citizen reads).
        auto* page = stack()->property("currentItem").value<QQuickItem*>();
        QVERIFY2(page, qPrintable(where + QStringLiteral(": no page")));
        collectContrastProblems(page, m_window->color(), minimum, where, &problems, &texts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(texts >= 1, qPrintable(where + QStringLiteral(": no text reached")));
    }

private slots:
    void initTestCase()
    {
        QAccessible::setActive(true);
        installPasswordFieldAccessibility(); // as main() does
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        AppConfig counter; // the idle overlay exists at the counter and the kiosk, as in the app
        counter.mode = AppMode::Counter;
        m_services = std::make_unique<TestServices>(counter);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        connect(&m_services->language, &LanguageController::languageChanged, m_engine.get(),
            &QQmlEngine::retranslate);
        m_engine->load(QUrl(QStringLiteral("qrc:/Eguichet/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        settle();
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_services.reset();
    }

    void welcome_inEveryLanguageAndVariant()
    {
        for (const QString& lang : supportedLanguages()) {
            m_services->language.setLanguage(lang);
            check(QStringLiteral("welcome/") + lang, 6);
        }
        m_services->language.setLanguage(QStringLiteral("fr"));
        m_services->theme.setLargeText(true);
        m_services->theme.setHighContrast(true);
        check(QStringLiteral("welcome/large+contrast"), 6);
        m_services->theme.setLargeText(false);
        m_services->theme.setHighContrast(false);
    }

    void idleWarningOverlay()
    {
        m_services->session.begin();
        QTRY_VERIFY_WITH_TIMEOUT(m_services->idle.warning(), 3000);
        check(QStringLiteral("idle warning"));
        m_services->session.finish();
        QVERIFY(!m_services->idle.warning());
        // The "session ended" notice would sit on every later screenshot.
        m_window->findChild<QObject*>(QStringLiteral("noticeBanner"))
            ->setProperty("visible", false);
    }

    void adminExitDialog()
    {
        QObject* dialog = m_window->findChild<QObject*>(QStringLiteral("adminExitDialog"));
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        check(QStringLiteral("admin exit dialog"), 3);
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

    void passwordNeverInTheAccessibilityTree()
    {
        const QString secret = QStringLiteral("Secret-Namur9");
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "openPage",
            Q_ARG(QVariant, QUrl(QStringLiteral("qrc:/Eguichet/pages/LoginPage.qml")))));
        settle();
        QObject* field = m_window->findChild<QObject*>(QStringLiteral("loginPassword"));
        QVERIFY(field);
        QVERIFY(field->setProperty("text", secret));
        QStringList leaks; // in names and descriptions: ours to keep clean
        QStringList qtLeaks; // the Value and text interface of an EditableText
        int passwordNodes = 0; // the walk must reach the field, or it proves nothing
        std::function<void(QAccessibleInterface*)> walk = [&](QAccessibleInterface* node) {
            if (!node || !node->isValid())
                return;
            const QString name = node->text(QAccessible::Name);
            if (node->object() == field)
                ++passwordNodes;
            if (name.contains(secret) || node->text(QAccessible::Description).contains(secret))
                leaks << QStringLiteral("name or description of role %1").arg(node->role());
            if (node->text(QAccessible::Value).contains(secret))
                qtLeaks << QStringLiteral("value of ") + name;
            if (QAccessibleTextInterface* text = node->textInterface()) {
                if (text->text(0, text->characterCount()).contains(secret))
                    qtLeaks << QStringLiteral("text interface of ") + name;
            }
            for (int i = 0; i < node->childCount(); ++i)
                walk(node->child(i));
        };
        walk(QAccessible::queryAccessibleInterface(m_window));
        QCOMPARE(passwordNodes, 1);
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(field);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::EditableText);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Mot de passe"));
        QVERIFY(iface->state().passwordEdit);
        QVERIFY(iface->parent());
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "goHome"));
        settle();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
        // Qt 6.4's own interface would give the text as the Value and through its text
        // interface: installPasswordFieldAccessibility() must be what answers.
        QVERIFY2(qtLeaks.isEmpty(), qPrintable(qtLeaks.join(QStringLiteral(", "))));
    }

    void documentViewer_withADocument()
    {
        // The viewer opened empty by the walk below shows no controls; with a PDF it shows
        // page, zoom and document buttons, which must all be named.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("document.pdf"));
        {
            QPdfWriter writer(file);
            QPainter painter(&writer);
            painter.drawText(QPoint(200, 200), QStringLiteral("Document"));
            writer.newPage();
        }
        const QVariantMap properties { { QStringLiteral("source"), QUrl::fromLocalFile(file) },
            { QStringLiteral("documentName"), QStringLiteral("document.pdf") } };
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "openPageWith",
            Q_ARG(QVariant, QUrl(QStringLiteral("qrc:/Eguichet/pages/DocumentViewerPage.qml"))),
            Q_ARG(QVariant, properties)));
        settle();
        check(QStringLiteral("document viewer"), 7);
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "goHome"));
        settle();
    }

    void everyTextReadable_onEveryPage_inBothPalettes()
    {
        // WCAG: 4.5:1 for text (AA); 7:1 in high contrast (AAA), labels of switches and options
        // included, which the style drew dark grey on black.
        const QStringList pages = QDir(QStringLiteral(":/Eguichet/pages"))
                                      .entryList({ QStringLiteral("*.qml") }, QDir::Files);
        for (const bool high : { false, true }) {
            m_services->theme.setHighContrast(high);
            // The choice opens a session (each citizen starts fresh); its time-out would undo
            // the choice halfway through the walk.
            m_services->idle.stop();
            const double minimum = high ? 7.0 : 4.5;
            const QString variant
                = high ? QStringLiteral("contrast/") : QStringLiteral("standard/");
            settle();
            checkContrast(variant + QStringLiteral("WelcomePage.qml"), minimum);
            for (const QString& file : pages) {
                const QUrl url(QStringLiteral("qrc:/Eguichet/pages/") + file);
                QVERIFY(QMetaObject::invokeMethod(
                    qmlNavigator(m_window), "openPage", Q_ARG(QVariant, url)));
                settle();
                checkContrast(variant + file, minimum);
                QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "goHome"));
                settle();
            }
        }
        m_services->session.finish(); // back to the station's look
        QVERIFY(!m_services->theme.highContrast());
        // The "session ended" notice would sit on every later screenshot.
        m_window->findChild<QObject*>(QStringLiteral("noticeBanner"))
            ->setProperty("visible", false);
    }

    void everyPageOfTheModule()
    {
        const QStringList pages = QDir(QStringLiteral(":/Eguichet/pages"))
                                      .entryList({ QStringLiteral("*.qml") }, QDir::Files);
        QVERIFY2(pages.size() >= 2, qPrintable(pages.join(',')));
        for (const QString& file : pages) {
            const QUrl url(QStringLiteral("qrc:/Eguichet/pages/") + file);
            QVERIFY(QMetaObject::invokeMethod(
                qmlNavigator(m_window), "openPage", Q_ARG(QVariant, url)));
            settle();
            // The page itself must be on screen (a page that fails to load leaves the welcome).
            QVERIFY2(stack()->property("depth").toInt() == 2, qPrintable(file));
            check(file);
            // The same walk leaves a picture of every screen (README, docs/screenshots/).
            const QImage shot = m_window->grabWindow();
            QVERIFY(!shot.isNull());
            QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
            shot.save(
                QStringLiteral(SCREENSHOT_DIR "/page-%1.png").arg(QFileInfo(file).baseName()));
            QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "goHome"));
            settle();
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
