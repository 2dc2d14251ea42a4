// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalsimulator.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

TerminalSimulator::TerminalSimulator(QStringList script, int stepMs, QObject* parent)
    : QObject(parent)
    , m_script(std::move(script))
    , m_stepMs(stepMs)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                while (socket->canReadLine()) {
                    const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine());
                    if (doc.isObject())
                        onLine(socket, doc.object());
                }
                if (socket->bytesAvailable() > 4096)
                    socket->abort(); // not our protocol
            });
        }
    });
}

bool TerminalSimulator::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

QString TerminalSimulator::nextOutcome(const QString& reference)
{
    static const QRegularExpression inReference(QStringLiteral("outcome=([a-z]+)"));
    const QRegularExpressionMatch m = inReference.match(reference);
    if (m.hasMatch())
        return m.captured(1);
    const QString outcome = m_script.value(qMin(m_sales, int(m_script.size()) - 1));
    ++m_sales;
    return outcome;
}

void TerminalSimulator::onLine(QTcpSocket* socket, const QJsonObject& message)
{
    const QString type = message.value(QLatin1String("type")).toString();
    const QString txn = message.value(QLatin1String("txn")).toString();
    if (txn.isEmpty())
        return;
    if (type == QLatin1String("sale")) {
        if (message.value(QLatin1String("amount_cents")).toInteger() <= 0) {
            send(socket, { { "type", "result" }, { "txn", txn }, { "outcome", "declined" } });
            return;
        }
        std::printf("sale %s %lld cents\n", qPrintable(txn),
            static_cast<long long>(message.value(QLatin1String("amount_cents")).toInteger()));
        std::fflush(stdout);
        sale(socket, txn, nextOutcome(message.value(QLatin1String("reference")).toString()));
    } else if (type == QLatin1String("abort")) {
        m_aborted.insert(txn, true);
    } else if (type == QLatin1String("query")) {
        send(socket,
            m_results.contains(txn) ? m_results.value(txn)
                                    : QJsonObject { { "type", "unknown" }, { "txn", txn } });
    }
}

void TerminalSimulator::sale(QTcpSocket* socket, const QString& txn, const QString& outcome)
{
    QPointer<QTcpSocket> link(socket);
    send(socket, { { "type", "progress" }, { "txn", txn }, { "stage", "present_card" } });
    QTimer::singleShot(m_stepMs, this, [=] {
        if (m_aborted.value(txn) || !link) {
            const QJsonObject result { { "type", "result" }, { "txn", txn },
                { "outcome", "cancelled" } };
            m_results.insert(txn, result);
            send(link, result);
            return;
        }
        send(link, { { "type", "progress" }, { "txn", txn }, { "stage", "enter_pin" } });
        QTimer::singleShot(m_stepMs, this, [=] {
            if (outcome == QLatin1String("timeout"))
                return; // the terminal hangs: the app must give up by itself
            send(link, { { "type", "progress" }, { "txn", txn }, { "stage", "authorising" } });
            QJsonObject result { { "type", "result" }, { "txn", txn } };
            if ((outcome == QLatin1String("approve") || outcome == QLatin1String("drop"))
                && !m_aborted.value(txn)) {
                result.insert("outcome", "approved");
                result.insert("auth_code",
                    QString::number(QRandomGenerator::global()->bounded(100000, 999999)));
            } else if (outcome == QLatin1String("decline")) {
                result.insert("outcome", "declined");
            } else {
                result.insert("outcome", "cancelled");
            }
            m_results.insert(txn, result);
            if (outcome == QLatin1String("drop")) {
                if (link)
                    link->abort(); // approved at the bank, but the app never hears it
                return;
            }
            send(link, result);
        });
    });
}

void TerminalSimulator::send(QTcpSocket* socket, const QJsonObject& message)
{
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        socket->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}
