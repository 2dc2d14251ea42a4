// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paymentterminal.h"

#include <QTcpSocket>
#include <QTimer>

/**
 * PaymentTerminal over TCP with one JSON object per line (docs/payment-terminal.md): connect,
 * `sale`, `progress`…, `result`. A silent terminal is aborted after the deadline; a broken
 * link before the result is ConnectionLost (the outcome is then unknown: ask the terminal
 * with `query()` once it is back).
 */
class TcpPaymentTerminal : public PaymentTerminal
{
    Q_OBJECT

public:
    TcpPaymentTerminal(const QString& host, quint16 port, QObject* parent = nullptr);

    /** How long a sale may take, card and PIN included (default 120 s). */
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    bool start(qint64 amountCents, const QString& reference,
        const QString& transactionId = QString()) override;
    void abort() override;
    bool query(const QString& transactionId) override;
    bool isBusy() const { return m_busy; }

private:
    void open(const QByteArray& firstLine);
    void send(const QJsonObject& message);
    void readLines();
    void handle(const QJsonObject& message);
    void finish(Outcome outcome, const QString& authorisationCode = {});

    QString m_host;
    quint16 m_port;
    int m_deadlineMs = 120000;
    QTcpSocket m_socket;
    QTimer m_deadline;
    QByteArray m_buffer;
    QByteArray m_pending; // first line, sent once connected
    QString m_transaction;
    bool m_busy = false;
};
