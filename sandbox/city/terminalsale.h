// SPDX-License-Identifier: GPL-3.0-or-later
// A payment made on a kiosk's or counter's payment terminal, recorded at the city with
// POST /v1/payments {"method":"terminal", "terminal":{…}} (docs/api/openapi.yaml).
#pragma once

#include "apierror.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct CityContext;

struct TerminalSale
{
    QString deviceId; // the kiosk or counter that drove the terminal
    QString transactionId; // the app's id of the sale, sent to the terminal
    QString authCode; // the acquirer's authorisation code
    int amountCents = -1; // what the terminal charged

    static TerminalSale from(const QJsonObject& terminal);
    /**
     * Field shapes (422), then the sale's device must be `station`, the registered station
     * whose certificate the connection carries (403 device_mismatch).
     */
    std::optional<ApiError> check(const QString& station) const;
    /** The payment this sale was already recorded as, or 0. */
    qint64 recordedPayment(CityContext& city) const;
    /** Whether payment `id` is this very sale for this account and these items. */
    bool sameBasket(
        CityContext& city, qint64 id, qint64 accountId, const QJsonObject& request) const;
};
