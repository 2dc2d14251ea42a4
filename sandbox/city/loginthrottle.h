// SPDX-License-Identifier: GPL-3.0-or-later
// Exponential back-off on failed password logins, per e-mail address and per client address.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

class LoginThrottle
{
public:
    LoginThrottle(int baseMs, int freeAttempts)
        : m_baseMs(baseMs)
        , m_free(freeAttempts)
    {
        m_clock.start();
    }

    /** Milliseconds the caller must still wait before trying this key; 0 when allowed. */
    qint64 waitMs(const QString& key) const;
    /** After a failure: base * 2^(failures - free), capped at 15 minutes. */
    void failed(const QString& key);
    void succeeded(const QString& key) { m_entries.remove(key); }

private:
    struct Entry
    {
        int failures = 0;
        qint64 blockedUntil = 0;
    };
    QHash<QString, Entry> m_entries;
    QElapsedTimer m_clock;
    int m_baseMs;
    int m_free;
};
