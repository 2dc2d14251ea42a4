// SPDX-License-Identifier: GPL-3.0-or-later
// Kiosk-to-counter drafts (sandbox/city/handoff.*): the code's shape, and the sealing under a
// key only the code gives: a wrong code or one changed byte opens nothing.
#include "handoff.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

class TestCityHandoff : public QObject
{
    Q_OBJECT
private slots:
    void codes_are_short_unambiguous_and_random()
    {
        const QRegularExpression shape(
            QStringLiteral("^[2-9A-HJKMNP-TW-Z]{5}-[2-9A-HJKMNP-TW-Z]{5}$"));
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString code = newHandoffCode();
            QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
            seen.insert(code);
        }
        QCOMPARE(seen.size(), 200);
        QCOMPARE(normalisedHandoffCode(" k7p4q - x9m2h "), QString("K7P4QX9M2H"));
    }

    void only_the_code_opens_the_draft_and_nothing_altered_opens()
    {
        const QString code = QStringLiteral("K7P4Q-X9M2H");
        const QByteArray draft = R"({"service":"composition-de-menage","data":{"copies":"2"}})";
        const QByteArray sealed = sealWithCode(code, draft);
        QVERIFY(!sealed.contains("composition"));
        QCOMPARE(sealed.size(), 12 + draft.size() + 16); // nonce, ciphertext, tag
        QCOMPARE(openWithCode(code, sealed), draft);
        QCOMPARE(openWithCode(QStringLiteral("k7p4q x9m2h"), sealed), draft); // as typed
        QVERIFY(openWithCode(QStringLiteral("K7P4Q-X9M2J"), sealed).isEmpty());
        for (int at : { 0, 12, int(sealed.size()) - 1 }) { // nonce, ciphertext, tag
            QByteArray altered = sealed;
            altered[at] = char(altered[at] ^ 0x01);
            QVERIFY2(openWithCode(code, altered).isEmpty(), qPrintable(QString::number(at)));
        }
        QVERIFY(openWithCode(code, sealed.left(20)).isEmpty());
        // Two seals of the same draft differ (fresh nonce); the lookup key is the code's only.
        QVERIFY(sealWithCode(code, draft) != sealed);
        QCOMPARE(handoffLookupKey(code), handoffLookupKey(QStringLiteral("k7p4qx9m2h")));
        QVERIFY(handoffLookupKey(code) != handoffLookupKey(QStringLiteral("K7P4Q-X9M2J")));
        QVERIFY(!handoffLookupKey(code).contains("K7P4Q"));
    }
};

QTEST_GUILESS_MAIN(TestCityHandoff)
#include "tst_city_handoff.moc"
