// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

/**
 * A payment terminal as the app sees it (docs/payment-terminal.md): JSON lines over TCP.
 * Each sale plays the next outcome of the script (the last one repeats): approve, decline,
 * cancel, timeout (never answers), drop (closes the link mid-payment, after authorising:
 * the sale is approved but the app does not hear it). A sale whose reference contains
 * "outcome=<word>" plays that word instead. Results are kept for `query`.
 */
class TerminalSimulator : public QObject
{
    Q_OBJECT

public:
    TerminalSimulator(QStringList script, int stepMs, QObject* parent = nullptr);
    bool listen(const QHostAddress& address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }

private:
    void onLine(QTcpSocket* socket, const QJsonObject& message);
    void sale(QTcpSocket* socket, const QString& txn, const QString& outcome);
    void send(QTcpSocket* socket, const QJsonObject& message);
    QString nextOutcome(const QString& reference);

    QTcpServer m_server;
    QStringList m_script;
    int m_stepMs;
    int m_sales = 0;
    QHash<QString, QJsonObject> m_results; // txn -> result line, for `query`
    QHash<QString, bool> m_aborted;
};
