// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "pcsc/cardtransport.h"
#include "pcsc/readstats.h"
#include "result.h"

#include <chrono>

namespace eid {

/** A response APDU split into data and status word. */
struct ApduResponse
{
    Bytes data;
    std::uint16_t sw = 0;

    bool ok() const { return sw == 0x9000; }
    std::uint8_t sw1() const { return static_cast<std::uint8_t>(sw >> 8); }
    std::uint8_t sw2() const { return static_cast<std::uint8_t>(sw & 0xFF); }
};

/** "6A82" style text of a status word, for error details. */
std::string statusWordText(std::uint16_t sw);

/**
 * ISO 7816-3 T=0 case handling over a CardTransport: fetches 61xx data with GET RESPONSE and
 * re-issues a case-2 command with the Le a 6Cxx names, so callers see one response per command.
 * Counts every exchanged APDU. A card that keeps answering 61xx, or sends more than any BELPIC
 * answer holds, is cut off with AnswerTooLong.
 */
class ApduChannel
{
public:
    /** GET RESPONSE rounds for one command; a 256-byte RSA signature needs 1 or 2. */
    static constexpr int kMaxGetResponseRounds = 16;
    /** Bytes of one command's answer; the largest BELPIC answer is 256 bytes. */
    static constexpr std::size_t kMaxAnswerBytes = 4096;

    explicit ApduChannel(CardTransport& transport);

    Result<ApduResponse> transmit(const Bytes& command);

    /** Pause before re-issuing after 6Cxx: mandatory 10 ms for applets 1.0/1.1 (commons-eid). */
    void setWrongLengthDelay(std::chrono::milliseconds delay) { m_wrongLengthDelay = delay; }

    CardTransport& transport() { return m_transport; }
    const ReadStats& stats() const { return m_stats; }
    ReadStats& stats() { return m_stats; }

private:
    Result<ApduResponse> exchange(const Bytes& command);

    CardTransport& m_transport;
    ReadStats m_stats;
    std::chrono::milliseconds m_wrongLengthDelay { 0 };
};

} // namespace eid
