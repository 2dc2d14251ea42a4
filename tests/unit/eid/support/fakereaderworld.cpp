// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakereaderworld.h"

#include <chrono>
#include <PCSC/winscard.h>

namespace eidtest {

class FakeSession : public eid::ReaderStatusSession
{
public:
    FakeSession(FakeReaderWorld& world, int generation)
        : m_world(world)
        , m_generation(generation)
    { }

    eid::Result<std::vector<std::string>> listReaders() override
    {
        std::lock_guard<std::mutex> lock(m_world.m_mutex);
        if (!alive())
            return eid::Error { eid::ErrorCode::ServiceUnavailable, "fake service down" };
        std::vector<std::string> names;
        for (const auto& entry : m_world.m_readers)
            names.push_back(entry.first);
        return names;
    }

    eid::Result<bool> waitForChange(
        std::vector<eid::ReaderWatch>& watches, unsigned timeoutMs) override
    {
        std::unique_lock<std::mutex> lock(m_world.m_mutex);
        const std::size_t readersAtStart = m_world.m_readers.size();
        const auto deadline
            = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        for (;;) {
            if (m_cancelled) {
                m_cancelled = false;
                return eid::Error { eid::ErrorCode::Cancelled, "fake cancel" };
            }
            if (!alive())
                return eid::Error { eid::ErrorCode::ServiceUnavailable, "fake service down" };
            bool any = false;
            for (eid::ReaderWatch& watch : watches) {
                const std::uint64_t state = stateOf(watch.name, readersAtStart);
                watch.eventState = state;
                if ((state & ~std::uint64_t(SCARD_STATE_CHANGED))
                    != (watch.knownState & ~std::uint64_t(SCARD_STATE_CHANGED))) {
                    watch.eventState |= SCARD_STATE_CHANGED;
                    any = true;
                }
                const auto it = m_world.m_readers.find(watch.name);
                watch.atr = it != m_world.m_readers.end() && it->second.present ? it->second.atr
                                                                                : eid::Bytes {};
            }
            // The PnP entry: a reader count that changed during this very wait.
            if (any || m_world.m_readers.size() != readersAtStart)
                return true;
            if (m_world.m_changed.wait_until(lock, deadline) == std::cv_status::timeout)
                return false;
        }
    }

    void cancel() override
    {
        {
            std::lock_guard<std::mutex> lock(m_world.m_mutex);
            m_cancelled = true;
        }
        m_world.m_changed.notify_all();
    }

private:
    bool alive() const { return m_world.m_running && m_world.m_generation == m_generation; }

    /** pcsc-lite semantics; the PnP entry only fires when the count changes during the wait. */
    std::uint64_t stateOf(const std::string& name, std::size_t readersAtStart) const
    {
        if (name == "\\\\?PnP?\\Notification")
            return m_world.m_readers.size() != readersAtStart ? SCARD_STATE_CHANGED : 0;
        const auto it = m_world.m_readers.find(name);
        if (it == m_world.m_readers.end())
            return SCARD_STATE_UNKNOWN | SCARD_STATE_UNAVAILABLE;
        const FakeReaderWorld::Reader& reader = it->second;
        std::uint64_t state = reader.present ? SCARD_STATE_PRESENT : SCARD_STATE_EMPTY;
        if (reader.present && reader.mute)
            state |= SCARD_STATE_MUTE;
        return state | std::uint64_t(reader.counter & 0xFFFF) << 16;
    }

    FakeReaderWorld& m_world;
    int m_generation;
    bool m_cancelled = false;
};

void FakeReaderWorld::changed()
{
    m_changed.notify_all();
}

void FakeReaderWorld::addReader(const std::string& name)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_readers[name] = Reader {};
    }
    changed();
}

void FakeReaderWorld::removeReader(const std::string& name)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_readers.erase(name);
    }
    changed();
}

void FakeReaderWorld::insertCard(const std::string& reader, const eid::Bytes& atr, bool mute)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        Reader& r = m_readers[reader];
        r.present = true;
        r.mute = mute;
        r.atr = atr;
        ++r.counter;
    }
    changed();
}

void FakeReaderWorld::removeCard(const std::string& reader)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        Reader& r = m_readers[reader];
        r.present = false;
        r.atr.clear();
        ++r.counter;
    }
    changed();
}

void FakeReaderWorld::swapCard(const std::string& reader, const eid::Bytes& atr)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        Reader& r = m_readers[reader];
        r.present = true;
        r.atr = atr;
        r.counter += 2;
    }
    changed();
}

void FakeReaderWorld::setServiceRunning(bool running)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (running && !m_running)
            ++m_generation;
        m_running = running;
    }
    changed();
}

eid::ReaderStatusSessionFactory FakeReaderWorld::factory()
{
    return [this]() -> eid::Result<std::unique_ptr<eid::ReaderStatusSession>> {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_running)
            return eid::Error { eid::ErrorCode::ServiceUnavailable, "fake service down" };
        ++m_sessions;
        return std::unique_ptr<eid::ReaderStatusSession>(new FakeSession(*this, m_generation));
    };
}

int FakeReaderWorld::sessionsMade() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_sessions;
}

} // namespace eidtest
