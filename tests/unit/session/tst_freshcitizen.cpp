// SPDX-License-Identifier: GPL-3.0-or-later
#include "a11y/speaker.h"
#include "a11y/spokenguide.h"
#include "i18n/languagecontroller.h"
#include "session/freshcitizen.h"
#include "session/sessioncontroller.h"
#include "theme/theme.h"

#include <QTest>

namespace {

struct RecordingSpeaker : Speaker
{
    QStringList said;
    int stops = 0;
    void say(const QString& text, const QLocale&) override { said << text; }
    void stop() override { ++stops; }
};

/** A station and its services, wired as AppServices wires them at the kiosk. */
struct Station
{
    explicit Station(StationLook look)
    {
        language.setLanguage(look.language);
        theme.setLargeText(look.largeText);
        theme.setHighContrast(look.highContrast);
        auto owned = std::make_unique<RecordingSpeaker>();
        speaker = owned.get();
        speech = std::make_unique<SpokenGuide>(&language, std::move(owned));
        speech->setEnabled(look.spokenGuidance);
        wireFreshCitizen(&session, look, &language, &theme, speech.get());
    }
    SessionController session;
    LanguageController language;
    Theme theme { true };
    RecordingSpeaker* speaker = nullptr;
    std::unique_ptr<SpokenGuide> speech;
};

} // namespace

class TestFreshCitizen : public QObject
{
    Q_OBJECT

private slots:
    void sessionEnd_bringsBackTheStationsLook()
    {
        Station s({ QStringLiteral("fr"), false, false, false });
        s.session.begin(); // a card was read
        s.language.setLanguage(QStringLiteral("nl"));
        s.theme.setLargeText(true);
        s.theme.setHighContrast(true);
        s.speech->setEnabled(true);
        s.speech->say(QStringLiteral("Bonjour Alice"));
        QCOMPARE(s.speech->lastSpoken(), QStringLiteral("Bonjour Alice"));

        s.session.end(SessionController::EndReason::CardRemoved);

        QCOMPARE(s.language.language(), QStringLiteral("fr"));
        QVERIFY(!s.theme.largeText());
        QVERIFY(!s.theme.highContrast());
        QVERIFY(!s.speech->enabled());
        QVERIFY(s.speech->lastSpoken().isEmpty()); // a name heard is not kept for the next one
        QVERIFY(s.speaker->stops >= 1); // and is not still being read out
        QVERIFY(!s.session.active());
    }

    void aStationWithAids_keepsThemForEveryCitizen()
    {
        // A station set up for low vision: its own aids come back, a citizen's "off" does not stay.
        Station s({ QStringLiteral("de"), true, true, true });
        s.session.begin();
        s.language.setLanguage(QStringLiteral("en"));
        s.theme.setLargeText(false);
        s.theme.setHighContrast(false);
        s.speech->setEnabled(false);

        s.session.end(SessionController::EndReason::IdleTimeout);

        QCOMPARE(s.language.language(), QStringLiteral("de"));
        QVERIFY(s.theme.largeText());
        QVERIFY(s.theme.highContrast());
        QVERIFY(s.speech->enabled());
    }

    void aChoiceOnTheWelcomeScreen_opensASession_soWalkingAwayUndoesIt()
    {
        Station s({ QStringLiteral("fr"), false, false, false });
        QVERIFY(!s.session.active());
        s.theme.setHighContrast(true);
        QVERIFY(s.session.active()); // the idle time-out now runs for this citizen
        s.session.end(SessionController::EndReason::IdleTimeout);
        QVERIFY(!s.theme.highContrast());
        QVERIFY(!s.session.active()); // putting the look back does not open another one
    }

    void theStationsOwnLook_opensNoSession()
    {
        Station s({ QStringLiteral("fr"), false, false, false });
        s.language.setLanguage(QStringLiteral("fr"));
        s.theme.setLargeText(false);
        QVERIFY(!s.session.active());
    }
};

QTEST_GUILESS_MAIN(TestFreshCitizen)
#include "tst_freshcitizen.moc"
