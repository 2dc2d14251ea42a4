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

bool parseHostPort(const QString& text, QString* host, quint16* port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = text.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p == 0 || p > 65535 || h.isEmpty() || h.contains(QLatin1Char(' ')))
        return false;
    *host = h;
    *port = quint16(p);
    return true;
}

QStringList supportedLanguages()
{
    return { QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("de"),
        QStringLiteral("en") };
}
