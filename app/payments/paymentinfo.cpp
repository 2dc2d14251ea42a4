// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentinfo.h"

#include <QJsonArray>

PaymentInfo PaymentInfo::fromJson(const QJsonObject& data)
{
    PaymentInfo p;
    p.id = data.value(QLatin1String("payment_id")).toVariant().toString();
    p.method = data.value(QLatin1String("method")).toString();
    p.status = data.value(QLatin1String("status")).toString();
    p.amountCents = data.value(QLatin1String("amount_cents")).toVariant().toLongLong();
    for (const QJsonValue& v : data.value(QLatin1String("request_ids")).toArray())
        p.requestIds << v.toVariant().toString();
    p.pspReference
        = data.value(QLatin1String("psp")).toObject().value(QLatin1String("pay_id")).toString();
    p.updatedAt
        = QDateTime::fromString(data.value(QLatin1String("updated_at")).toString(), Qt::ISODate);
    // A terminal payment's reference is the acquirer's code, the one on the terminal's ticket.
    const QJsonObject terminal = data.value(QLatin1String("terminal")).toObject();
    if (!terminal.value(QLatin1String("auth_code")).toString().isEmpty())
        p.pspReference = terminal.value(QLatin1String("auth_code")).toString();
    const QJsonObject card = data.value(QLatin1String("card")).toObject();
    p.checkoutUrl = QUrl(card.value(QLatin1String("checkout_url")).toString());
    p.qrPayload
        = data.value(QLatin1String("qr")).toObject().value(QLatin1String("payload")).toString();
    const QJsonObject transfer = data.value(QLatin1String("bank_transfer")).toObject();
    p.beneficiary = transfer.value(QLatin1String("beneficiary")).toString();
    p.iban = transfer.value(QLatin1String("iban")).toString();
    p.bic = transfer.value(QLatin1String("bic")).toString();
    p.communication = transfer.value(QLatin1String("communication")).toString();
    p.epcPayload = transfer.value(QLatin1String("epc_qr_payload")).toString();
    return p;
}

bool PaymentInfo::isSettled() const
{
    return status == QLatin1String("paid") || status == QLatin1String("denied")
        || status == QLatin1String("cancelled") || status == QLatin1String("expired");
}
