// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class CityApiClient;

/**
 * The kiosk's health report (POST /v1/devices/{id}/heartbeat): version, card reader and
 * printer state, uptime; sent at start and then at the pace the city asks
 * (`next_heartbeat_s`). It is the device speaking, so the citizen's session never goes with
 * it; nothing personal is in it.
 */
class DeviceHeartbeat : public QObject
{
    Q_OBJECT

public:
    DeviceHeartbeat(CityApiClient* api, const QString& deviceId, QObject* parent = nullptr);

    /** "ok", "absent" or "error", and the reader's name. */
    void setReader(const QString& status, const QString& name = {});
    /** "ok", "paper_low", "paper_out", "offline" or "error". */
    void setPrinter(const QString& status) { m_printer = status; }
    /** Asked before each report for the printer's status (the kiosk: its CUPS queue). */
    void setPrinterProbe(std::function<QString()> probe) { m_printerProbe = std::move(probe); }

    void start();
    void stop() { m_timer.stop(); }
    int intervalSeconds() const { return m_timer.interval() / 1000; }
    /** "healthy" or "degraded" as the city judged the last report; empty before. */
    QString cityStatus() const { return m_cityStatus; }

public slots:
    void sendNow();

signals:
    void reported(const QString& cityStatus);

private:
    CityApiClient* m_api;
    QString m_deviceId;
    QString m_reader = QStringLiteral("absent");
    QString m_readerName;
    QString m_printer = QStringLiteral("offline");
    std::function<QString()> m_printerProbe;
    QString m_cityStatus;
    QTimer m_timer;
    qint64 m_startedAt = 0;
};
