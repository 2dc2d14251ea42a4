// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessioncontroller.h"

#include <QSignalSpy>
#include <QTest>

class TestSessionController : public QObject
{
    Q_OBJECT

private slots:
    void end_runsEveryWiperInOrder_beforeAnnouncing()
    {
        SessionController s;
        QStringList trace;
        s.addWiper([&] { trace << "identity"; });
        s.addWiper([&] { trace << "drafts"; });
        connect(&s, &SessionController::ended, this, [&] { trace << "ended"; });
        s.begin();
        QVERIFY(s.active());
        s.end(SessionController::EndReason::CardRemoved);
        QCOMPARE(trace, (QStringList { "identity", "drafts", "ended" }));
        QVERIFY(!s.active());
        QCOMPARE(s.lastEndReason(), SessionController::EndReason::CardRemoved);
    }

    void end_withoutSession_doesNothing()
    {
        SessionController s;
        int wipes = 0;
        s.addWiper([&] { ++wipes; });
        QSignalSpy ended(&s, &SessionController::ended);
        s.end(SessionController::EndReason::IdleTimeout);
        QCOMPARE(wipes, 0);
        QCOMPARE(ended.count(), 0);
        s.begin();
        s.finish();
        s.finish();
        QCOMPARE(wipes, 1);
        QCOMPARE(ended.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
