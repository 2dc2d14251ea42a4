// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QTcpServer>

/**
 * A loopback relay between the app and the city, to lose the city's answers on purpose. The
 * app talks plain HTTP to the relay; the relay talks TLS to the city (trusting its CA), so it
 * can drop answers without breaking the city's TLS handshake. Bytes from the app always reach
 * the city; the city's bytes reach the app only while passAnswers is true.
 */
class TcpProxy : public QTcpServer
{
    Q_OBJECT

public:
    TcpProxy(quint16 cityPort, const QList<QSslCertificate>& cityCa, QObject* parent = nullptr);
    bool passAnswers = true;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    quint16 m_cityPort;
    QList<QSslCertificate> m_cityCa;
};
