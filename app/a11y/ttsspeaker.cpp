// SPDX-License-Identifier: GPL-3.0-or-later
#include "ttsspeaker.h"

#include "logging/logcategories.h"

#include <QTextToSpeech>

TtsSpeaker::TtsSpeaker() = default;
TtsSpeaker::~TtsSpeaker() = default;

QTextToSpeech* TtsSpeaker::engine()
{
    if (!m_triedEngine) {
        m_triedEngine = true;
        const QStringList engines = QTextToSpeech::availableEngines();
        for (const QString& name : { QStringLiteral("speechd"), QStringLiteral("flite") }) {
            if (engines.contains(name)) {
                m_engine = std::make_unique<QTextToSpeech>(name);
                break;
            }
        }
        if (!m_engine)
            qCWarning(lcUi) << "no speech engine: spoken guidance is silent";
        else
            qCInfo(lcUi) << "speech engine:" << m_engine->engine();
    }
    return m_engine.get();
}

void TtsSpeaker::say(const QString& text, const QLocale& locale)
{
    QTextToSpeech* tts = engine();
    if (!tts)
        return;
    if (tts->locale().language() != locale.language()) {
        for (const QLocale& available : tts->availableLocales()) {
            if (available.language() == locale.language()) {
                tts->setLocale(available);
                break;
            }
        }
    }
    tts->stop();
    tts->say(text);
}

void TtsSpeaker::stop()
{
    if (m_engine)
        m_engine->stop();
}
