// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QtQml/qqmlregistration.h>

class CityApiClient;

/**
 * The citizen's requests (GET /v1/requests), newest first, to follow them (FAQ 1, 3):
 * number, service, status and whether something is awaited from the citizen (a payment).
 */
class RequestListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built in main()")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY busyChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        ServiceTitleRole,
        StatusLabelRole,
        FinalRole,
        SubmittedAtRole,
        UpdatedAtRole,
        NeedsActionRole,
        AmountCentsRole,
    };
    Q_ENUM(Role)

    explicit RequestListModel(CityApiClient* api, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_failure.ok() ? QString() : m_failure.userMessage(); }

    /** status: "open", "done" or "all". */
    Q_INVOKABLE void load(const QString& status = QStringLiteral("all"));
    void clear();

signals:
    void busyChanged();

private:
    CityApiClient* m_api;
    QJsonArray m_requests;
    bool m_busy = false;
    ApiResult m_failure;
};
