// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace eid {

/** What a card operation cost: APDUs exchanged (GET RESPONSE included), data bytes, time. */
struct ReadStats
{
    int apdus = 0;
    std::int64_t bytesRead = 0;
    std::int64_t milliseconds = 0;
};

} // namespace eid
