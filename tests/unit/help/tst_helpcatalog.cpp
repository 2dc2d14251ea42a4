// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/helpcatalog.h"
#include "i18n/languagecontroller.h"

#include <QSignalSpy>
#include <QTest>

class TestHelpCatalog : public QObject
{
    Q_OBJECT

    static QStringList ids(const HelpCatalog& help)
    {
        QStringList out;
        for (const QVariant& e : help.entries())
            out << e.toMap().value(QStringLiteral("id")).toString();
        return out;
    }

private slots:
    void everyLanguage_hasTheTwelveFaqAnswers_inTheSameOrder()
    {
        LanguageController language;
        HelpCatalog help(&language);
        const QStringList french = ids(help);
        QCOMPARE(french.size(), 12);
        QCOMPARE(french.first(), QStringLiteral("why-account"));
        QCOMPARE(french.last(), QStringLiteral("stuck-on-form"));
        QCOMPARE(help.title(), QStringLiteral("Aide"));

        QSet<QString> questions;
        for (const char* lang : { "nl", "de", "en" }) {
            QVERIFY(help.load(QLatin1String(lang)));
            QCOMPARE(ids(help), french);
            for (const QVariant& e : help.entries())
                QVERIFY(!e.toMap().value(QStringLiteral("answer")).toString().isEmpty());
            questions.insert(help.entry(QStringLiteral("security-code"))
                                 .value(QStringLiteral("question"))
                                 .toString());
        }
        QCOMPARE(questions.size(), 3); // really translated, not copies
    }

    void followsTheLanguage()
    {
        LanguageController language;
        HelpCatalog help(&language);
        QSignalSpy changed(&help, &HelpCatalog::changed);
        language.setLanguage(QStringLiteral("de"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(help.title(), QStringLiteral("Hilfe"));
        QVERIFY(help.entry(QStringLiteral("security-code"))
                    .value(QStringLiteral("answer"))
                    .toString()
                    .contains(QStringLiteral("Maestro")));
    }

    void missingLanguage_keepsWhatItHad()
    {
        LanguageController language;
        HelpCatalog help(&language);
        QVERIFY(!help.load(QStringLiteral("xx")));
        QCOMPARE(help.entries().size(), 12);
        QVERIFY(help.entry(QStringLiteral("nope")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHelpCatalog)
#include "tst_helpcatalog.moc"
