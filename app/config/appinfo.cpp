// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"

#include <QCoreApplication>

AppInfo::AppInfo(const AppConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
{ }

QString AppInfo::version() const
{
    return QCoreApplication::applicationVersion();
}

QString AppInfo::qtVersion() const
{
    return QString::fromLatin1(qVersion());
}
