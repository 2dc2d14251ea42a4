// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "result.h"

#include <optional>

namespace eid {

/** GET CARD DATA (80 E4 00 0x) response, reference §1.3. */
struct CardData
{
    Bytes chipSerial; ///< 16 bytes
    std::uint8_t appletVersion = 0; ///< 0x17 = 1.7, 0x18 = 1.8
    std::uint16_t globalOsVersion = 0;
    std::uint8_t lifeCycle = 0; ///< 0x0F personalised
    std::optional<int> pinTriesLeft; ///< only from P2=01 on 1.8

    /** "1.7", "1.8", "1.1"... */
    std::string appletVersionText() const;
    bool isEcApplet() const { return appletVersion >= 0x18; }
};

/** Parses the 28 (or 31 with P2=01) bytes; ParseError when too short. */
Result<CardData> parseCardData(const Bytes& response);

} // namespace eid
