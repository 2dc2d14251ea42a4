// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "pcsc/readerstatussession.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace eid {

/** A reader or card change seen by the monitor. */
struct CardEvent
{
    enum class Type {
        ReaderAdded,
        ReaderRemoved,
        CardInserted, ///< atr set
        CardRemoved,
        CardMute, ///< a card is in the reader but does not answer
        ServiceUnavailable, ///< pcscd / SCardSvr gone; the monitor retries with back-off
        ServiceAvailable,
    };
    Type type;
    std::string reader;
    Bytes atr;
};

const char* cardEventName(CardEvent::Type type);

/**
 * Watches readers and cards on its own thread with SCardGetStatusChange and the PnP entry.
 * The reader list is re-read after every wake-up because pcsc-lite 1.9.9 misses readers added
 * between two calls. Recovers from a stopped pcscd (new context, back-off 250 ms .. 4 s).
 * The callback runs on the monitor thread.
 */
class CardMonitor
{
public:
    using Callback = std::function<void(const CardEvent&)>;

    /** factory: how to reach PC/SC; empty = PcscContext::establish (tests pass a fake). */
    explicit CardMonitor(Callback callback, ReaderStatusSessionFactory factory = {});
    ~CardMonitor();
    CardMonitor(const CardMonitor&) = delete;
    CardMonitor& operator=(const CardMonitor&) = delete;

    void start();
    /** Returns promptly: cancels the pending wait (SCardCancel) and joins the thread. */
    void stop();

private:
    struct State;
    void run();
    bool sleepUnlessStopped(int milliseconds);

    Callback m_callback;
    ReaderStatusSessionFactory m_factory;
    std::unique_ptr<State> d;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::mutex m_mutex;
    std::condition_variable m_wake;
    ReaderStatusSession* m_activeContext = nullptr; // guarded by m_mutex, for SCardCancel
};

} // namespace eid
