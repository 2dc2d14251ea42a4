// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalcheckout.h"

TerminalCheckout::TerminalCheckout(PaymentTerminal* terminal, QObject* parent)
    : QObject(parent)
    , m_terminal(terminal)
{
    connect(m_terminal, &PaymentTerminal::finished, this, &TerminalCheckout::onFinished);
    connect(m_terminal, &PaymentTerminal::progress, this, &TerminalCheckout::progress);
}

bool TerminalCheckout::start(
    qint64 amountCents, const QString& reference, const QString& transactionId)
{
    if (m_state == InProgress || m_state == Approved)
        return false;
    m_amountCents = amountCents;
    m_reference = reference;
    m_transactionId = transactionId;
    m_resolveOnly = false;
    m_querying = !m_unresolved.isEmpty();
    const bool sent = m_querying ? m_terminal->query(m_unresolved)
                                 : m_terminal->start(amountCents, reference, transactionId);
    if (sent)
        setState(InProgress);
    return sent;
}

bool TerminalCheckout::resolve(const QString& transactionId)
{
    if (m_state == InProgress || transactionId.isEmpty())
        return false;
    m_unresolved = transactionId;
    m_querying = true;
    m_resolveOnly = true;
    const bool sent = m_terminal->query(transactionId);
    if (sent)
        setState(InProgress);
    else
        setState(Unknown);
    return sent;
}

void TerminalCheckout::reset()
{
    if (m_state != InProgress)
        setState(Idle);
}

void TerminalCheckout::onFinished(const PaymentTerminal::Result& result)
{
    using Outcome = PaymentTerminal::Outcome;
    const bool wasQuery = m_querying;
    const bool resolveOnly = m_resolveOnly;
    m_querying = false;
    m_resolveOnly = false;
    m_result = result;
    switch (result.outcome) {
    case Outcome::Approved:
        m_unresolved.clear();
        return setState(Approved);
    case Outcome::Declined:
    case Outcome::Cancelled:
        m_unresolved.clear();
        if (wasQuery && !resolveOnly) {
            // The lost sale did not go through: now the citizen's new one may.
            if (!m_terminal->start(m_amountCents, m_reference, m_transactionId))
                setState(Unknown);
            return;
        }
        return setState(result.outcome == Outcome::Declined ? Declined : Cancelled);
    case Outcome::Timeout:
    case Outcome::ConnectionLost:
        break;
    }
    // Unknown outcome: remember the sale (a query does not replace the one it asks about).
    if (!wasQuery)
        m_unresolved = result.transactionId;
    setState(Unknown);
}

void TerminalCheckout::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
