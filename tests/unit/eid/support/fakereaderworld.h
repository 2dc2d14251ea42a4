// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pcsc/readerstatussession.h"

#include <condition_variable>
#include <map>
#include <mutex>

namespace eidtest {

/**
 * Readers, cards and a PC/SC service that tests change by hand; sessions made from it behave
 * like pcsc-lite 1.9.9 contexts (state bits, event counter, no PnP wake-up for readers added
 * between two waits, NO_SERVICE when the service is down).
 */
class FakeReaderWorld
{
public:
    void addReader(const std::string& name);
    void removeReader(const std::string& name);
    void insertCard(const std::string& reader, const eid::Bytes& atr, bool mute = false);
    void removeCard(const std::string& reader);
    /** Pull and re-insert in one step, as happens between two waits. */
    void swapCard(const std::string& reader, const eid::Bytes& atr);
    void setServiceRunning(bool running);

    eid::ReaderStatusSessionFactory factory();
    int sessionsMade() const;

private:
    friend class FakeSession;
    struct Reader
    {
        bool present = false;
        bool mute = false;
        eid::Bytes atr;
        unsigned counter = 0;
    };
    void changed();

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<std::string, Reader> m_readers;
    bool m_running = true;
    int m_generation = 0; // bumped when the service restarts: old sessions are dead
    int m_sessions = 0;
};

} // namespace eidtest
