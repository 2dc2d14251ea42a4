// SPDX-License-Identifier: GPL-3.0-or-later
// A short command APDU as it reaches a T=0 card through vpcd (ISO 7816-4 §5.1).
#pragma once

#include <QByteArray>
#include <QtGlobal>

/** Parsed command APDU: header, optional data (Lc) and optional Le (short form only). */
struct CommandApdu
{
    quint8 cla = 0;
    quint8 ins = 0;
    quint8 p1 = 0;
    quint8 p2 = 0;
    QByteArray data;
    bool hasLc = false;
    /** -1 when absent; 00 means 256 for READ BINARY / GET RESPONSE. */
    int le = -1;

    /** False when the length bytes do not match the APDU size (answered 6700). */
    static bool parse(const QByteArray& raw, CommandApdu& out);
    /** Le as a byte count: 256 for 00, 0 when absent. */
    int expectedLength() const { return le < 0 ? 0 : (le == 0 ? 256 : le); }
};

/** Response APDU bytes: data followed by SW1 SW2. */
QByteArray responseApdu(const QByteArray& data, quint16 sw);
inline QByteArray responseApdu(quint16 sw)
{
    return responseApdu({}, sw);
}
