// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paymentterminal.h"

#include <QObject>

/**
 * A payment on the terminal that cannot be made twice: after a time-out or a lost link the
 * outcome of the sale is unknown (the card may have been charged), so the next start() first
 * asks the terminal about that sale (`query`) and starts a new one only if it was not
 * approved. docs/payment-terminal.md, "Never twice".
 */
class TerminalCheckout : public QObject
{
    Q_OBJECT

public:
    enum State { Idle, InProgress, Approved, Declined, Cancelled, Unknown };
    Q_ENUM(State)

    explicit TerminalCheckout(PaymentTerminal* terminal, QObject* parent = nullptr);

    State state() const { return m_state; }
    QString authorisationCode() const { return m_result.authorisationCode; }
    QString transactionId() const { return m_result.transactionId; }
    /**
     * A sale unless the previous one's outcome is still to be found out (then asks first).
     * transactionId: the id the caller wrote down for this sale (empty: the terminal's own).
     */
    bool start(qint64 amountCents, const QString& reference, const QString& transactionId = {});
    /**
     * Asks what became of a sale written down before a crash (PaymentFlow's journal), and
     * nothing more: Approved, Declined, Cancelled, or Unknown while the terminal cannot tell.
     */
    bool resolve(const QString& transactionId);
    void cancel() { m_terminal->abort(); }
    /** A new basket: the last sale's result is forgotten (an unresolved sale is not). */
    void reset();
    /** Staff checked the terminal's own journal: the unknown sale is settled by hand. */
    void forgetUnresolved() { m_unresolved.clear(); }

signals:
    void stateChanged(TerminalCheckout::State state);
    void progress(const QString& stage);

private:
    void onFinished(const PaymentTerminal::Result& result);
    void setState(State state);

    PaymentTerminal* m_terminal;
    State m_state = Idle;
    PaymentTerminal::Result m_result;
    QString m_unresolved; // the sale whose outcome is unknown
    bool m_querying = false;
    bool m_resolveOnly = false; // resolve(): no sale follows the answer
    qint64 m_amountCents = 0;
    QString m_reference;
    QString m_transactionId; // of the sale start() was asked for
};
