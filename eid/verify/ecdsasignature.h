// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"

namespace eid {

/** Card-style plain r||s (TR-03111) to DER SEQUENCE { INTEGER r, INTEGER s }; empty if odd. */
Bytes ecdsaRawToDer(const Bytes& raw);

/** DER ECDSA signature to r||s, each part padded to partLength; empty when malformed. */
Bytes ecdsaDerToRaw(const Bytes& der, std::size_t partLength);

} // namespace eid
