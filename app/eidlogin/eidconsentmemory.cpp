// SPDX-License-Identifier: GPL-3.0-or-later
#include "eidconsentmemory.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSettings>

#include <memory>

namespace {

const QString kSecret = QStringLiteral("eid-consent/secret");
const QString kPrefix = QStringLiteral("eid-consent/");

std::unique_ptr<QSettings> open(const QString& file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

EidConsentMemory::EidConsentMemory(bool enabled, const QString& settingsFile)
    : m_enabled(enabled)
    , m_file(settingsFile)
{ }

QString EidConsentMemory::keyFor(const QString& nationalNumber) const
{
    // A keyed hash: the settings file alone does not tell whose numbers it holds.
    auto settings = open(m_file);
    QByteArray secret = QByteArray::fromBase64(settings->value(kSecret).toByteArray());
    if (secret.size() != 32) {
        secret.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()), 8);
        settings->setValue(kSecret, secret.toBase64());
        settings->sync();
    }
    return kPrefix
        + QString::fromLatin1(QMessageAuthenticationCode::hash(
            nationalNumber.toUtf8(), secret, QCryptographicHash::Sha256)
                                  .toHex());
}

bool EidConsentMemory::remembers(const QString& nationalNumber) const
{
    if (!m_enabled || nationalNumber.isEmpty())
        return false;
    return open(m_file)->value(keyFor(nationalNumber)).toBool();
}

void EidConsentMemory::remember(const QString& nationalNumber)
{
    if (!m_enabled || nationalNumber.isEmpty())
        return;
    const QString key = keyFor(nationalNumber);
    auto settings = open(m_file);
    settings->setValue(key, true);
    settings->sync();
}
