// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlv.h"

namespace eid {

Result<TlvFields> parseTlv(const Bytes& file)
{
    TlvFields fields;
    std::size_t pos = 0;
    while (pos < file.size()) {
        const std::uint8_t tag = file[pos];
        // Tags ascend and tag 00 (file structure version) is only ever first, so a 00 after
        // the first field is the start of the zero padding ([C54] §6.1, [RM18] §6.8).
        if (tag == 0x00 && pos > 0)
            break;
        if (fields.count(tag) != 0)
            return Error { ErrorCode::ParseError, "TLV tag repeated" };
        ++pos;
        std::size_t length = 0;
        for (;;) {
            if (pos >= file.size())
                return Error { ErrorCode::ParseError, "TLV length runs past the file" };
            const std::uint8_t part = file[pos++];
            length += part;
            if (part != 0xFF)
                break;
        }
        if (length > file.size() - pos)
            return Error { ErrorCode::ParseError, "TLV value runs past the file" };
        fields[tag] = Bytes(file.begin() + static_cast<std::ptrdiff_t>(pos),
            file.begin() + static_cast<std::ptrdiff_t>(pos + length));
        pos += length;
    }
    return fields;
}

} // namespace eid
