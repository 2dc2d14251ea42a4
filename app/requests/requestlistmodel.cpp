// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlistmodel.h"

#include "api/cityapiclient.h"

#include <QDateTime>
#include <QJsonObject>

RequestListModel::RequestListModel(CityApiClient* api, QObject* parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

int RequestListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

QVariant RequestListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const QJsonObject r = m_requests.at(index.row()).toObject();
    const QJsonObject status = r.value(QLatin1String("status")).toObject();
    switch (role) {
    case IdRole:
        return r.value(QLatin1String("id")).toVariant().toString();
    case NumberRole:
        return r.value(QLatin1String("number")).toString();
    case ServiceTitleRole:
        return r.value(QLatin1String("service_title")).toString();
    case StatusLabelRole:
        return status.value(QLatin1String("label")).toString();
    case FinalRole:
        return status.value(QLatin1String("final")).toBool();
    case SubmittedAtRole:
        return QDateTime::fromString(
            r.value(QLatin1String("submitted_at")).toString(), Qt::ISODate);
    case UpdatedAtRole:
        return QDateTime::fromString(r.value(QLatin1String("updated_at")).toString(), Qt::ISODate);
    case NeedsActionRole:
        return r.value(QLatin1String("needs_action")).toString();
    case AmountCentsRole:
        return r.value(QLatin1String("amount_cents")).toInt();
    default:
        return {};
    }
}

QHash<int, QByteArray> RequestListModel::roleNames() const
{
    return { { IdRole, "requestId" }, { NumberRole, "number" },
        { ServiceTitleRole, "serviceTitle" }, { StatusLabelRole, "statusLabel" },
        { FinalRole, "final" }, { SubmittedAtRole, "submittedAt" }, { UpdatedAtRole, "updatedAt" },
        { NeedsActionRole, "needsAction" }, { AmountCentsRole, "amountCents" } };
}

void RequestListModel::load(const QString& status)
{
    ApiRequest request;
    request.path = QStringLiteral("/requests");
    request.query.addQueryItem(QStringLiteral("status"), status);
    m_busy = true;
    emit busyChanged();
    m_api->send(request, this, [this](const ApiResult& r) {
        m_busy = false;
        m_failure = r.ok() ? ApiResult {} : r;
        if (r.ok()) { // on failure the last list stays visible, with the error above it
            beginResetModel();
            m_requests = r.data.toArray();
            endResetModel();
        }
        emit busyChanged();
    });
}

void RequestListModel::clear()
{
    beginResetModel();
    m_requests = {};
    endResetModel();
    m_failure = ApiResult {};
    m_busy = false; // a load of the ended session is dropped by the client, never answered
    emit busyChanged();
}
