// SPDX-License-Identifier: GPL-3.0-or-later
#include "apduchannel.h"

#include <cstdio>
#include <thread>

namespace eid {

std::string statusWordText(std::uint16_t sw)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04X", static_cast<unsigned>(sw));
    return text;
}

ApduChannel::ApduChannel(CardTransport& transport)
    : m_transport(transport)
{ }

Result<ApduResponse> ApduChannel::exchange(const Bytes& command)
{
    ++m_stats.apdus;
    Result<Bytes> raw = m_transport.transmit(command);
    if (!raw)
        return raw.error();
    Bytes& bytes = raw.value();
    if (bytes.size() < 2)
        return Error { ErrorCode::Damaged, "response shorter than a status word" };
    if (bytes.size() > kMaxAnswerBytes + 2)
        return Error { ErrorCode::AnswerTooLong, "answer over 4096 bytes" };
    ApduResponse response;
    response.sw = static_cast<std::uint16_t>(bytes[bytes.size() - 2] << 8 | bytes.back());
    bytes.resize(bytes.size() - 2);
    response.data = std::move(bytes);
    m_stats.bytesRead += static_cast<std::int64_t>(response.data.size());
    return response;
}

Result<ApduResponse> ApduChannel::transmit(const Bytes& command)
{
    Result<ApduResponse> response = exchange(command);
    if (!response)
        return response;

    // 6Cxx: wrong Le, exactly xx bytes are available (ISO 7816-3 §12.2.2). Only a case-2
    // command (header + Le) can be re-issued; the card never asks this of other cases.
    if (response->sw1() == 0x6C && command.size() == 5) {
        if (m_wrongLengthDelay.count() > 0)
            std::this_thread::sleep_for(m_wrongLengthDelay);
        Bytes again = command;
        again[4] = response->sw2();
        response = exchange(again);
        if (!response)
            return response;
    }

    // 61xx: xx more bytes wait for GET RESPONSE (00 means 256 or more); keep going while 61.
    Bytes data = std::move(response->data);
    for (int rounds = 0; response->sw1() == 0x61; ++rounds) {
        // A hostile or broken card could announce more data forever.
        if (rounds == kMaxGetResponseRounds)
            return Error { ErrorCode::AnswerTooLong, "61xx after 16 GET RESPONSE" };
        const Bytes getResponse { 0x00, 0xC0, 0x00, 0x00, response->sw2() };
        response = exchange(getResponse);
        if (!response)
            return response;
        if (response->sw1() == 0x6C) {
            const Bytes corrected { 0x00, 0xC0, 0x00, 0x00, response->sw2() };
            response = exchange(corrected);
            if (!response)
                return response;
        }
        data.insert(data.end(), response->data.begin(), response->data.end());
        if (data.size() > kMaxAnswerBytes)
            return Error { ErrorCode::AnswerTooLong, "answer over 4096 bytes" };
    }
    response->data = std::move(data);
    return response;
}

} // namespace eid
