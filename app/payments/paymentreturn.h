// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

/**
 * The provider's way back into the app: the checkout redirects the browser to
 * `eguichet://payment-return?payment_id=…&status=…`, the desktop launches the app with that
 * URL (docs/payments.md: the .desktop registration). The status in it is only a hint from the
 * browser: the app always asks the city (GET /payments/{id}).
 */
namespace PaymentReturn {

/** The return URL sent with POST /payments. */
QUrl returnUrl();
/** The payment id of a return URL; nothing for any other URL or a malformed id. */
std::optional<QString> paymentIdOf(const QUrl& url);
/** The return URL among the command-line arguments, if one is there. */
std::optional<QString> paymentIdInArguments(const QStringList& arguments);

} // namespace PaymentReturn
