// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

#include <algorithm>

qint64 LoginThrottle::waitMs(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return 0;
    return std::max<qint64>(0, it->blockedUntil - m_clock.elapsed());
}

void LoginThrottle::failed(const QString& key)
{
    // Random addresses must not grow the table for ever: drop entries no longer blocking.
    if (m_entries.size() > 10000) {
        const qint64 now = m_clock.elapsed();
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->blockedUntil < now)
                it = m_entries.erase(it);
            else
                ++it;
        }
    }
    Entry& e = m_entries[key];
    ++e.failures;
    const int over = e.failures - m_free;
    if (over <= 0)
        return;
    const qint64 cap = 15 * 60 * 1000;
    const qint64 delay = std::min<qint64>(cap, qint64(m_baseMs) << std::min(over - 1, 20));
    e.blockedUntil = m_clock.elapsed() + delay;
}
