// SPDX-License-Identifier: GPL-3.0-or-later
#include "carddata.h"

namespace eid {

std::string CardData::appletVersionText() const
{
    return std::to_string(appletVersion >> 4) + "." + std::to_string(appletVersion & 0x0F);
}

Result<CardData> parseCardData(const Bytes& response)
{
    // The middleware accepts 23 bytes (up to the global OS version); so do we.
    if (response.size() < 23)
        return Error { ErrorCode::UnsupportedCard, "GET CARD DATA too short" };
    CardData data;
    data.chipSerial.assign(response.begin(), response.begin() + 16);
    data.appletVersion = response[21];
    if (response.size() > 23)
        data.globalOsVersion = static_cast<std::uint16_t>(response[22] << 8 | response[23]);
    if (response.size() > 27)
        data.lifeCycle = response[27];
    if (response.size() > 28 && response[28] != 0xFF)
        data.pinTriesLeft = response[28];
    return data;
}

} // namespace eid
