// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpproxy.h"

#include <QSslConfiguration>
#include <QSslSocket>

#include <memory>

TcpProxy::TcpProxy(quint16 cityPort, const QList<QSslCertificate>& cityCa, QObject* parent)
    : QTcpServer(parent)
    , m_cityPort(cityPort)
    , m_cityCa(cityCa)
{
    listen(QHostAddress::LocalHost, 0);
}

void TcpProxy::incomingConnection(qintptr descriptor)
{
    auto* app = new QTcpSocket(this);
    app->setSocketDescriptor(descriptor);
    auto* city = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_cityCa);
    city->setSslConfiguration(tls);
    city->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_cityPort);
    auto pending = std::make_shared<QByteArray>();
    connect(city, &QSslSocket::encrypted, city, [city, pending]() {
        city->write(*pending);
        pending->clear();
    });
    connect(app, &QTcpSocket::readyRead, city, [app, city, pending]() {
        if (city->isEncrypted())
            city->write(app->readAll());
        else
            pending->append(app->readAll());
    });
    connect(city, &QSslSocket::readyRead, app, [this, app, city]() {
        const QByteArray bytes = city->readAll();
        if (passAnswers)
            app->write(bytes);
    });
    connect(app, &QTcpSocket::disconnected, city, &QTcpSocket::disconnectFromHost);
    connect(city, &QTcpSocket::disconnected, app, &QTcpSocket::disconnectFromHost);
    connect(app, &QTcpSocket::disconnected, app, &QObject::deleteLater);
    connect(city, &QTcpSocket::disconnected, city, &QObject::deleteLater);
}
