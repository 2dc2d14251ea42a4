// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/appconfig.h"
#include "paymentapi.h"
#include "paymentcontroller.h"
#include "paymentstore.h"
#include "urlopener.h"

#include <memory>

struct CoreServices;

/**
 * The payment side (docs/payments.md, "Wiring"): the city's payment calls over the core's API
 * client, the journal in the local store's database, the browser, and the PaymentController
 * the screens see. A part of AppServices, which wires it to the account (a login resumes an
 * unsettled payment, a logout forgets the screen state), the language and the session (a
 * kiosk or counter session end clears it and forgets settled journal rows; unsettled ones
 * stay: money may be on its way).
 */
struct PaymentServices
{
    /**
     * browser: the system browser in the app, a recording opener in tests. api: the city's
     * payment calls, over the core's API client unless a test plays the city.
     */
    PaymentServices(
        CoreServices& core, std::unique_ptr<UrlOpener> browser, PaymentApi* api = nullptr);

    /** The methods offered in this mode: home card and transfer; kiosk, counter QR and transfer. */
    static QStringList methodsFor(AppMode mode);

    CityPaymentApi cityApi;
    PaymentStore journal;
    std::unique_ptr<UrlOpener> browser;
    PaymentController controller;
};
