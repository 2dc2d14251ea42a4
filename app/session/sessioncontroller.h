// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>
#include <vector>

/**
 * The citizen session: opened when a card is read or a login succeeds, ended when the card is
 * pulled, the kiosk times out, the citizen finishes or logs out. Ending runs every registered
 * wiper (C++ state, models, store, temporary files) before telling QML, so nothing personal
 * survives into the next citizen's session. Wipers must not throw.
 */
class SessionController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(EndReason lastEndReason READ lastEndReason NOTIFY ended)

public:
    enum class EndReason { None, CardRemoved, IdleTimeout, Finished, LoggedOut };
    Q_ENUM(EndReason)

    explicit SessionController(QObject* parent = nullptr);

    bool active() const { return m_active; }
    EndReason lastEndReason() const { return m_lastEndReason; }

    /** Registers a wipe step; steps run in registration order at every session end. */
    void addWiper(std::function<void()> wiper);

    Q_INVOKABLE void begin();
    /** Ends the session (if one is open) and wipes; safe to call twice. */
    Q_INVOKABLE void end(SessionController::EndReason reason);
    Q_INVOKABLE void finish() { end(EndReason::Finished); }

signals:
    void activeChanged();
    /** Emitted after every wiper ran: the screens return to the welcome page. */
    void ended(SessionController::EndReason reason);

private:
    bool m_active = false;
    EndReason m_lastEndReason = EndReason::None;
    std::vector<std::function<void()>> m_wipers;
};
