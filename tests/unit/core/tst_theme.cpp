// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme/theme.h"

#include <QTest>

class TestTheme : public QObject
{
    Q_OBJECT

private:
    // Every foreground/background pair a screen draws text with.
    static QList<QPair<QColor, QColor>> textPairs(const Theme& t)
    {
        return { { t.text(), t.background() }, { t.text(), t.surface() },
            { t.mutedText(), t.background() }, { t.mutedText(), t.surface() },
            { t.onPrimary(), t.primary() }, { t.onSecondary(), t.secondary() },
            { t.error(), t.surface() }, { t.error(), t.background() }, { t.success(), t.surface() },
            { t.primary(), t.surface() }, { t.text(), t.lockedSurface() } };
    }
    // Marks that are not text (WCAG 1.4.11): 3:1 against what they sit on.
    static QList<QPair<QColor, QColor>> markPairs(const Theme& t)
    {
        return { { t.track(), t.background() }, { t.track(), t.surface() },
            { t.border(), t.surface() }, { t.primary(), t.background() } };
    }

private slots:
    void contrastRatio_knownValues()
    {
        QCOMPARE(qRound(Theme::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(Theme::contrastRatio(Qt::red, Qt::red), 1.0);
        // #777777 on white is the classic just-failing grey: 4.48:1.
        QCOMPARE(qRound(Theme::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
    }

    void standardPalette_meetsAA()
    {
        Theme t;
        for (const auto& [fg, bg] : textPairs(t))
            QVERIFY2(
                Theme::contrastRatio(fg, bg) >= 4.5, qPrintable(fg.name() + " on " + bg.name()));
    }

    void highContrastPalette_meetsAAA()
    {
        Theme t;
        t.setHighContrast(true);
        for (const auto& [fg, bg] : textPairs(t))
            QVERIFY2(
                Theme::contrastRatio(fg, bg) >= 7.0, qPrintable(fg.name() + " on " + bg.name()));
    }

    void marks_andLockedFields_standOut_inBothPalettes()
    {
        for (const bool high : { false, true }) {
            Theme t;
            t.setHighContrast(high);
            for (const auto& [fg, bg] : markPairs(t))
                QVERIFY2(Theme::contrastRatio(fg, bg) >= 3.0,
                    qPrintable(fg.name() + " on " + bg.name()));
            // A locked field must not look like an editable one.
            QVERIFY2(Theme::contrastRatio(t.lockedSurface(), t.surface()) >= 1.2,
                qPrintable(t.lockedSurface().name() + " vs " + t.surface().name()));
        }
    }

    void largeText_growsFonts_andNotifies()
    {
        Theme t;
        const int body = t.fontBody();
        int notified = 0;
        connect(&t, &Theme::changed, this, [&] { ++notified; });
        t.setLargeText(true);
        t.setLargeText(true);
        QCOMPARE(notified, 1);
        QVERIFY(t.fontBody() >= body * 13 / 10);
    }

    void touchTargets_atLeast48px()
    {
        for (bool touch : { false, true }) {
            Theme t(touch);
            QVERIFY(t.touchTarget() >= 48);
            t.setLargeText(true);
            QVERIFY(t.touchTarget() >= 48);
        }
        QVERIFY(Theme(true).touchTarget() > Theme(false).touchTarget());
    }
};

QTEST_GUILESS_MAIN(TestTheme)
#include "tst_theme.moc"
