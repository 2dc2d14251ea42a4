// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"

#include "citysetup.h"
#include "configsources.h"
#include "logging/logcategories.h"

#include <QCoreApplication>

AppInfo::AppInfo(const AppConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
{ }

AppInfo::~AppInfo() = default;

QString AppInfo::version() const
{
    return QCoreApplication::applicationVersion();
}

QString AppInfo::qtVersion() const
{
    return QString::fromLatin1(qVersion());
}

void AppInfo::checkConfiguration()
{
    m_problems = ::configProblems(m_config);
    for (const QString& p : m_problems)
        qCWarning(lcConfig) << "out of service:" << p;
    if (m_problems.isEmpty() && m_config.mode == AppMode::Home && m_config.apiUrl.isEmpty()) {
        QString error;
        const auto cities = CityList::loadShipped(&error);
        if (!cities)
            qCWarning(lcConfig) << "city list not used:" << error;
        m_citySetup = std::make_unique<CitySetup>(cities.value_or(QList<CityEntry> {}));
    }
}
