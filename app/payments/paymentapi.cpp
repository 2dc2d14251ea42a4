// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentapi.h"

#include "api/cityapiclient.h"

void CityPaymentApi::basket(QObject* context, Done done)
{
    m_client->get(QStringLiteral("/basket"), context, std::move(done));
}

void CityPaymentApi::create(
    const QByteArray& body, const QString& idempotencyKey, QObject* context, Done done)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/payments");
    request.rawBody = body;
    request.idempotencyKey = idempotencyKey;
    request.submission = true;
    m_client->send(request, context, std::move(done));
}

void CityPaymentApi::status(const QString& paymentId, QObject* context, Done done)
{
    m_client->get(QStringLiteral("/payments/%1").arg(paymentId), context, std::move(done));
}

void CityPaymentApi::openPayments(QObject* context, Done done)
{
    m_client->get(QStringLiteral("/payments?status=open"), context, std::move(done));
}
