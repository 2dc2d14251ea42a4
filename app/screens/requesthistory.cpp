// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthistory.h"

#include "api/cityapiclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

RequestHistory::RequestHistory(CityApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

void RequestHistory::load(const QString& requestId)
{
    clear();
    m_busy = true;
    emit changed();
    m_api->get(QStringLiteral("/requests/%1").arg(requestId), this, [this](const ApiResult& r) {
        m_busy = false;
        if (!r.ok()) {
            m_failure = r;
            emit changed();
            return;
        }
        apply(r.data.toObject());
    });
}

void RequestHistory::apply(const QJsonObject& request)
{
    m_number = request.value(QLatin1String("number")).toString();
    m_serviceTitle = request.value(QLatin1String("service_title")).toString();
    const QJsonObject status = request.value(QLatin1String("status")).toObject();
    m_statusLabel = status.value(QLatin1String("label")).toString();
    m_steps.clear();
    const QJsonArray history = request.value(QLatin1String("history")).toArray();
    for (int i = 0; i < history.size(); ++i) {
        const QJsonObject step = history.at(i).toObject();
        const QJsonObject s = step.value(QLatin1String("status")).toObject();
        m_steps.append(QVariantMap {
            { QStringLiteral("at"),
                QDateTime::fromString(step.value(QLatin1String("at")).toString(), Qt::ISODate)
                    .toLocalTime()
                    .date() },
            { QStringLiteral("status"), s.value(QLatin1String("id")).toString() },
            { QStringLiteral("statusLabel"), s.value(QLatin1String("label")).toString() },
            { QStringLiteral("message"), step.value(QLatin1String("message")).toString() },
            { QStringLiteral("current"), i == history.size() - 1 } });
    }
    emit changed();
}

void RequestHistory::clear()
{
    m_busy = false;
    m_number.clear();
    m_serviceTitle.clear();
    m_statusLabel.clear();
    m_steps.clear();
    m_failure = {};
    emit changed();
}
