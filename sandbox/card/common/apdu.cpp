// SPDX-License-Identifier: GPL-3.0-or-later
#include "apdu.h"

bool CommandApdu::parse(const QByteArray& raw, CommandApdu& out)
{
    if (raw.size() < 4)
        return false;
    const auto byte = [&raw](int i) { return static_cast<quint8>(raw.at(i)); };
    out = CommandApdu {};
    out.cla = byte(0);
    out.ins = byte(1);
    out.p1 = byte(2);
    out.p2 = byte(3);
    if (raw.size() == 4)
        return true; // case 1
    if (raw.size() == 5) {
        out.le = byte(4); // case 2
        return true;
    }
    const int lc = byte(4);
    // T=0 cards have no extended length: Lc = 00 followed by data is malformed.
    if (lc == 0)
        return false;
    if (raw.size() != 5 + lc && raw.size() != 6 + lc)
        return false;
    out.hasLc = true;
    out.data = raw.mid(5, lc);
    if (raw.size() == 6 + lc)
        out.le = byte(5 + lc); // case 4 with Le: a T=0 card just ignores it
    return true;
}

QByteArray responseApdu(const QByteArray& data, quint16 sw)
{
    QByteArray out = data;
    out.append(static_cast<char>(sw >> 8));
    out.append(static_cast<char>(sw & 0xFF));
    return out;
}
