// SPDX-License-Identifier: GPL-3.0-or-later
// The identity/address file TLV encoding ([C54] §6.1, belpic-card.md §4.1).
#pragma once

#include <QByteArray>
#include <QString>

/** Appends 1-byte tags with the card's length rule: < 255 in one byte, otherwise a run of FF
    bytes each adding 255, ended by a byte below FF (300 = FF 2D). */
class TlvWriter
{
public:
    void add(int tag, const QByteArray& value);
    void add(int tag, const QString& text) { add(tag, text.toUtf8()); }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};
