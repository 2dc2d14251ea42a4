// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/languagecontroller.h"

#include <QCoreApplication>
#include <QDate>
#include <QSignalSpy>
#include <QTest>

class TestLanguageController : public QObject
{
    Q_OBJECT

private slots:
    void switching_translatesCoreStrings_andSignalsOnce()
    {
        LanguageController lc;
        QSignalSpy spy(&lc, &LanguageController::languageChanged);
        QVERIFY(lc.setLanguage(QStringLiteral("nl")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lc.language(), QStringLiteral("nl"));
        // A string the shell always shows, from the compiled .qm.
        QCOMPARE(QCoreApplication::translate("WelcomePage", "Insérez votre carte d'identité"),
            QStringLiteral("Steek uw identiteitskaart in"));
        QVERIFY(lc.setLanguage(QStringLiteral("nl")));
        QCOMPARE(spy.count(), 1);
        QVERIFY(lc.setLanguage(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("WelcomePage", "Insérez votre carte d'identité"),
            QStringLiteral("Insérez votre carte d'identité"));
    }

    void unsupportedLanguage_isRefused()
    {
        LanguageController lc;
        QSignalSpy spy(&lc, &LanguageController::languageChanged);
        QVERIFY(!lc.setLanguage(QStringLiteral("es")));
        QCOMPARE(lc.language(), QStringLiteral("fr"));
        QCOMPARE(spy.count(), 0);
    }

    void belgianFormats()
    {
        LanguageController lc;
        lc.setLanguage(QStringLiteral("fr"));
        QCOMPARE(lc.formatDate(QDate(2026, 3, 9)), QStringLiteral("09/03/2026"));
        QVERIFY2(lc.formatAmount(1250).contains(QStringLiteral("12,50")),
            qPrintable(lc.formatAmount(1250)));
        QVERIFY(lc.formatAmount(1250).contains(QStringLiteral("€")));
        lc.setLanguage(QStringLiteral("de"));
        QVERIFY2(lc.formatDate(QDate(2026, 3, 9)).startsWith(QStringLiteral("09.03.2026")),
            qPrintable(lc.formatDate(QDate(2026, 3, 9))));
    }
};

QTEST_GUILESS_MAIN(TestLanguageController)
#include "tst_languagecontroller.moc"
