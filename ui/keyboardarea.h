// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

/**
 * How much of the window's bottom the kiosk's on-screen keyboard covers right now (its keys
 * and the "hide" button above them; 0 when hidden, and always at home and the counter).
 * KioskKeyboard sets it, ScrollPage leaves that much room under its content.
 */
class KeyboardArea : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qreal overlap READ overlap WRITE setOverlap NOTIFY overlapChanged)

public:
    using QObject::QObject;
    qreal overlap() const { return m_overlap; }
    void setOverlap(qreal overlap)
    {
        if (qFuzzyCompare(overlap + 1, m_overlap + 1))
            return;
        m_overlap = overlap;
        emit overlapChanged();
    }

signals:
    void overlapChanged();

private:
    qreal m_overlap = 0;
};
