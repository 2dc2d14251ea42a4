// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlvwriter.h"

#include <QString>

void TlvWriter::add(int tag, const QByteArray& value)
{
    m_bytes.append(static_cast<char>(tag));
    int length = value.size();
    while (length >= 0xFF) {
        m_bytes.append(static_cast<char>(0xFF));
        length -= 0xFF;
    }
    m_bytes.append(static_cast<char>(length));
    m_bytes.append(value);
}
