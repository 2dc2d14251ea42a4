// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchdog.h"

#include "logging/logcategories.h"

#ifdef EGUICHET_HAVE_LIBSYSTEMD
#include <systemd/sd-daemon.h>
#endif

namespace {

// sd_notify(): > 0 sent, 0 no NOTIFY_SOCKET (not started by systemd), < 0 -errno.
int notify(const char* state)
{
#ifdef EGUICHET_HAVE_LIBSYSTEMD
    return sd_notify(0, state);
#else
    Q_UNUSED(state);
    return 0;
#endif
}

std::chrono::microseconds watchdogTimeout()
{
#ifdef EGUICHET_HAVE_LIBSYSTEMD
    uint64_t usec = 0;
    // > 0 when WATCHDOG_USEC is set and WATCHDOG_PID is unset or this process.
    if (sd_watchdog_enabled(0, &usec) > 0)
        return std::chrono::microseconds(usec);
#endif
    return std::chrono::microseconds(0);
}

} // namespace

SystemdWatchdog::SystemdWatchdog(QObject* parent)
    : QObject(parent)
{
    if (!qEnvironmentVariableIsEmpty("NOTIFY_SOCKET"))
        m_interval = std::chrono::duration_cast<std::chrono::milliseconds>(watchdogTimeout() / 2);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SystemdWatchdog::feed);
}

void SystemdWatchdog::firstFrameShown()
{
    if (m_ready)
        return;
    m_ready = true;
    const int sent = notify("READY=1");
    if (sent < 0)
        qCWarning(lcApp) << "systemd notification READY=1 failed, error" << -sent;
    else if (sent > 0)
        qCInfo(lcApp) << "told systemd the first frame is shown";
    if (m_interval.count() > 0) {
        qCInfo(lcApp) << "feeding systemd's watchdog every" << m_interval.count() << "ms";
        m_timer.start(m_interval);
        feed();
    }
}

void SystemdWatchdog::feed()
{
    const int sent = notify("WATCHDOG=1");
    if (sent < 0)
        qCWarning(lcApp) << "systemd watchdog notification failed, error" << -sent;
}
