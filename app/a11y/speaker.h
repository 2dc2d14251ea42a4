// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

/** Something that reads text aloud; the seam between SpokenGuide and the speech engine. */
class Speaker
{
public:
    virtual ~Speaker() = default;
    /** Interrupts whatever is being said and says `text` in `locale`'s language. */
    virtual void say(const QString& text, const QLocale& locale) = 0;
    virtual void stop() = 0;
};
