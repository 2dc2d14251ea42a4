// SPDX-License-Identifier: GPL-3.0-or-later
#include "pin.h"

#include <openssl/crypto.h>

namespace eid {

Result<Bytes> makePinBlock(const std::string& pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return Error { ErrorCode::InvalidArgument, "PIN must have 4 to 12 digits" };
    Bytes block(8, 0xFF);
    block[0] = static_cast<std::uint8_t>(0x20 | pin.size());
    for (std::size_t i = 0; i < pin.size(); ++i) {
        if (pin[i] < '0' || pin[i] > '9') {
            wipe(block);
            return Error { ErrorCode::InvalidArgument, "PIN must have 4 to 12 digits" };
        }
        const std::uint8_t digit = static_cast<std::uint8_t>(pin[i] - '0');
        std::uint8_t& target = block[1 + i / 2];
        target = i % 2 == 0 ? static_cast<std::uint8_t>(digit << 4 | 0x0F)
                            : static_cast<std::uint8_t>((target & 0xF0) | digit);
    }
    return block;
}

namespace {

/** 63Cx / 6983 / 9000 of a VERIFY as a result; tries left in the detail. */
Status pinStatus(std::uint16_t sw)
{
    if (sw == 0x9000)
        return std::nullopt;
    // 63C0: that wrong PIN was the last try; the card answers 6983 from now on.
    if (sw == 0x63C0)
        return Error { ErrorCode::PinBlocked, "0 tries left" };
    if ((sw & 0xFFF0) == 0x63C0)
        return Error { ErrorCode::WrongPin, std::to_string(sw & 0x0F) };
    if (sw == 0x6983)
        return Error { ErrorCode::PinBlocked, statusWordText(sw) };
    return Error { ErrorCode::Damaged, statusWordText(sw) };
}

} // namespace

Result<int> pinTriesLeft(ApduChannel& channel, const CardData& cardData)
{
    if (cardData.appletVersion >= 0x18) {
        Result<ApduResponse> response = channel.transmit(Bytes { 0x80, 0xE4, 0x00, 0x01, 0x1F });
        if (!response)
            return response.error();
        if (!response->ok() || response->data.size() < 29 || response->data[28] == 0xFF)
            return Error { ErrorCode::Damaged, "no PIN counter" };
        if (response->data[28] == 0)
            return Error { ErrorCode::PinBlocked, "0 tries left" };
        return static_cast<int>(response->data[28]);
    }
    if (cardData.appletVersion < 0x17)
        return Error { ErrorCode::UnsupportedCard, "applet 1.1 counts an empty VERIFY" };
    // Empty VERIFY (case 1): 63Cx tells the counter without decrementing it.
    Result<ApduResponse> response = channel.transmit(Bytes { 0x00, 0x20, 0x00, 0x01 });
    if (!response)
        return response.error();
    const Status status = pinStatus(response->sw);
    if (!status)
        return 3; // already verified in this card session: the counter is full
    if (status->code == ErrorCode::WrongPin)
        return std::stoi(status->detail);
    return *status;
}

Status verifyPin(ApduChannel& channel, std::string& pin)
{
    Result<Bytes> block = makePinBlock(pin);
    OPENSSL_cleanse(pin.data(), pin.size());
    pin.clear();
    if (!block)
        return block.error();
    Bytes command = apdu({ 0x00, 0x20, 0x00, 0x01, 0x08 }, block.value());
    wipe(block.value());
    Result<ApduResponse> response = channel.transmit(command);
    wipe(command);
    if (!response)
        return response.error();
    return pinStatus(response->sw);
}

} // namespace eid
