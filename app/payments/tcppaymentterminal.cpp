// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcppaymentterminal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

constexpr int kMaxLine = 4096; // a longer line is a broken peer, not a message

} // namespace

TcpPaymentTerminal::TcpPaymentTerminal(const QString& host, quint16 port, QObject* parent)
    : PaymentTerminal(parent)
    , m_host(host)
    , m_port(port)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        send(QJsonObject { { "type", "abort" }, { "txn", m_transaction } });
        m_socket.flush();
        finish(Outcome::Timeout);
    });
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.write(m_pending);
        m_pending.clear();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &TcpPaymentTerminal::readLines);
    connect(
        &m_socket, &QTcpSocket::disconnected, this, [this] { finish(Outcome::ConnectionLost); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this,
        [this](QAbstractSocket::SocketError) { finish(Outcome::ConnectionLost); });
}

bool TcpPaymentTerminal::start(
    qint64 amountCents, const QString& reference, const QString& transactionId)
{
    if (m_busy || amountCents <= 0)
        return false;
    m_transaction = transactionId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                            : transactionId;
    const QJsonObject sale { { "type", "sale" }, { "txn", m_transaction },
        { "amount_cents", amountCents }, { "currency", "EUR" }, { "reference", reference } };
    open(QJsonDocument(sale).toJson(QJsonDocument::Compact) + '\n');
    return true;
}

bool TcpPaymentTerminal::query(const QString& transactionId)
{
    if (m_busy || transactionId.isEmpty())
        return false;
    m_transaction = transactionId;
    const QJsonObject q { { "type", "query" }, { "txn", transactionId } };
    open(QJsonDocument(q).toJson(QJsonDocument::Compact) + '\n');
    return true;
}

void TcpPaymentTerminal::open(const QByteArray& firstLine)
{
    // The previous link goes first: its late `disconnected` must not end the new sale.
    m_socket.abort();
    m_busy = true;
    m_buffer.clear();
    m_pending = firstLine;
    m_deadline.start(m_deadlineMs);
    m_socket.connectToHost(m_host, m_port);
}

void TcpPaymentTerminal::abort()
{
    if (m_busy)
        send(QJsonObject { { "type", "abort" }, { "txn", m_transaction } });
}

void TcpPaymentTerminal::send(const QJsonObject& message)
{
    const QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.write(line);
}

void TcpPaymentTerminal::readLines()
{
    m_buffer += m_socket.readAll();
    int end;
    while (m_busy && (end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            handle(doc.object());
    }
    if (m_busy && m_buffer.size() > kMaxLine)
        finish(Outcome::ConnectionLost);
}

void TcpPaymentTerminal::handle(const QJsonObject& message)
{
    if (message.value(QLatin1String("txn")).toString() != m_transaction)
        return; // an answer about another sale is not ours to act on
    const QString type = message.value(QLatin1String("type")).toString();
    if (type == QLatin1String("progress")) {
        emit progress(message.value(QLatin1String("stage")).toString());
        return;
    }
    if (type == QLatin1String("unknown"))
        return finish(Outcome::ConnectionLost);
    if (type != QLatin1String("result"))
        return;
    const QString outcome = message.value(QLatin1String("outcome")).toString();
    const QString code = message.value(QLatin1String("auth_code")).toString();
    if (outcome == QLatin1String("approved"))
        finish(Outcome::Approved, code);
    else if (outcome == QLatin1String("declined"))
        finish(Outcome::Declined);
    else if (outcome == QLatin1String("cancelled"))
        finish(Outcome::Cancelled);
    else
        finish(Outcome::ConnectionLost); // unknown word: we cannot tell what happened
}

void TcpPaymentTerminal::finish(Outcome outcome, const QString& authorisationCode)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_deadline.stop();
    Result result;
    result.outcome = outcome;
    result.transactionId = m_transaction;
    result.authorisationCode = authorisationCode;
    m_socket.disconnectFromHost();
    emit finished(result);
}
