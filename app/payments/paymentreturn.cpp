// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentreturn.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

namespace PaymentReturn {

QUrl returnUrl()
{
    return QUrl(QStringLiteral("eguichet://payment-return"));
}

std::optional<QString> paymentIdOf(const QUrl& url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("eguichet")
        || url.host() != QLatin1String("payment-return"))
        return std::nullopt;
    const QString id = QUrlQuery(url).queryItemValue(QStringLiteral("payment_id"));
    // The id goes into a path of the city API: accept nothing but a plain token.
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!token.match(id).hasMatch())
        return std::nullopt;
    return id;
}

std::optional<QString> paymentIdInArguments(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument.startsWith(QLatin1String("eguichet:")))
            return paymentIdOf(QUrl(argument));
    }
    return std::nullopt;
}

} // namespace PaymentReturn
