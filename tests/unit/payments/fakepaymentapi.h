// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted city for the payment state machine: records every POST (bytes and key) and
// answers GET /payments/{id} from a list of statuses and GET /payments?status=open from a list
// of open payments, asynchronously, as the real client does.
#pragma once

#include "payments/paymentapi.h"
#include "payments/urlopener.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

struct RecordingOpener : UrlOpener
{
    QList<QUrl> opened;
    bool open(const QUrl& url) override
    {
        opened << url;
        return true;
    }
};

class FakePaymentApi : public PaymentApi
{
public:
    struct Create
    {
        QByteArray body;
        QString key;
    };
    QList<Create> creates;
    int statusCalls = 0;
    bool answerCreate = true; // false: the "city" keeps the answer (the app crashes meanwhile)
    ApiError::Code createError = ApiError::None;
    int createsWithoutId = 0; // the next answers of POST lack payment_id (a broken gateway)
    QString method = QStringLiteral("card");
    QString createdStatus = QStringLiteral("pending");
    QStringList statuses; // successive answers of GET; the last one repeats
    ApiError::Code statusError = ApiError::None; // while set, GET fails this way
    QJsonArray open; // GET /payments?status=open: what the city still has open, newest first
    int openCalls = 0;

    static QJsonObject payment(const QString& method, const QString& status)
    {
        QJsonObject p { { "payment_id", "17" }, { "method", method }, { "status", status },
            { "amount_cents", 500 }, { "request_ids", QJsonArray { "5", "6" } },
            { "updated_at", "2026-11-27T09:30:00Z" },
            { "psp", QJsonObject { { "pay_id", "SBX17" } } } };
        if (method == QLatin1String("card"))
            p.insert("card", QJsonObject { { "checkout_url", "https://psp.invalid/checkout/17" } });
        if (method == QLatin1String("qr"))
            p.insert("qr", QJsonObject { { "payload", "https://psp.invalid/qr/17" } });
        return p;
    }

    void basket(QObject* context, Done done) override
    {
        ApiResult r;
        r.data = QJsonObject { { "items",
                                   QJsonArray { QJsonObject { { "id", "5" }, { "number", "DEM-5" },
                                                    { "amount_cents", 300 } },
                                       QJsonObject { { "id", "6" }, { "number", "DEM-6" },
                                           { "amount_cents", 200 } } } },
            { "total_cents", 500 } };
        later(context, std::move(done), r);
    }
    void create(const QByteArray& body, const QString& key, QObject* context, Done done) override
    {
        creates << Create { body, key };
        if (!answerCreate)
            return;
        ApiResult r;
        r.error = createError;
        if (r.ok())
            r.data = payment(method, createdStatus);
        if (r.ok() && createsWithoutId > 0) {
            --createsWithoutId;
            r.data = QJsonObject { { "status", "pending" } };
        }
        later(context, std::move(done), r);
    }
    void status(const QString&, QObject* context, Done done) override
    {
        ++statusCalls;
        ApiResult r;
        r.error = statusError;
        if (r.ok()) {
            const QString s = statuses.size() > 1 ? statuses.takeFirst()
                                                  : statuses.value(0, QStringLiteral("pending"));
            r.data = payment(method, s);
        }
        later(context, std::move(done), r);
    }

    void openPayments(QObject* context, Done done) override
    {
        ++openCalls;
        ApiResult r;
        r.data = open;
        later(context, std::move(done), r);
    }

private:
    static void later(QObject* context, Done done, const ApiResult& result)
    {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, [guard, done, result] {
            if (guard)
                done(result);
        });
    }
};
