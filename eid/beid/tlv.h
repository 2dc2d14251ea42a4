// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "result.h"

#include <map>

namespace eid {

/**
 * Tag -> value of an identity or address file (reference §4.1): one-byte tags, lengths as a
 * run of FF bytes each adding 255 ended by a byte below FF, zero padding after the data.
 * A tag of length 0 is present with an empty value (tag 14 "member of family" relies on it).
 */
using TlvFields = std::map<std::uint8_t, Bytes>;

/** ParseError when a length runs past the end of the file or a tag repeats. */
Result<TlvFields> parseTlv(const Bytes& file);

} // namespace eid
