// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appconfig.h"

#include <QObject>
#include <QStringList>

#include <memory>

class CitySetup;
Q_MOC_INCLUDE("config/citysetup.h")

/** Read-only facts about this run (mode, city, version) for the screens. */
class AppInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(bool kiosk READ kiosk CONSTANT)
    Q_PROPERTY(bool counter READ counter CONSTANT)
    Q_PROPERTY(QString cityName READ cityName CONSTANT)
    Q_PROPERTY(QString mailSender READ mailSender CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QStringList configProblems READ configProblems CONSTANT)
    Q_PROPERTY(CitySetup* citySetup READ citySetup CONSTANT)

public:
    explicit AppInfo(const AppConfig& config, QObject* parent = nullptr);
    ~AppInfo() override;

    QString mode() const { return appModeName(m_config.mode); }
    bool kiosk() const { return m_config.mode == AppMode::Kiosk; }
    bool counter() const { return m_config.mode == AppMode::Counter; }
    QString cityName() const { return m_config.cityName; }
    QString mailSender() const { return m_config.mailSender; }
    QString version() const;
    QString qtVersion() const;
    const AppConfig& config() const { return m_config; }

    /**
     * main(): looks at the configuration before the first screen. A kiosk or a counter that
     * cannot serve gets configProblems() (the out-of-service screen); a home install with no
     * city gets a CitySetup (the first-run screen). Tests that never call it run as configured.
     */
    void checkConfiguration();
    /** True when main() must load SetupWindow.qml instead of Main.qml. */
    bool needsSetup() const { return !m_problems.isEmpty() || m_citySetup; }

    QStringList configProblems() const { return m_problems; }
    CitySetup* citySetup() const { return m_citySetup.get(); }

private:
    AppConfig m_config;
    QStringList m_problems;
    std::unique_ptr<CitySetup> m_citySetup;
};
