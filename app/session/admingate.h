// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>

/**
 * The kiosk's only way out: the administrator PIN, configured as a SHA-256 hash
 * (kiosk/admin_pin_sha256) so the PIN itself is on no disk. After three wrong PINs the gate
 * stays shut for a minute, so a citizen cannot try PINs at the terminal.
 */
class AdminGate : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool configured READ configured CONSTANT)
    Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY attemptsChanged)

public:
    AdminGate(const QString& pinSha256Hex, QObject* parent = nullptr);

    bool configured() const { return !m_hash.isEmpty(); }
    int lockedSeconds() const;

    /** True when `pin` is the administrator PIN; the caller then leaves kiosk mode. */
    Q_INVOKABLE bool unlock(const QString& pin);

    void setLockoutMs(int ms) { m_lockoutMs = ms; }

signals:
    void attemptsChanged();
    void unlocked();

private:
    QByteArray m_hash;
    int m_failures = 0;
    int m_lockoutMs = 60000;
    QElapsedTimer m_lockedSince;
};
