// SPDX-License-Identifier: GPL-3.0-or-later
#include "vpcdlink.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <QTextStream>
#include <sys/socket.h>

namespace {
constexpr char PowerOff = 0x00;
constexpr char PowerOn = 0x01;
constexpr char Reset = 0x02;
constexpr char GetAtr = 0x04;
constexpr int RetryMs = 200;
} // namespace

VpcdLink::VpcdLink(const EmulatorOptions& options, const CardImage& image, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_applet(image)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &VpcdLink::connectNow);
    // vpcd accepts one card per slot; a second one waits in the listen backlog unheard.
    m_silence.setSingleShot(true);
    m_silence.setInterval(3000);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        log(QStringLiteral("vpcd has said nothing for 3 s: is another card in this slot?"));
    });
    connect(&m_socket, &QTcpSocket::connected, this, &VpcdLink::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &VpcdLink::processFrames);
    connect(&m_socket, &QTcpSocket::disconnected, this, &VpcdLink::onClosed);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // A refused connection (vpcd not listening yet) never emits disconnected().
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            onClosed();
    });
}

VpcdLink::~VpcdLink()
{
    // The socket outlives the timers declared after it; its last disconnected() must not reach
    // onClosed() once they are gone.
    m_socket.disconnect(this);
    m_socket.abort();
}

void VpcdLink::insert()
{
    m_wantInserted = true;
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        connectNow();
}

void VpcdLink::pull()
{
    m_wantInserted = false;
    m_retry.stop();
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return;
    log(QStringLiteral("card pulled"));
    m_closingOnPurpose = true;
    // disconnectFromHost() still delivers the last answer before closing: a pull between APDUs.
    m_socket.disconnectFromHost();
}

void VpcdLink::connectNow()
{
    if (!m_wantInserted || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_socket.connectToHost(m_options.host, m_options.port);
}

void VpcdLink::onConnected()
{
    // Without TCP_NODELAY, Nagle plus delayed ACKs cost about 48 ms per APDU.
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    acknowledgeNow();
    ++m_generation;
    m_buffer.clear();
    m_busy = false;
    m_powered = false;
    m_closingOnPurpose = false;
    m_applet.reset();
    m_silence.start();
    log(QStringLiteral("card inserted (%1:%2)").arg(m_options.host).arg(m_options.port));
}

void VpcdLink::onClosed()
{
    ++m_generation;
    m_silence.stop();
    m_busy = false;
    const bool purposely = m_closingOnPurpose;
    m_closingOnPurpose = false;
    if (m_wantInserted) {
        // vpcd dropped us (pcscd restarted, or the mute card's empty ATR): come back.
        if (m_options.once && !m_options.mute) {
            emit finished();
            return;
        }
        m_retry.start();
        return;
    }
    if (purposely && m_options.once)
        emit finished();
}

void VpcdLink::acknowledgeNow()
{
    // Debian's vpcd writes the 2-byte length and the APDU in two send() calls on a socket with
    // Nagle on: the APDU waits for our ACK of the length, which Linux delays by ~40 ms. Quick
    // ACK mode is not sticky, so it is asked again after every read.
    const int on = 1;
    ::setsockopt(
        static_cast<int>(m_socket.socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
}

void VpcdLink::processFrames()
{
    m_buffer += m_socket.readAll();
    acknowledgeNow();
    m_silence.stop();
    while (!m_busy && m_buffer.size() >= 2) {
        const int length
            = (static_cast<quint8>(m_buffer.at(0)) << 8) | static_cast<quint8>(m_buffer.at(1));
        if (m_buffer.size() < 2 + length)
            return;
        const QByteArray message = m_buffer.mid(2, length);
        m_buffer.remove(0, 2 + length);
        handle(message);
    }
}

void VpcdLink::handle(const QByteArray& message)
{
    if (message.size() == 1) {
        switch (message.at(0)) {
        case PowerOff:
            m_powered = false;
            return;
        case PowerOn:
        case Reset:
            m_powered = true;
            m_applet.reset();
            return;
        case GetAtr:
            // The mute card is seen in the slot but never answers a power-up: an empty ATR
            // makes vpcd fail IFDHPowerICC.
            send(m_options.mute && m_powered ? QByteArray() : m_applet.atr());
            return;
        default:
            log(QStringLiteral("unknown control byte %1").arg(static_cast<int>(message.at(0))));
            return;
        }
    }
    ++m_apdus;
    if (m_options.verbose)
        log(QStringLiteral("APDU %1 header %2")
                .arg(m_apdus)
                .arg(QString::fromLatin1(message.left(4).toHex())));
    if (m_options.latencyMs <= 0) {
        answerApdu(message, m_generation);
        return;
    }
    m_busy = true;
    const quint64 generation = m_generation;
    QTimer::singleShot(m_options.latencyMs, this, [this, message, generation] {
        answerApdu(message, generation);
        m_busy = false;
        processFrames();
    });
}

void VpcdLink::answerApdu(const QByteArray& apdu, quint64 generation)
{
    if (generation != m_generation)
        return;
    send(m_applet.process(apdu));
    if (m_options.pullAfterApdus > 0 && !m_pullFaultSpent && m_apdus >= m_options.pullAfterApdus) {
        m_pullFaultSpent = true;
        log(QStringLiteral("fault: pulling after %1 APDUs").arg(m_apdus));
        pull();
    }
}

void VpcdLink::send(const QByteArray& message)
{
    QByteArray frame;
    frame.append(static_cast<char>(message.size() >> 8));
    frame.append(static_cast<char>(message.size() & 0xFF));
    frame.append(message);
    m_socket.write(frame);
    m_socket.flush();
}

void VpcdLink::log(const QString& text) const
{
    QTextStream(stderr) << "eguichet-vcard: " << text << Qt::endl;
}
