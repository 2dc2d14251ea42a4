// SPDX-License-Identifier: GPL-3.0-or-later
#include "derwriter.h"

QByteArray Der::tlv(int tag, const QByteArray& content)
{
    QByteArray out;
    out.append(static_cast<char>(tag));
    const int n = content.size();
    if (n < 0x80) {
        out.append(static_cast<char>(n));
    } else if (n < 0x100) {
        out.append(static_cast<char>(0x81));
        out.append(static_cast<char>(n));
    } else {
        out.append(static_cast<char>(0x82));
        out.append(static_cast<char>(n >> 8));
        out.append(static_cast<char>(n & 0xFF));
    }
    return out + content;
}

QByteArray Der::integer(int value)
{
    QByteArray content;
    do {
        content.prepend(static_cast<char>(value & 0xFF));
        value >>= 8;
    } while (value > 0);
    if (static_cast<quint8>(content.at(0)) & 0x80)
        content.prepend('\0');
    return tlv(0x02, content);
}

QByteArray Der::bitString(quint32 bits, int count)
{
    const int bytes = (count + 7) / 8;
    QByteArray content;
    content.append(static_cast<char>(bytes * 8 - count));
    for (int i = 0; i < bytes; ++i)
        content.append(static_cast<char>((bits >> (24 - 8 * i)) & 0xFF));
    return tlv(0x03, content);
}
