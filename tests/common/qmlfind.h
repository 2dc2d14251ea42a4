// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QString>

#include <memory>

/**
 * Finds an object of the loaded QML by objectName. Walks the QObject tree and, for items,
 * the visual tree too: Repeater delegates and pushed pages hang from their visual parent only,
 * where QObject::findChild cannot see them.
 */
inline QObject* findQmlObject(QObject* root, const QString& name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QObject* child : root->children()) {
        if (QObject* found = findQmlObject(child, name))
            return found;
    }
    if (auto* item = qobject_cast<QQuickItem*>(root)) {
        for (QQuickItem* child : item->childItems()) {
            if (child->parent() != root) {
                if (QObject* found = findQmlObject(child, name))
                    return found;
            }
        }
    }
    return nullptr;
}

/**
 * The Navigator singleton (ui/Navigator.qml) of the engine that loaded `loaded`: tests move
 * between pages the way the pages do, `QMetaObject::invokeMethod(qmlNavigator(m_window),
 * "openPage", Q_ARG(QVariant, url))`. Qt 6.4 has no QQmlEngine::singletonInstance(uri, name)
 * (6.5), so a one-line component of that engine, which imports the module, hands it out.
 */
inline QObject* qmlNavigator(QObject* loaded)
{
    QQmlEngine* engine = qmlEngine(loaded);
    if (!engine)
        return nullptr;
    QQmlComponent probe(engine);
    probe.setData("import QtQml\nimport Eguichet\n"
                  "QtObject { readonly property QtObject navigator: Navigator }",
        QUrl());
    const std::unique_ptr<QObject> holder(probe.create());
    return holder ? holder->property("navigator").value<QObject*>() : nullptr;
}
