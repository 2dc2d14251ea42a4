// SPDX-License-Identifier: GPL-3.0-or-later
#include "appconfig.h"

QString appModeName(AppMode mode)
{
    switch (mode) {
    case AppMode::Kiosk:
        return QStringLiteral("kiosk");
    case AppMode::Counter:
        return QStringLiteral("counter");
    case AppMode::Home:
        break;
    }
    return QStringLiteral("home");
}

bool appModeFromName(const QString& name, AppMode* mode)
{
    for (AppMode m : { AppMode::Kiosk, AppMode::Counter, AppMode::Home }) {
        if (name == appModeName(m)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QStringList supportedLanguages()
{
    return { QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("de"),
        QStringLiteral("en") };
}
