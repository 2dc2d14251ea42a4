// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordaccessibility.h"

#include <QAccessible>
#include <QAccessibleObject>
#include <QQuickItem>
#include <QQuickWindow>

namespace {

/** The QML `Accessible` attached object of an item (a child QObject), if any. */
QObject* attachedAccessible(const QObject* item)
{
    for (QObject* child : item->children()) {
        if (child->inherits("QQuickAccessibleAttached"))
            return child;
    }
    return nullptr;
}

class PasswordFieldAccessible : public QAccessibleObject
{
public:
    explicit PasswordFieldAccessible(QQuickItem* item)
        : QAccessibleObject(item)
    { }

    QQuickItem* item() const { return static_cast<QQuickItem*>(object()); }

    QWindow* window() const override { return item()->window(); }
    QAccessibleInterface* parent() const override
    {
        // The nearest ancestor screen readers see (one with an Accessible attached object),
        // else the window.
        for (QQuickItem* p = item()->parentItem(); p; p = p->parentItem()) {
            if (attachedAccessible(p))
                return QAccessible::queryAccessibleInterface(p);
        }
        return QAccessible::queryAccessibleInterface(item()->window());
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }

    QAccessible::Role role() const override { return QAccessible::EditableText; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.focused = item()->hasActiveFocus();
        s.passwordEdit = true;
        s.editable = !item()->property("readOnly").toBool();
        s.readOnly = !s.editable;
        s.invisible = !item()->isVisible();
        s.disabled = !item()->isEnabled();
        return s;
    }
    QString text(QAccessible::Text t) const override
    {
        const QObject* attached = attachedAccessible(item());
        switch (t) {
        case QAccessible::Name:
            return attached ? attached->property("name").toString() : QString();
        case QAccessible::Description:
            return attached ? attached->property("description").toString() : QString();
        default:
            return {}; // never the value
        }
    }
    QRect rect() const override
    {
        QQuickWindow* w = item()->window();
        if (!w)
            return {};
        const QRectF scene = item()->mapRectToScene(item()->boundingRect());
        return QRect(w->mapToGlobal(scene.topLeft().toPoint()), scene.size().toSize());
    }
};

/** Drops the interface Qt Quick made for a field whose echo mode changed after it was asked
 *  for (QML sets `echoMode` after the attached Accessible object exists), so that the factory
 *  is asked again and answers with the interface without text. */
class EchoModeWatcher : public QObject
{
    Q_OBJECT

public:
    static EchoModeWatcher* instance()
    {
        static auto* watcher = new EchoModeWatcher;
        return watcher;
    }
    void watch(QObject* input)
    {
        const QMetaObject* mo = input->metaObject();
        const int signal = mo->indexOfSignal("echoModeChanged(QQuickTextInput::EchoMode)");
        const int slot = metaObject()->indexOfSlot("refresh()");
        if (signal >= 0 && slot >= 0)
            QObject::connect(
                input, mo->method(signal), this, metaObject()->method(slot), Qt::UniqueConnection);
    }

public slots:
    void refresh()
    {
        QObject* input = sender();
        if (!input)
            return;
        if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(input)) {
            if (!dynamic_cast<PasswordFieldAccessible*>(iface))
                QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
        }
    }
};

QAccessibleInterface* passwordFieldFactory(const QString&, QObject* object)
{
    if (!object || !object->inherits("QQuickTextInput"))
        return nullptr;
    const QVariant echo = object->property("echoMode");
    if (!echo.isValid() || echo.toInt() == 0) { // TextInput.Normal, for now
        EchoModeWatcher::instance()->watch(object);
        return nullptr;
    }
    return new PasswordFieldAccessible(static_cast<QQuickItem*>(object));
}

} // namespace

void installPasswordFieldAccessibility()
{
    QAccessible::installFactory(passwordFieldFactory);
}

#include "passwordaccessibility.moc"
