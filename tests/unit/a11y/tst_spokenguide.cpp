// SPDX-License-Identifier: GPL-3.0-or-later
#include "a11y/speaker.h"
#include "a11y/spokenguide.h"
#include "i18n/languagecontroller.h"

#include <QTest>

namespace {

struct RecordingSpeaker : Speaker
{
    QStringList said;
    QList<QLocale> locales;
    int stops = 0;
    void say(const QString& text, const QLocale& locale) override
    {
        said << text;
        locales << locale;
    }
    void stop() override { ++stops; }
};

} // namespace

class TestSpokenGuide : public QObject
{
    Q_OBJECT

private slots:
    void off_saysNothing()
    {
        LanguageController language;
        auto speaker = std::make_unique<RecordingSpeaker>();
        RecordingSpeaker* rec = speaker.get();
        SpokenGuide guide(&language, std::move(speaker));
        guide.announcePage(QStringLiteral("Bienvenue"), QStringLiteral("Insérez votre carte"));
        guide.say(QStringLiteral("Erreur"));
        QVERIFY(rec->said.isEmpty());
    }

    void on_readsTitleThenInstructions_inTheInterfaceLanguage()
    {
        LanguageController language;
        auto speaker = std::make_unique<RecordingSpeaker>();
        RecordingSpeaker* rec = speaker.get();
        SpokenGuide guide(&language, std::move(speaker));
        guide.setEnabled(true);
        QCOMPARE(rec->said.size(), 1); // the confirmation that guidance is on
        guide.announcePage(QStringLiteral("Bienvenue"), QStringLiteral("Insérez votre carte"));
        QCOMPARE(rec->said.last(), QStringLiteral("Bienvenue. Insérez votre carte"));
        QCOMPARE(rec->locales.last().language(), QLocale::French);

        language.setLanguage(QStringLiteral("nl"));
        guide.say(QStringLiteral("Fout"));
        QCOMPARE(rec->locales.last().language(), QLocale::Dutch);
        QCOMPARE(guide.lastSpoken(), QStringLiteral("Fout"));

        guide.announcePage(QStringLiteral("Hulp"));
        QCOMPARE(rec->said.last(), QStringLiteral("Hulp"));
    }

    void switchingOff_stopsSpeech()
    {
        LanguageController language;
        auto speaker = std::make_unique<RecordingSpeaker>();
        RecordingSpeaker* rec = speaker.get();
        SpokenGuide guide(&language, std::move(speaker));
        guide.setEnabled(true);
        guide.setEnabled(false);
        QCOMPARE(rec->stops, 1);
        guide.say(QStringLiteral("x"));
        QCOMPARE(rec->said.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSpokenGuide)
#include "tst_spokenguide.moc"
