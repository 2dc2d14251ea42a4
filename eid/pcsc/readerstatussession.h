// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace eid {

/** One entry of a status-change wait, without the platform SCARD_READERSTATE type. */
struct ReaderWatch
{
    std::string name;
    std::uint64_t knownState = 0; ///< last event state fed back (0 = SCARD_STATE_UNAWARE)
    std::uint64_t eventState = 0; ///< raw state returned by the last wait
    Bytes atr;

    bool changed() const;
    bool present() const;
    bool empty() const;
    bool mute() const;
    /** pcsc-lite's insertion/removal counter in the high word of the event state. */
    unsigned eventCounter() const { return static_cast<unsigned>((eventState >> 16) & 0xFFFF); }
};

/**
 * What the card monitor needs from the resource manager: PcscContext in production, a
 * scripted world in tests.
 */
class ReaderStatusSession
{
public:
    virtual ~ReaderStatusSession() = default;
    virtual Result<std::vector<std::string>> listReaders() = 0;
    /** Waits for a change of any watched entry; false when the timeout passed. */
    virtual Result<bool> waitForChange(std::vector<ReaderWatch>& watches, unsigned timeoutMs) = 0;
    /** Makes a pending wait return Cancelled; callable from another thread. */
    virtual void cancel() = 0;
};

using ReaderStatusSessionFactory = std::function<Result<std::unique_ptr<ReaderStatusSession>>()>;

} // namespace eid
