// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <cmath>

Theme::Theme(bool touch, QObject* parent)
    : QObject(parent)
    , m_touch(touch)
{ }

void Theme::setLargeText(bool on)
{
    if (on != m_largeText) {
        m_largeText = on;
        emit changed();
    }
}

void Theme::setHighContrast(bool on)
{
    if (on != m_highContrast) {
        m_highContrast = on;
        emit changed();
    }
}

// Standard palette: the city's blue on white. High contrast: black, white and yellow.
QColor Theme::background() const
{
    return m_highContrast ? QColor(0x00, 0x00, 0x00) : QColor(0xf6, 0xf7, 0xf9);
}
QColor Theme::surface() const
{
    return m_highContrast ? QColor(0x00, 0x00, 0x00) : QColor(0xff, 0xff, 0xff);
}
QColor Theme::text() const
{
    return m_highContrast ? QColor(0xff, 0xff, 0xff) : QColor(0x1b, 0x1f, 0x24);
}
QColor Theme::mutedText() const
{
    return m_highContrast ? QColor(0xff, 0xff, 0x00) : QColor(0x4a, 0x52, 0x5c);
}
QColor Theme::primary() const
{
    return m_highContrast ? QColor(0xff, 0xff, 0x00) : QColor(0x00, 0x4f, 0x9f);
}
QColor Theme::onPrimary() const
{
    return m_highContrast ? QColor(0x00, 0x00, 0x00) : QColor(0xff, 0xff, 0xff);
}
QColor Theme::secondary() const
{
    return m_highContrast ? QColor(0x00, 0x00, 0x00) : QColor(0xe3, 0xec, 0xf7);
}
QColor Theme::onSecondary() const
{
    return m_highContrast ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x3a, 0x75);
}
QColor Theme::error() const
{
    return m_highContrast ? QColor(0xff, 0x99, 0x99) : QColor(0xb0, 0x1c, 0x1c);
}
QColor Theme::success() const
{
    return m_highContrast ? QColor(0x66, 0xff, 0x66) : QColor(0x1e, 0x6b, 0x34);
}
QColor Theme::border() const
{
    return m_highContrast ? QColor(0xff, 0xff, 0xff) : QColor(0x6b, 0x73, 0x7c);
}
QColor Theme::focus() const
{
    return m_highContrast ? QColor(0x00, 0xff, 0xff) : QColor(0xc2, 0x41, 0x0c);
}
QColor Theme::lockedSurface() const
{
    return m_highContrast ? QColor(0x33, 0x33, 0x33) : QColor(0xe4, 0xe7, 0xeb);
}
QColor Theme::track() const
{
    return m_highContrast ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x76, 0x7d, 0x86);
}

int Theme::scaled(int px) const
{
    const double touchFactor = m_touch ? 1.25 : 1.0;
    const double textFactor = m_largeText ? 1.4 : 1.0;
    return int(std::lround(px * touchFactor * textFactor));
}

int Theme::fontBody() const
{
    return scaled(16);
}
int Theme::fontSmall() const
{
    return scaled(14);
}
int Theme::fontTitle() const
{
    return scaled(22);
}
int Theme::fontHeadline() const
{
    return scaled(32);
}
// 48 px is the floor for touch targets at 1080p (docs/architecture.md, accessibility).
int Theme::touchTarget() const
{
    return m_touch ? std::max(64, scaled(48)) : std::max(48, scaled(40));
}
int Theme::spacing() const
{
    return m_touch ? 16 : 12;
}

double Theme::contrastRatio(const QColor& a, const QColor& b)
{
    auto channel
        = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    auto luminance = [&](const QColor& c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
