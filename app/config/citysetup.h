// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "citylist.h"

#include <QObject>
#include <QVariantList>

#include <functional>

/**
 * The first start of a home install with no city (FirstRunPage): choose a city from the signed
 * list, or give a city API's URL and the city's name. The choice goes into the user's file
 * (~/.config/eguichet/eguichet.ini, ConfigSources::userConfigFile()) and the app starts again
 * with it.
 */
class CitySetup : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList cities READ cities CONSTANT)
    Q_PROPERTY(bool listAvailable READ listAvailable CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    /** `cities`: the verified list (empty when the shipped one did not verify). */
    explicit CitySetup(QList<CityEntry> cities, QObject* parent = nullptr);

    QVariantList cities() const; // [{ id, name }]
    bool listAvailable() const { return !m_cities.isEmpty(); }
    QString error() const { return m_error; }

    /** Writes the city's settings to the user's file; false (and error) when it cannot. */
    Q_INVOKABLE bool chooseCity(const QString& id);
    /** An https URL and a name the user typed; false (and a translated error) otherwise. */
    Q_INVOKABLE bool chooseUrl(const QString& url, const QString& cityName);
    /** Starts the app again with the new settings (after chooseCity or chooseUrl). */
    Q_INVOKABLE void restart();

    /** Tests: what restart() does instead of starting a process and quitting. */
    void setRestarter(std::function<void()> restarter) { m_restarter = std::move(restarter); }

signals:
    void errorChanged();
    void chosen();

private:
    bool save(const CityEntry& city);
    void setError(const QString& error);

    QList<CityEntry> m_cities;
    QString m_error;
    std::function<void()> m_restarter;
};
