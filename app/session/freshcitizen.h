// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class LanguageController;
class SessionController;
class SpokenGuide;
class Theme;

/** How the station greets a citizen: its configured language and aids. */
struct StationLook
{
    QString language;
    bool largeText = false;
    bool highContrast = false;
    bool spokenGuidance = false;
};

/**
 * Kiosk, counter: each citizen starts fresh. At every session end the language, large text,
 * high contrast and spoken guidance go back to the station's own (and what was spoken is
 * forgotten). A citizen who changes one of them on the welcome screen, before any card or
 * login, opens a session, so that walking away undoes the choice at the idle time-out.
 */
void wireFreshCitizen(SessionController* session, const StationLook& station,
    LanguageController* language, Theme* theme, SpokenGuide* speech);
