// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentservices.h"

#include "composition/coreservices.h"

PaymentServices::PaymentServices(
    CoreServices& core, std::unique_ptr<UrlOpener> opener, PaymentApi* api)
    : cityApi(&core.api)
    , journal(core.store.database()) // creates payment_journal if missing
    , browser(std::move(opener))
    , controller(api ? api : &cityApi, &journal, browser.get())
{
    controller.setMethods(methodsFor(core.mode));
    controller.setCityName(core.cityName);
}

QStringList PaymentServices::methodsFor(AppMode mode)
{
    // Card numbers are never typed into the app: the provider's page in the citizen's own
    // browser at home; a phone (QR) at the kiosk and the counter, where the browser is ours.
    if (mode == AppMode::Home)
        return { QStringLiteral("card"), QStringLiteral("bank_transfer") };
    return { QStringLiteral("qr"), QStringLiteral("bank_transfer") };
}
