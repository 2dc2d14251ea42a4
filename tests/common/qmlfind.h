// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickItem>
#include <QString>

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
