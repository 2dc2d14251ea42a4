// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QObject>

/**
 * Colours and sizes for every screen, in two independent variants: large text and high
 * contrast. Lives in C++ so that the contrast rules (4.5:1, 7:1 in high contrast) are checked
 * by a unit test rather than by eye.
 */
class Theme : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    Q_PROPERTY(bool touch READ touch CONSTANT)

    Q_PROPERTY(QColor background READ background NOTIFY changed)
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor mutedText READ mutedText NOTIFY changed)
    Q_PROPERTY(QColor primary READ primary NOTIFY changed)
    Q_PROPERTY(QColor onPrimary READ onPrimary NOTIFY changed)
    Q_PROPERTY(QColor secondary READ secondary NOTIFY changed)
    Q_PROPERTY(QColor onSecondary READ onSecondary NOTIFY changed)
    Q_PROPERTY(QColor error READ error NOTIFY changed)
    Q_PROPERTY(QColor success READ success NOTIFY changed)
    Q_PROPERTY(QColor border READ border NOTIFY changed)
    Q_PROPERTY(QColor focus READ focus NOTIFY changed)
    Q_PROPERTY(QColor lockedSurface READ lockedSurface NOTIFY changed)
    Q_PROPERTY(QColor track READ track NOTIFY changed)

    Q_PROPERTY(int fontBody READ fontBody NOTIFY changed)
    Q_PROPERTY(int fontSmall READ fontSmall NOTIFY changed)
    Q_PROPERTY(int fontTitle READ fontTitle NOTIFY changed)
    Q_PROPERTY(int fontHeadline READ fontHeadline NOTIFY changed)
    Q_PROPERTY(int touchTarget READ touchTarget NOTIFY changed)
    Q_PROPERTY(int spacing READ spacing NOTIFY changed)
    Q_PROPERTY(int radius READ radius CONSTANT)

public:
    /** `touch` is true in kiosk mode: larger targets and type for a standing citizen. */
    explicit Theme(bool touch = false, QObject* parent = nullptr);

    bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    bool touch() const { return m_touch; }

    QColor background() const;
    QColor surface() const;
    QColor text() const;
    QColor mutedText() const;
    QColor primary() const;
    QColor onPrimary() const;
    QColor secondary() const;
    QColor onSecondary() const;
    QColor error() const;
    QColor success() const;
    QColor border() const;
    QColor focus() const;
    /** Under a field the citizen cannot change (from the card): unlike an editable one. */
    QColor lockedSurface() const;
    /** An off switch's track, a radio button's or check box's frame: a mark, not text (3:1). */
    QColor track() const;

    int fontBody() const;
    int fontSmall() const;
    int fontTitle() const;
    int fontHeadline() const;
    int touchTarget() const;
    int spacing() const;
    int radius() const { return 8; }

    /** WCAG 2.x contrast ratio between two opaque colours (1 to 21). */
    Q_INVOKABLE static double contrastRatio(const QColor& a, const QColor& b);

signals:
    void changed();

private:
    int scaled(int px) const;

    bool m_touch;
    bool m_largeText = false;
    bool m_highContrast = false;
};
