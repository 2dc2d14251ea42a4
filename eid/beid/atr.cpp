// SPDX-License-Identifier: GPL-3.0-or-later
#include "atr.h"

namespace eid {

namespace {

bool matches(const Bytes& atr, const Bytes& pattern, const Bytes& mask)
{
    if (atr.size() != pattern.size())
        return false;
    for (std::size_t i = 0; i < atr.size(); ++i) {
        if ((atr[i] & mask[i]) != (pattern[i] & mask[i]))
            return false;
    }
    return true;
}

} // namespace

AtrFamily recogniseAtr(const Bytes& atr)
{
    // 1.x family: TA1, TC2 and the last historical byte vary (beidmdrv.inf / libelectronic-id).
    static const Bytes pattern1x = fromHex("3B98004000A503010101AD1300");
    static const Bytes mask1x = fromHex("FFFF00FF00FFFFFFFFFFFFFF00");
    static const Bytes atr18 = fromHex("3B7F96000080318065B085040120120FFF829000");
    if (matches(atr, pattern1x, mask1x))
        return AtrFamily::Belpic1x;
    if (atr == atr18)
        return AtrFamily::Belpic18;
    return AtrFamily::Unknown;
}

} // namespace eid
