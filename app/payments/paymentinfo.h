// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

/** A payment as the city describes it (docs/api/openapi.yaml, schema Payment). */
struct PaymentInfo
{
    QString id;
    QString method; // card | qr | bank_transfer | terminal
    QString status; // pending | waiting | paid | denied | cancelled | expired | error
    qint64 amountCents = 0;
    QStringList requestIds;
    QString pspReference; // the provider's pay id (terminal: the authorisation code)
    QDateTime updatedAt; // when it became paid, once it is
    QUrl checkoutUrl; // card: the provider's hosted page
    QString qrPayload; // qr: what the phone opens
    QString beneficiary, iban, bic, communication, epcPayload; // bank transfer

    static PaymentInfo fromJson(const QJsonObject& data);
    /** Statuses the city never changes again ("error" is not one: the provider may recover). */
    bool isSettled() const;
};
