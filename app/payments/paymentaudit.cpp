// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentaudit.h"

#include "audit/auditlog.h"
#include "logging/logcategories.h"
#include "paymentcontroller.h"

#include <memory>

namespace {

QString finalStatus(PaymentFlow::State state)
{
    switch (state) {
    case PaymentFlow::Paid:
        return QStringLiteral("paid");
    case PaymentFlow::Denied:
        return QStringLiteral("denied");
    case PaymentFlow::Cancelled:
        return QStringLiteral("cancelled");
    case PaymentFlow::Expired:
        return QStringLiteral("expired");
    default:
        return {};
    }
}

} // namespace

void recordPaymentAudit(AuditLog* log, PaymentController* payments, QObject* context)
{
    // `changed` fires at every poll: remember what was written so a settled payment is
    // recorded once, and again only if its status were to change.
    auto last = std::make_shared<QString>();
    QObject::connect(payments, &PaymentController::changed, context, [log, payments, last] {
        const QString status = finalStatus(payments->state());
        if (status.isEmpty())
            return;
        const QString key = payments->paymentId() + QLatin1Char('/') + status;
        if (key == *last)
            return;
        *last = key;
        const QJsonObject detail { { QStringLiteral("method"), payments->method() },
            { QStringLiteral("amount_cents"), payments->amountCents() },
            { QStringLiteral("status"), status },
            { QStringLiteral("payment_id"), payments->paymentId() } };
        if (!log->append(QStringLiteral("payment_settled"), detail))
            qCWarning(lcPayments) << "audit log: could not record a settled payment";
    });
}
