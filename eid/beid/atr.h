// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"

namespace eid {

/** What the ATR says about a card; only a hint, GET CARD DATA confirms (reference §1.1). */
enum class AtrFamily {
    Unknown,
    Belpic1x, ///< applets 1.0 / 1.1 / 1.7 (13-byte ATR family)
    Belpic18, ///< applet 1.8
};

AtrFamily recogniseAtr(const Bytes& atr);

} // namespace eid
