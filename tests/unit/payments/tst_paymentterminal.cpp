// SPDX-License-Identifier: GPL-3.0-or-later
// The TCP terminal client against the real simulator (sandbox/terminal) for every outcome:
// approved, declined, cancelled (on the terminal and by abort), time-out, connection lost
// mid-payment (then recovered with `query`), and no terminal at all.

#include "payments/tcppaymentterminal.h"
#include "payments/terminalcheckout.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

/** Starts the simulator with `args`; its port, or 0. */
quint16 startSimulator(QProcess& process, const QStringList& args)
{
    process.setProgram(QStringLiteral(EGUICHET_TERMINAL_SIM));
    process.setArguments(QStringList { "--listen", "127.0.0.1:0", "--step-ms", "20" } + args);
    process.start();
    if (!process.waitForStarted(5000))
        return 0;
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(5000))
        line += process.readLine();
    const int colon = line.lastIndexOf(':');
    return colon > 0 ? quint16(line.mid(colon + 1).trimmed().toUInt()) : 0;
}

void stop(QProcess& process)
{
    process.terminate();
    if (!process.waitForFinished(3000))
        process.kill();
    process.waitForFinished(3000);
}

PaymentTerminal::Result runSale(
    TcpPaymentTerminal& terminal, const QString& reference, QStringList* stages = nullptr)
{
    QSignalSpy done(&terminal, &PaymentTerminal::finished);
    QSignalSpy progress(&terminal, &PaymentTerminal::progress);
    if (!terminal.start(500, reference))
        return {};
    if (!done.wait(5000) || done.size() != 1)
        return {};
    if (stages) {
        for (const QList<QVariant>& p : progress)
            *stages << p.at(0).toString();
    }
    return done.first().at(0).value<PaymentTerminal::Result>();
}

} // namespace

class TestPaymentTerminal : public QObject
{
    Q_OBJECT

private:
    QProcess m_sim;
    quint16 m_port = 0;

    /** Sales the simulator has started since the last call (it prints one line per sale). */
    int newSales()
    {
        m_sim.waitForReadyRead(100);
        return int(m_sim.readAllStandardOutput().count("sale "));
    }

    TerminalCheckout::State waitForOutcome(TerminalCheckout& checkout)
    {
        QSignalSpy changed(&checkout, &TerminalCheckout::stateChanged);
        while (checkout.state() == TerminalCheckout::InProgress && changed.wait(5000)) { }
        return checkout.state();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PaymentTerminal::Result>();
        // One simulator for the scripted sales; the reference may pick an outcome too.
        m_port = startSimulator(m_sim, { "--script", "approve,decline,cancel" });
        QVERIFY(m_port != 0);
    }
    void cleanupTestCase() { stop(m_sim); }

    void scriptedOutcomes()
    {
        TcpPaymentTerminal terminal(QStringLiteral("127.0.0.1"), m_port);
        QStringList stages;
        PaymentTerminal::Result r
            = runSale(terminal, QStringLiteral("+++010/8068/17183+++"), &stages);
        QCOMPARE(r.outcome, PaymentTerminal::Outcome::Approved);
        QVERIFY(!r.authorisationCode.isEmpty());
        QCOMPARE(stages, (QStringList { "present_card", "enter_pin", "authorising" }));
        QCOMPARE(
            runSale(terminal, QStringLiteral("r2")).outcome, PaymentTerminal::Outcome::Declined);
        QCOMPARE(
            runSale(terminal, QStringLiteral("r3")).outcome, PaymentTerminal::Outcome::Cancelled);
    }

    void abortByApp_isCancelled()
    {
        TcpPaymentTerminal terminal(QStringLiteral("127.0.0.1"), m_port);
        QSignalSpy done(&terminal, &PaymentTerminal::finished);
        QSignalSpy progress(&terminal, &PaymentTerminal::progress);
        QVERIFY(terminal.start(500, QStringLiteral("outcome=approve")));
        QVERIFY(!terminal.start(500, QStringLiteral("second"))); // one sale at a time
        QVERIFY(progress.wait(5000)); // the terminal has the sale: the citizen may cancel
        terminal.abort();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).value<PaymentTerminal::Result>().outcome,
            PaymentTerminal::Outcome::Cancelled);
    }

    void silentTerminal_timesOut()
    {
        TcpPaymentTerminal terminal(QStringLiteral("127.0.0.1"), m_port);
        terminal.setDeadline(300);
        const PaymentTerminal::Result r = runSale(terminal, QStringLiteral("outcome=timeout"));
        QCOMPARE(r.outcome, PaymentTerminal::Outcome::Timeout);
        QVERIFY(!terminal.isBusy());
    }

    void connectionLostMidPayment_thenQueryTellsTheTruth()
    {
        TcpPaymentTerminal terminal(QStringLiteral("127.0.0.1"), m_port);
        const PaymentTerminal::Result lost = runSale(terminal, QStringLiteral("outcome=drop"));
        QCOMPARE(lost.outcome, PaymentTerminal::Outcome::ConnectionLost);
        // The card was charged: asking again must say so, never start a second sale.
        QSignalSpy done(&terminal, &PaymentTerminal::finished);
        QVERIFY(terminal.query(lost.transactionId));
        QVERIFY(done.wait(5000));
        const auto found = done.first().at(0).value<PaymentTerminal::Result>();
        QCOMPARE(found.outcome, PaymentTerminal::Outcome::Approved);
        QCOMPARE(found.transactionId, lost.transactionId);
    }

    void checkout_lostSaleApproved_isFoundNotChargedTwice()
    {
        newSales();
        TcpPaymentTerminal terminal(QStringLiteral("127.0.0.1"), m_port);
        TerminalCheckout checkout(&terminal);
        QVERIFY(checkout.start(500, QStringLiteral("outcome=drop")));
        QCOMPARE(waitForOutcome(checkout), TerminalCheckout::Unknown);
        const QString lost = checkout.transactionId();
        QCOMPARE(newSales(), 1);
        // The citizen presses "pay" again: the terminal is asked first, no second sale.
        QVERIFY(checkout.start(500, QStringLiteral("outcome=approve")));
        QCOMPARE(waitForOutcome(checkout), TerminalCheckout::Approved);
        QCOMPARE(checkout.transactionId(), lost);
        QVERIFY(!checkout.authorisationCode().isEmpty());
        QCOMPARE(newSales(), 0);
        QVERIFY(!checkout.start(500, QStringLiteral("again"))); // paid: nothing more to do
    }

    void checkout_hungSale_staysUnknownUntilStaffSettlesIt()
    {
        newSales();
        TcpPaymentTerminal terminal(QStringLiteral("127.0.0.1"), m_port);
        terminal.setDeadline(300);
        TerminalCheckout checkout(&terminal);
        QVERIFY(checkout.start(500, QStringLiteral("outcome=timeout")));
        QCOMPARE(waitForOutcome(checkout), TerminalCheckout::Unknown);
        QCOMPARE(newSales(), 1);
        QVERIFY(checkout.start(500, QStringLiteral("outcome=approve")));
        QCOMPARE(waitForOutcome(checkout), TerminalCheckout::Unknown); // the terminal cannot say
        QCOMPARE(newSales(), 0);
        checkout.forgetUnresolved();
        QVERIFY(checkout.start(500, QStringLiteral("outcome=decline")));
        QCOMPARE(waitForOutcome(checkout), TerminalCheckout::Declined);
        QCOMPARE(newSales(), 1);
    }

    void noTerminal_isConnectionLost()
    {
        QTcpServer probe; // a port nobody listens on any more
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        TcpPaymentTerminal terminal(QStringLiteral("127.0.0.1"), port);
        QCOMPARE(runSale(terminal, QStringLiteral("x")).outcome,
            PaymentTerminal::Outcome::ConnectionLost);
    }

    void simulator_refusesUnknownOutcome()
    {
        QProcess bad;
        bad.start(QStringLiteral(EGUICHET_TERMINAL_SIM), { "--outcome", "maybe" });
        QVERIFY(bad.waitForFinished(5000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_MAIN(TestPaymentTerminal)
#include "tst_paymentterminal.moc"
