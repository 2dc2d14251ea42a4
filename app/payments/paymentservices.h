// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/appconfig.h"
#include "paymentapi.h"
#include "paymentcontroller.h"
#include "paymentstore.h"
#include "urlopener.h"

#include <memory>
#include <optional>

struct CoreServices;
class LanguageController;
class SessionController;

/**
 * The payment side built the same way by main() and the tests (docs/payments.md, "Wiring"):
 * the city's payment calls over the core's API client, the journal in the local store's
 * database, the browser, and the PaymentController the screens see. wire() connects it to
 * the account (a login resumes an unsettled payment, a logout forgets the screen state), the
 * language and the session (a kiosk or counter session end clears it and forgets settled
 * journal rows; unsettled ones stay: money may be on its way).
 */
struct PaymentServices
{
    /**
     * browser: the system browser in the app, a recording opener in tests. api: the city's
     * payment calls, over the core's API client unless a test plays the city.
     */
    PaymentServices(
        CoreServices& core, std::unique_ptr<UrlOpener> browser, PaymentApi* api = nullptr);

    /**
     * returnedPayment: the payment id of an `eguichet://payment-return` URL the app was started
     * with; it is followed after the next login instead of a plain resume().
     */
    void wire(CoreServices& core, LanguageController* language, SessionController* session,
        std::optional<QString> returnedPayment = {});

    /** The methods offered in this mode: home card and transfer; kiosk, counter QR and transfer. */
    static QStringList methodsFor(AppMode mode);

    CityPaymentApi cityApi;
    PaymentStore journal;
    std::unique_ptr<UrlOpener> browser;
    PaymentController controller;
};
