// SPDX-License-Identifier: GPL-3.0-or-later
#include "admingate.h"

#include "logging/logcategories.h"

#include <QCryptographicHash>

namespace {

constexpr int kFreeAttempts = 3;

// Same time whatever the first differing byte: the comparison tells nothing by its duration.
bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

AdminGate::AdminGate(const QString& pinSha256Hex, QObject* parent)
    : QObject(parent)
    , m_hash(QByteArray::fromHex(pinSha256Hex.trimmed().toLatin1()))
{
    if (!m_hash.isEmpty() && m_hash.size() != 32) {
        qCWarning(lcSession) << "kiosk/admin_pin_sha256 is not a SHA-256 hash: no way out";
        m_hash.clear();
    }
}

int AdminGate::lockedSeconds() const
{
    if (m_failures < kFreeAttempts || !m_lockedSince.isValid())
        return 0;
    const qint64 left = m_lockoutMs - m_lockedSince.elapsed();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

bool AdminGate::unlock(const QString& pin)
{
    if (!configured() || lockedSeconds() > 0)
        return false;
    QByteArray utf8 = pin.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    utf8.fill('\0');
    if (equalInConstantTime(digest, m_hash)) {
        m_failures = 0;
        qCInfo(lcSession) << "administrator unlocked the kiosk";
        emit attemptsChanged();
        emit unlocked();
        return true;
    }
    ++m_failures;
    if (m_failures >= kFreeAttempts)
        m_lockedSince.start();
    qCWarning(lcSession) << "wrong administrator PIN";
    emit attemptsChanged();
    return false;
}
