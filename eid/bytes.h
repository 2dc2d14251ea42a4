// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace eid {

using Bytes = std::vector<std::uint8_t>;

/** Upper-case hex without separators ("3B98..."). */
std::string toHex(const Bytes& bytes);

/** Parses hex, ignoring spaces; returns an empty vector on malformed input. */
Bytes fromHex(std::string_view hex);

/**
 * An APDU header followed by its data. Built in one reserved buffer: besides saving a
 * reallocation, it keeps GCC 12's -O2 array-bounds analysis from a false positive on
 * `insert` after an initializer list.
 */
Bytes apdu(std::initializer_list<std::uint8_t> header, const Bytes& data);

/** Overwrites a buffer before it is released (PINs, challenges). */
void wipe(Bytes& bytes);

/** The buffer without its trailing zero bytes (file padding). */
Bytes withoutTrailingZeros(const Bytes& bytes);

} // namespace eid
