// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * At home, whether the citizen already agreed, on this computer, that their card's data is
 * read and sent for their account (the eID login's consent screen). Kept per national number
 * as a keyed hash (never the number itself) in the settings. Never in kiosk or counter mode:
 * there the consent is asked whenever a new account would be created.
 */
class EidConsentMemory
{
public:
    /** settingsFile empty: the application's own settings. */
    explicit EidConsentMemory(bool enabled, const QString& settingsFile = {});

    bool enabled() const { return m_enabled; }
    bool remembers(const QString& nationalNumber) const;
    void remember(const QString& nationalNumber);

private:
    QString keyFor(const QString& nationalNumber) const;

    bool m_enabled;
    QString m_file;
};
