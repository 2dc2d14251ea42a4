// SPDX-License-Identifier: GPL-3.0-or-later
#include "freshcitizen.h"

#include "a11y/spokenguide.h"
#include "i18n/languagecontroller.h"
#include "sessioncontroller.h"
#include "theme/theme.h"

void wireFreshCitizen(SessionController* session, const StationLook& station,
    LanguageController* language, Theme* theme, SpokenGuide* speech)
{
    session->addWiper([=] {
        // Silence first: the next citizen must not hear the last one's pages.
        speech->forget();
        speech->setEnabled(false);
        language->setLanguage(station.language);
        theme->setLargeText(station.largeText);
        theme->setHighContrast(station.highContrast);
        speech->setEnabled(station.spokenGuidance);
    });

    const auto choiceMade = [=] {
        const bool differs = language->language() != station.language
            || theme->largeText() != station.largeText
            || theme->highContrast() != station.highContrast
            || speech->enabled() != station.spokenGuidance;
        if (differs && !session->active())
            session->begin();
    };
    QObject::connect(language, &LanguageController::languageChanged, session, choiceMade);
    QObject::connect(theme, &Theme::changed, session, choiceMade);
    QObject::connect(speech, &SpokenGuide::enabledChanged, session, choiceMade);
}
