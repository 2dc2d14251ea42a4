// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "speaker.h"

#include <memory>

class QTextToSpeech;

/**
 * Speaker on Qt TextToSpeech. Prefers speech-dispatcher (espeak-ng voices for French, Dutch
 * and German) and falls back to flite (English only) where it is absent; created lazily so
 * that a machine without any engine costs nothing until spoken guidance is switched on.
 */
class TtsSpeaker : public Speaker
{
public:
    TtsSpeaker();
    ~TtsSpeaker() override;

    void say(const QString& text, const QLocale& locale) override;
    void stop() override;

private:
    QTextToSpeech* engine();

    std::unique_ptr<QTextToSpeech> m_engine;
    bool m_triedEngine = false;
};
