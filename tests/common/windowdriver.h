// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The window tests' hands and eyes, shared by every test that drives the real Main.qml: the
// page on screen, its items by objectName, clicks, real key presses, waiting until a page has
// settled, numbered screenshots. A test class derives from it next to QObject, sets m_window
// once the engine has loaded, and m_shotPattern if it takes screenshots.

#include "qmlfind.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQuickTest/quicktest.h>

/** Text as a person reads it: the locale's no-break spaces (amounts, "12,50 €") made plain. */
inline QString plainSpaces(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text;
}

class WindowDriver
{
protected:
    QQuickWindow* m_window = nullptr;
    /** Where shot() saves: "%1" the shot's number (01, 02…), "%2" its name. */
    QString m_shotPattern;
    int m_shot = 0;

    QObject* page() const
    {
        QObject* stack = findQmlObject(m_window->contentItem(), QStringLiteral("pageStack"));
        return stack ? stack->property("currentItem").value<QObject*>() : nullptr;
    }
    QString pageName() const
    {
        QObject* p = page();
        return p ? p->objectName() : QString();
    }
    /** An item of the page on screen (pages further down the stack may use the same names). */
    QObject* find(const QString& name) const { return findQmlObject(page(), name); }
    QString text(const QString& name) const
    {
        QObject* o = find(name);
        return o ? plainSpaces(o->property("text").toString()) : QString();
    }
    bool shown(const QString& name) const
    {
        QObject* o = find(name);
        return o && o->property("visible").toBool();
    }
    bool settled() const { return m_window->property("settled").toBool(); }

    /**
     * A real click: a mouse press and release at the item's centre, after the page has settled
     * and any Flickable holding the item has scrolled it into view, as a citizen would. An
     * item with a `clicked` signal must have received exactly that click: one covered by an
     * overlay, the keyboard or another item fails the test.
     */
    void click(const QString& name)
    {
        QTRY_VERIFY2(settled(), "a page transition is still running");
        auto* item = qobject_cast<QQuickItem*>(find(name));
        QVERIFY2(item, qPrintable(name + QStringLiteral(" not on ") + pageName()));
        QVERIFY2(item->isVisible(), qPrintable(name + " is hidden"));
        QVERIFY2(item->isEnabled(), qPrintable(name + " is disabled"));
        QVERIFY(QQuickTest::qWaitForPolish(m_window)); // sizes that just changed are laid out
        bringIntoView(item);
        // Layouts place items at polish time: press where the item is now, not where it was.
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QVERIFY2(QRectF(QPointF(0, 0), m_window->size()).contains(centre),
            qPrintable(name + " is outside the window"));
        const bool hasClicked = item->metaObject()->indexOfSignal("clicked()") >= 0;
        QSignalSpy clicked(item, SIGNAL(clicked()));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        if (hasClicked)
            QVERIFY2(clicked.count() == 1,
                qPrintable(name + " did not receive the click at its centre (covered?)"));
    }

    /** Scrolls every Flickable around the item (innermost first) until the item is inside it. */
    static void bringIntoView(QQuickItem* item)
    {
        for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            auto* content = p->property("contentItem").value<QQuickItem*>();
            if (!content)
                continue;
            const QRectF r
                = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
            const qreal viewH = p->height();
            const qreal y = p->property("contentY").toReal();
            const qreal originY = p->property("originY").toReal();
            const qreal maxY = originY + p->property("contentHeight").toReal()
                + p->property("bottomMargin").toReal() - viewH;
            qreal target = y;
            if (r.top() < y)
                target = r.top();
            else if (r.bottom() > y + viewH)
                target = r.bottom() - viewH;
            target
                = qBound(originY - p->property("topMargin").toReal(), target, qMax(maxY, originY));
            if (!qFuzzyCompare(target + 1, y + 1))
                p->setProperty("contentY", target);
        }
        QCoreApplication::processEvents();
    }

    /** Real typing, key by key, into the field (emptied first), which takes the focus. */
    void type(const QString& name, const QString& value)
    {
        auto* item = qobject_cast<QQuickItem*>(find(name));
        QVERIFY2(item, qPrintable(name + QStringLiteral(" not on ") + pageName()));
        item->setProperty("text", QString());
        item->forceActiveFocus();
        QTRY_VERIFY(item->hasActiveFocus());
        for (const QChar ch : value) {
            const int key = ch.isLetterOrNumber() && ch.unicode() < 128 ? ch.toUpper().unicode()
                                                                        : int(Qt::Key_unknown);
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(ch));
            QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(ch));
            QCoreApplication::sendEvent(m_window, &press);
            QCoreApplication::sendEvent(m_window, &release);
        }
        QCOMPARE(item->property("text").toString(), value);
    }

    /**
     * The window at a real station's size (offscreen, a full-screen window takes the 800x600
     * virtual screen): 1920x1080 landscape or 1080x1920 portrait.
     */
    void setScreenSize(const QSize& size)
    {
        m_window->setVisibility(QWindow::Windowed);
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        QTRY_VERIFY(settled());
    }

    /** The page is on top and no transition runs any more. */
    void waitForPage(const char* name, int timeoutMs = 10000)
    {
        QTRY_COMPARE_WITH_TIMEOUT(pageName(), QLatin1String(name), timeoutMs);
        QTRY_VERIFY(settled());
    }

    void shot(const QString& name)
    {
        QVERIFY2(!m_shotPattern.isEmpty(), "set m_shotPattern first");
        QTest::qWait(50);
        const QImage image = m_window->grabWindow();
        QVERIFY(!image.isNull());
        const QString path = m_shotPattern.arg(++m_shot, 2, 10, QLatin1Char('0')).arg(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(image.save(path));
    }
};
