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
#include <QTest>

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

    /** A click as QML's `clicked` sees it, refused on a hidden or disabled item. */
    void click(const QString& name)
    {
        QObject* o = find(name);
        QVERIFY2(o, qPrintable(name + QStringLiteral(" not on ") + pageName()));
        QVERIFY2(o->property("visible").toBool(), qPrintable(name + " is hidden"));
        QVERIFY2(o->property("enabled").toBool(), qPrintable(name + " is disabled"));
        QVERIFY(QMetaObject::invokeMethod(o, "clicked"));
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
