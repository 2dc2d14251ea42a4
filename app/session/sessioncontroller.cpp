// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "logging/logcategories.h"

SessionController::SessionController(QObject* parent)
    : QObject(parent)
{ }

void SessionController::addWiper(std::function<void()> wiper)
{
    m_wipers.push_back(std::move(wiper));
}

void SessionController::begin()
{
    if (m_active)
        return;
    m_active = true;
    qCInfo(lcSession) << "session begins";
    emit activeChanged();
}

void SessionController::end(EndReason reason)
{
    if (!m_active)
        return;
    // Wipe first, announce after: when QML hears "ended", nothing personal is left to show.
    for (const auto& wipe : m_wipers)
        wipe();
    m_active = false;
    m_lastEndReason = reason;
    qCInfo(lcSession) << "session ended:" << reason;
    emit activeChanged();
    emit ended(reason);
}
