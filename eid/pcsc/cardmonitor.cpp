// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardmonitor.h"

#include "pcsc/pcsccontext.h"

#include <algorithm>
#include <map>

namespace eid {

const char* cardEventName(CardEvent::Type type)
{
    switch (type) {
    case CardEvent::Type::ReaderAdded:
        return "reader-added";
    case CardEvent::Type::ReaderRemoved:
        return "reader-removed";
    case CardEvent::Type::CardInserted:
        return "card-inserted";
    case CardEvent::Type::CardRemoved:
        return "card-removed";
    case CardEvent::Type::CardMute:
        return "card-mute";
    case CardEvent::Type::ServiceUnavailable:
        return "service-unavailable";
    case CardEvent::Type::ServiceAvailable:
        break;
    }
    return "service-available";
}

namespace {

enum class Slot { Unknown, Empty, Card, Mute };

struct ReaderInfo
{
    std::uint64_t knownState = 0;
    Slot slot = Slot::Unknown;
    unsigned counter = 0;
};

constexpr unsigned kWaitMs = 1000; // re-list readers at least this often (pcsc-lite 1.9.9)

} // namespace

struct CardMonitor::State
{
    std::map<std::string, ReaderInfo> readers;
    std::uint64_t pnpKnownState = 0;
    bool serviceDown = false;
};

CardMonitor::CardMonitor(Callback callback, ReaderStatusSessionFactory factory)
    : m_callback(std::move(callback))
    , m_factory(std::move(factory))
    , d(std::make_unique<State>())
{ }

CardMonitor::~CardMonitor()
{
    stop();
}

void CardMonitor::start()
{
    if (m_thread.joinable())
        return;
    if (!m_factory) {
        m_factory = []() -> Result<std::unique_ptr<ReaderStatusSession>> {
            Result<std::unique_ptr<PcscContext>> context = PcscContext::establish();
            if (!context)
                return context.error();
            return std::unique_ptr<ReaderStatusSession>(std::move(context.value()));
        };
    }
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void CardMonitor::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        if (m_activeContext)
            m_activeContext->cancel();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool CardMonitor::sleepUnlessStopped(int milliseconds)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_wake.wait_for(
        lock, std::chrono::milliseconds(milliseconds), [this] { return m_stop.load(); });
    return !m_stop;
}

void CardMonitor::run()
{
    int backoff = 250;
    while (!m_stop) {
        Result<std::unique_ptr<ReaderStatusSession>> established = m_factory();
        if (!established) {
            if (!d->serviceDown) {
                d->serviceDown = true;
                m_callback({ CardEvent::Type::ServiceUnavailable, {}, {} });
            }
            if (!sleepUnlessStopped(backoff))
                break;
            backoff = std::min(backoff * 2, 4000);
            continue;
        }
        std::unique_ptr<ReaderStatusSession> context = std::move(established.value());
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stop)
                break;
            m_activeContext = context.get();
        }
        if (d->serviceDown) {
            d->serviceDown = false;
            m_callback({ CardEvent::Type::ServiceAvailable, {}, {} });
        }
        backoff = 250;

        bool contextLost = false;
        while (!m_stop && !contextLost) {
            Result<std::vector<std::string>> listed = context->listReaders();
            if (!listed) {
                contextLost = listed.error().code == ErrorCode::ServiceUnavailable;
                if (!contextLost && !sleepUnlessStopped(250))
                    break;
                continue;
            }
            const std::vector<std::string>& names = listed.value();
            for (auto it = d->readers.begin(); it != d->readers.end();) {
                if (std::find(names.begin(), names.end(), it->first) == names.end()) {
                    if (it->second.slot == Slot::Card || it->second.slot == Slot::Mute)
                        m_callback({ CardEvent::Type::CardRemoved, it->first, {} });
                    m_callback({ CardEvent::Type::ReaderRemoved, it->first, {} });
                    it = d->readers.erase(it);
                } else {
                    ++it;
                }
            }
            std::vector<ReaderWatch> watches;
            for (const std::string& name : names) {
                if (d->readers.emplace(name, ReaderInfo {}).second)
                    m_callback({ CardEvent::Type::ReaderAdded, name, {} });
                watches.push_back({ name, d->readers[name].knownState, 0, {} });
            }
            // The PnP entry wakes us when the number of readers changes during the wait.
            watches.push_back({ kPnpNotificationReader, d->pnpKnownState, 0, {} });

            Result<bool> changed = context->waitForChange(watches, kWaitMs);
            if (!changed) {
                const ErrorCode code = changed.error().code;
                if (code == ErrorCode::ServiceUnavailable)
                    contextLost = true;
                // Cancelled means stop(); NoReader means a reader vanished: list again.
                continue;
            }
            if (!changed.value())
                continue;
            d->pnpKnownState = watches.back().eventState;
            for (ReaderWatch& watch : watches) {
                auto it = d->readers.find(watch.name);
                if (it == d->readers.end() || !watch.changed())
                    continue;
                ReaderInfo& info = it->second;
                info.knownState = watch.eventState;
                Slot now = Slot::Unknown;
                if (watch.present())
                    now = watch.mute() ? Slot::Mute : Slot::Card;
                else if (watch.empty())
                    now = Slot::Empty;
                // pcsc-lite counts insertions/removals: a quick swap shows as a new count.
                const bool swapped = now == Slot::Card && info.slot == Slot::Card
                    && watch.eventCounter() != info.counter;
                if ((now != info.slot || swapped)
                    && (info.slot == Slot::Card || info.slot == Slot::Mute))
                    m_callback({ CardEvent::Type::CardRemoved, watch.name, {} });
                if (now == Slot::Card && (info.slot != Slot::Card || swapped))
                    m_callback({ CardEvent::Type::CardInserted, watch.name, watch.atr });
                if (now == Slot::Mute && info.slot != Slot::Mute)
                    m_callback({ CardEvent::Type::CardMute, watch.name, {} });
                info.slot = now;
                info.counter = watch.eventCounter();
            }
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_activeContext = nullptr;
        }
        if (contextLost) {
            // pcscd stopped: every reader is gone with it; a new context is made after a pause.
            for (const auto& [name, info] : d->readers) {
                if (info.slot == Slot::Card || info.slot == Slot::Mute)
                    m_callback({ CardEvent::Type::CardRemoved, name, {} });
                m_callback({ CardEvent::Type::ReaderRemoved, name, {} });
            }
            d->readers.clear();
            d->pnpKnownState = 0;
            d->serviceDown = true;
            m_callback({ CardEvent::Type::ServiceUnavailable, {}, {} });
            if (!sleepUnlessStopped(backoff))
                break;
        }
    }
}

} // namespace eid
