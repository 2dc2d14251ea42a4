// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appconfig.h"

#include <QObject>

/** Read-only facts about this run (mode, city, version) for the screens. */
class AppInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(bool kiosk READ kiosk CONSTANT)
    Q_PROPERTY(bool counter READ counter CONSTANT)
    Q_PROPERTY(QString cityName READ cityName CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)

public:
    explicit AppInfo(const AppConfig& config, QObject* parent = nullptr);

    QString mode() const { return appModeName(m_config.mode); }
    bool kiosk() const { return m_config.mode == AppMode::Kiosk; }
    bool counter() const { return m_config.mode == AppMode::Counter; }
    QString cityName() const { return m_config.cityName; }
    QString version() const;
    QString qtVersion() const;
    const AppConfig& config() const { return m_config; }

private:
    AppConfig m_config;
};
