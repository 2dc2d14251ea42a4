// SPDX-License-Identifier: GPL-3.0-or-later
#include "spokenguide.h"

#include "i18n/languagecontroller.h"
#include "speaker.h"

SpokenGuide::SpokenGuide(
    LanguageController* language, std::unique_ptr<Speaker> speaker, QObject* parent)
    : QObject(parent)
    , m_language(language)
    , m_speaker(std::move(speaker))
{ }

SpokenGuide::~SpokenGuide() = default;

void SpokenGuide::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    if (!on)
        m_speaker->stop();
    emit enabledChanged();
    if (on)
        say(tr("Guidage vocal activé."));
}

void SpokenGuide::announcePage(const QString& title, const QString& instructions)
{
    const QString text = instructions.trimmed().isEmpty()
        ? title
        : QStringLiteral("%1. %2").arg(title, instructions);
    say(text);
}

void SpokenGuide::forget()
{
    m_speaker->stop();
    if (m_lastSpoken.isEmpty())
        return;
    m_lastSpoken.clear();
    emit spoke(QString());
}

void SpokenGuide::say(const QString& text)
{
    if (!m_enabled || text.trimmed().isEmpty())
        return;
    // What is said may be personal (a name on a confirmation): it is spoken, never logged.
    m_lastSpoken = text;
    m_speaker->say(text, m_language->locale());
    emit spoke(text);
}
