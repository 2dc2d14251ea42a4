// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/admingate.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

namespace {
QString hashOf(const char* pin)
{
    return QString::fromLatin1(QCryptographicHash::hash(pin, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestAdminGate : public QObject
{
    Q_OBJECT

private slots:
    void rightPin_unlocks()
    {
        AdminGate gate(hashOf("73915"));
        QSignalSpy unlocked(&gate, &AdminGate::unlocked);
        QVERIFY(gate.configured());
        QVERIFY(!gate.unlock(QStringLiteral("73914")));
        QVERIFY(gate.unlock(QStringLiteral("73915")));
        QCOMPARE(unlocked.count(), 1);
    }

    void notConfigured_neverUnlocks()
    {
        for (const QString& h : { QString(), QStringLiteral("abcd"), QStringLiteral("not hex") }) {
            AdminGate gate(h);
            QVERIFY(!gate.configured());
            QVERIFY(!gate.unlock(QString()));
            QVERIFY(!gate.unlock(QStringLiteral("1234")));
        }
    }

    void threeWrongPins_lockTheGate_evenForTheRightOne()
    {
        AdminGate gate(hashOf("73915"));
        gate.setLockoutMs(300);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!gate.unlock(QStringLiteral("0000")));
        QVERIFY(gate.lockedSeconds() > 0);
        QVERIFY(!gate.unlock(QStringLiteral("73915")));
        QTRY_COMPARE(gate.lockedSeconds(), 0);
        QVERIFY(gate.unlock(QStringLiteral("73915")));
    }
};

QTEST_GUILESS_MAIN(TestAdminGate)
#include "tst_admingate.moc"
