// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"

#include <QObject>

#include <functional>

class CityApiClient;

/** The payment calls of the city API; a seam so that tests can play the city. */
class PaymentApi
{
public:
    using Done = std::function<void(const ApiResult&)>;
    virtual ~PaymentApi() = default;

    /** GET /basket */
    virtual void basket(QObject* context, Done done) = 0;
    /** POST /payments with the stored bytes and key: a repeat gets the first answer back. */
    virtual void create(
        const QByteArray& body, const QString& idempotencyKey, QObject* context, Done done)
        = 0;
    /** GET /payments/{id} */
    virtual void status(const QString& paymentId, QObject* context, Done done) = 0;
    /** GET /payments?status=open: this account's payments the city may still change. */
    virtual void openPayments(QObject* context, Done done) = 0;
};

/** PaymentApi over the app's CityApiClient. */
class CityPaymentApi : public PaymentApi
{
public:
    explicit CityPaymentApi(CityApiClient* client)
        : m_client(client)
    { }
    void basket(QObject* context, Done done) override;
    void create(const QByteArray& body, const QString& idempotencyKey, QObject* context,
        Done done) override;
    void status(const QString& paymentId, QObject* context, Done done) override;
    void openPayments(QObject* context, Done done) override;

private:
    CityApiClient* m_client;
};
