// SPDX-License-Identifier: GPL-3.0-or-later
#include "citysetup.h"

#include "configsources.h"
#include "logging/logcategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>

CitySetup::CitySetup(QList<CityEntry> cities, QObject* parent)
    : QObject(parent)
    , m_cities(std::move(cities))
{ }

QVariantList CitySetup::cities() const
{
    QVariantList out;
    for (const CityEntry& c : m_cities)
        out << QVariantMap { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name } };
    return out;
}

void CitySetup::setError(const QString& error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

bool CitySetup::chooseCity(const QString& id)
{
    for (const CityEntry& c : m_cities) {
        if (c.id == id)
            return save(c);
    }
    setError(tr("Cette ville n'est pas dans la liste."));
    return false;
}

bool CitySetup::chooseUrl(const QString& url, const QString& cityName)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != QLatin1String("https") || u.host().isEmpty()) {
        setError(tr("L'adresse doit commencer par https:// (par exemple "
                    "https://eguichet.ville.be/v1)."));
        return false;
    }
    if (cityName.trimmed().isEmpty()) {
        setError(tr("Indiquez le nom de la ville."));
        return false;
    }
    CityEntry c;
    c.name = cityName.trimmed();
    c.apiUrl = u;
    return save(c);
}

bool CitySetup::save(const CityEntry& city)
{
    const QString path = ConfigSources::userConfigFile();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("app/city_name"), city.name);
        ini.setValue(QStringLiteral("app/mail_sender"), city.mailSender);
        ini.setValue(QStringLiteral("api/url"), city.apiUrl.toString());
        ini.sync();
        if (ini.status() != QSettings::NoError) {
            setError(tr("Impossible d'enregistrer le choix dans %1.").arg(path));
            return false;
        }
    }
    qCInfo(lcConfig) << "city chosen:" << city.name << city.apiUrl.toString() << "in" << path;
    setError({});
    emit chosen();
    return true;
}

void CitySetup::restart()
{
    if (m_restarter) {
        m_restarter();
        return;
    }
    QStringList args = QCoreApplication::arguments().mid(1);
    QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
    QCoreApplication::quit();
}
