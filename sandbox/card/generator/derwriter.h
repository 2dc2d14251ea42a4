// SPDX-License-Identifier: GPL-3.0-or-later
// Minimal DER encoding for the PKCS#15 files and EF(DIR) (ITU-T X.690 definite lengths).
#pragma once

#include <QByteArray>
#include <QString>

namespace Der {
QByteArray tlv(int tag, const QByteArray& content);
inline QByteArray sequence(const QByteArray& content)
{
    return tlv(0x30, content);
}
inline QByteArray octets(const QByteArray& content)
{
    return tlv(0x04, content);
}
inline QByteArray utf8(const QString& text)
{
    return tlv(0x0C, text.toUtf8());
}
QByteArray integer(int value);
/** BIT STRING from the first bits of `bits` (MSB first), with the unused-bit count. */
QByteArray bitString(quint32 bits, int count);
/** A PKCS#15 Path: SEQUENCE { OCTET STRING path }. */
inline QByteArray path(const QByteArray& path)
{
    return sequence(octets(path));
}
} // namespace Der
