// SPDX-License-Identifier: GPL-3.0-or-later
// Command line of eguichet-vcard.
#pragma once

#include <QString>
#include <QStringList>

/** What the emulator was asked to do, including the faults it injects. */
struct EmulatorOptions
{
    QString imageDir;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    /** Pull the card (close the socket) after answering this many APDUs; 0 = never. One-shot. */
    int pullAfterApdus = 0;
    int latencyMs = 0;
    /** Answer GET ATR only while unpowered: pcscd sees a card that never powers up. */
    bool mute = false;
    /** Exit once the card has been removed (by vpcd, a fault or SIGUSR2). */
    bool once = false;
    /** Start pulled; SIGUSR1 inserts. */
    bool startPulled = false;
    QString pidFile;
    bool verbose = false;

    /** Parses argv; on error or --help returns false with the text to print in *message. */
    static bool parse(const QStringList& arguments, EmulatorOptions& out, QString* message);
};
