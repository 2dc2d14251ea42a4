// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

/**
 * systemd's readiness and watchdog notifications (sd_notify), for the kiosk appliance's unit
 * (packaging/kiosk/eguichet-kiosk.service: Type=notify, WatchdogSec=). READY=1 once the first
 * frame is on screen, then WATCHDOG=1 every half of WATCHDOG_USEC from a timer of the GUI
 * thread: a GUI thread that hangs stops feeding the watchdog and systemd restarts the app.
 *
 * Started by anything but systemd (no NOTIFY_SOCKET) it sends nothing; without WATCHDOG_USEC,
 * or with a WATCHDOG_PID that is another process, it sends READY=1 only. Built without
 * libsystemd (Windows) it does nothing.
 */
class SystemdWatchdog : public QObject
{
    Q_OBJECT

public:
    explicit SystemdWatchdog(QObject* parent = nullptr);
    /** READY=1 at the window's first frame (QQuickWindow::frameSwapped), then the watchdog. */
    template <typename Window>
    explicit SystemdWatchdog(Window* window)
        : SystemdWatchdog()
    {
        if (window)
            connect(window, &Window::frameSwapped, this, &SystemdWatchdog::firstFrameShown,
                Qt::SingleShotConnection);
    }

    /** Half of WATCHDOG_USEC; zero when systemd watches nothing for this process. */
    std::chrono::milliseconds interval() const { return m_interval; }
    bool feeding() const { return m_timer.isActive(); }

public slots:
    /** READY=1 (once), then WATCHDOG=1 at every interval. */
    void firstFrameShown();

private:
    void feed();

    std::chrono::milliseconds m_interval { 0 };
    bool m_ready = false;
    QTimer m_timer;
};
