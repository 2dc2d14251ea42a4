// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eid {

using Bytes = std::vector<std::uint8_t>;

/** Upper-case hex without separators ("3B98..."). */
std::string toHex(const Bytes& bytes);

/** Parses hex, ignoring spaces; returns an empty vector on malformed input. */
Bytes fromHex(std::string_view hex);

/** Overwrites a buffer before it is released (PINs, challenges). */
void wipe(Bytes& bytes);

/** The buffer without its trailing zero bytes (file padding). */
Bytes withoutTrailingZeros(const Bytes& bytes);

} // namespace eid
