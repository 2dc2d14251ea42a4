// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginmemory.h"

#include <QSettings>

#include <memory>

namespace {

const QString kKey = QStringLiteral("login/email");

std::unique_ptr<QSettings> open(const QString& file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

LoginMemory::LoginMemory(bool enabled, const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_enabled(enabled)
    , m_file(settingsFile)
{
    if (m_enabled)
        m_email = open(m_file)->value(kKey).toString();
}

void LoginMemory::remember(const QString& email, bool remember)
{
    if (!m_enabled)
        return;
    store(remember ? email.trimmed() : QString());
}

void LoginMemory::forget()
{
    if (m_enabled)
        store({});
}

void LoginMemory::store(const QString& email)
{
    auto settings = open(m_file);
    if (email.isEmpty())
        settings->remove(kKey);
    else
        settings->setValue(kKey, email);
    settings->sync();
    if (email != m_email) {
        m_email = email;
        emit emailChanged();
    }
}
