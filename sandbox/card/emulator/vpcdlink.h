// SPDX-License-Identifier: GPL-3.0-or-later
// The card side of the vpcd socket protocol (belpic-card.md §10.1), with fault injection.
#pragma once

#include "belpicapplet.h"
#include "emulatoroptions.h"

#include <QObject>
#include <QTcpSocket>
#include <QTimer>

/** Connects to a vpcd slot (= card inserted), answers its frames with the applet, and closes
    the socket to pull the card. Reconnects after vpcd drops it (pcscd restart) unless pulled. */
class VpcdLink : public QObject
{
    Q_OBJECT
public:
    VpcdLink(const EmulatorOptions& options, const CardImage& image, QObject* parent = nullptr);
    ~VpcdLink() override;

    void insert();
    void pull();

signals:
    /** The card left the reader and --once was given: time to exit. */
    void finished();

private:
    void connectNow();
    void onConnected();
    void onClosed();
    void acknowledgeNow();
    void processFrames();
    /** One vpcd message: a 1-byte control code or an APDU. */
    void handle(const QByteArray& message);
    void answerApdu(const QByteArray& apdu, quint64 generation);
    void send(const QByteArray& message);
    void log(const QString& text) const;

    const EmulatorOptions& m_options;
    BelpicApplet m_applet;
    QTcpSocket m_socket;
    QTimer m_retry;
    QTimer m_silence;
    QByteArray m_buffer;
    bool m_wantInserted = false;
    bool m_closingOnPurpose = false;
    bool m_powered = false;
    bool m_busy = false;
    int m_apdus = 0;
    bool m_pullFaultSpent = false;
    /** Bumped on every new connection so that late latency timers do not answer a new one. */
    quint64 m_generation = 0;
};
