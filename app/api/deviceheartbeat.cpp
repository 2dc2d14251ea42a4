// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceheartbeat.h"

#include "cityapiclient.h"
#include "logging/logcategories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace {

constexpr int kDefaultIntervalS = 300;
constexpr int kMinimumIntervalS = 1; // whatever the city says, never a busy loop

} // namespace

DeviceHeartbeat::DeviceHeartbeat(CityApiClient* api, const QString& deviceId, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_deviceId(deviceId)
{
    m_timer.setInterval(kDefaultIntervalS * 1000);
    connect(&m_timer, &QTimer::timeout, this, &DeviceHeartbeat::sendNow);
}

void DeviceHeartbeat::setReader(const QString& status, const QString& name)
{
    m_reader = status;
    m_readerName = name;
}

void DeviceHeartbeat::start()
{
    m_startedAt = QDateTime::currentSecsSinceEpoch();
    m_timer.start();
    sendNow();
}

void DeviceHeartbeat::sendNow()
{
    if (m_printerProbe)
        m_printer = m_printerProbe();
    QJsonObject reader { { QStringLiteral("status"), m_reader } };
    if (!m_readerName.isEmpty())
        reader.insert(QStringLiteral("name"), m_readerName);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/devices/%1/heartbeat").arg(m_deviceId);
    request.withoutSession = true;
    request.body = QJsonObject { { QStringLiteral("version"),
                                     QCoreApplication::applicationVersion() },
        { QStringLiteral("reader"), reader },
        { QStringLiteral("printer"), QJsonObject { { QStringLiteral("status"), m_printer } } },
        { QStringLiteral("uptime_s"), QDateTime::currentSecsSinceEpoch() - m_startedAt } };
    m_api->send(request, this, [this](const ApiResult& r) {
        if (!r.ok()) {
            qCInfo(lcApi) << "heartbeat not received:" << r.error;
            return; // the timer tries again at the usual pace
        }
        const QJsonObject data = r.data.toObject();
        m_cityStatus = data.value(QLatin1String("status")).toString();
        const int next = data.value(QLatin1String("next_heartbeat_s")).toInt(kDefaultIntervalS);
        m_timer.setInterval(qMax(next, kMinimumIntervalS) * 1000);
        emit reported(m_cityStatus);
    });
}
