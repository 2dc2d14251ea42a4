// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardreading.h"
#include "pcsc/cardmonitor.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <string>

/**
 * How CardService reaches the card library: a monitor that reports reader and card events on
 * its own thread, and a blocking read. The production backend is PC/SC (pcscd or WinSCard);
 * unit tests give a scripted one.
 */
class CardBackend
{
public:
    virtual ~CardBackend() = default;
    /** Starts reporting events to `callback`, from any thread. */
    virtual void startMonitor(std::function<void(const eid::CardEvent&)> callback) = 0;
    virtual void stopMonitor() = 0;
    /** Blocking: runs on a worker thread. */
    virtual eid::Result<eid::CardReading> read(
        const std::string& reader, const eid::ProgressCallback& progress)
        = 0;
    /** Resets every card in a reader, so no verified PIN outlives a kiosk session. */
    virtual void resetCards() = 0;
};

/** The PC/SC backend; `extraTrustRoots` are PEM files trusted besides the production roots. */
std::unique_ptr<CardBackend> makePcscCardBackend(const QStringList& extraTrustRoots);
