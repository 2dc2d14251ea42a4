// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancehandover.h"

#include "logging/logcategories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>

namespace {

constexpr int kMaxMessage = 4096; // a URL; anything longer is not one of ours
const QByteArray kAck = "ok\n";

} // namespace

InstanceHandOver::InstanceHandOver(const QString& name, QObject* parent)
    : QObject(parent)
    , m_name(name)
{
    // Only this user may connect (and, with XDG_RUNTIME_DIR, even see the socket).
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &InstanceHandOver::onConnection);
}

InstanceHandOver::~InstanceHandOver() = default;

QString InstanceHandOver::defaultName()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
#ifdef Q_OS_LINUX
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(QStringLiteral("eguichet.socket"));
#endif
    // Elsewhere the name is shared by all users: a hash of the user's name and home keeps
    // them apart without writing the name itself.
    const QByteArray user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).toUtf8()
        + '\0' + QDir::homePath().toUtf8();
    return QStringLiteral("eguichet-")
        + QString::fromLatin1(
            QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(16));
}

bool InstanceHandOver::handTo(const QString& name, const QString& message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message.toUtf8().left(kMaxMessage - 1) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == kAck;
}

bool InstanceHandOver::listen()
{
    if (m_server.isListening())
        return true;
    // Asked first: with access options Qt replaces an existing socket file without a word.
    // Someone answers: the app runs already. Nobody: a crash may have left the socket behind.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000))
        return false;
    if (m_server.listen(m_name))
        return true;
    if (m_server.serverError() != QAbstractSocket::AddressInUseError)
        return false;
    QLocalServer::removeServer(m_name);
    return m_server.listen(m_name);
}

void InstanceHandOver::onConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QPointer<QLocalSocket> guard(socket);
        connect(socket, &QLocalSocket::readyRead, this, [this, guard] {
            if (!guard)
                return;
            if (!guard->canReadLine()) {
                if (guard->bytesAvailable() > kMaxMessage)
                    guard->abort(); // not a URL: a broken or hostile peer
                return;
            }
            const QString message = QString::fromUtf8(guard->readLine()).trimmed();
            guard->write(kAck);
            guard->flush();
            guard->disconnectFromServer();
            qCInfo(lcApp) << "a later launch handed over its address";
            emit received(message);
        });
    }
}
