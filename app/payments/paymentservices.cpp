// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentservices.h"

#include "composition/coreservices.h"
#include "i18n/languagecontroller.h"
#include "paymentreturn.h"
#include "session/sessioncontroller.h"

#include <QUrlQuery>

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

void PaymentServices::wire(CoreServices& core, LanguageController* language,
    SessionController* session, std::optional<QString> returnedPayment)
{
    AccountController* accounts = &core.accounts;
    QObject::connect(accounts, &AccountController::loginSucceeded, &controller,
        [this, accounts, returnedPayment]() mutable {
            controller.setUser(accounts->userId());
            controller.loadBasket();
            if (returnedPayment) {
                // Started by the provider's return: that payment, once.
                QUrl url = PaymentReturn::returnUrl();
                url.setQuery(QUrlQuery { { QStringLiteral("payment_id"), *returnedPayment } });
                controller.handleReturnUrl(url);
                returnedPayment.reset();
            } else {
                controller.resume(); // an unsettled payment of this account is shown again
            }
        });
    // Home: another citizen may log in next on this computer.
    QObject::connect(accounts, &AccountController::sessionChanged, &controller, [this, accounts] {
        if (!accounts->loggedIn())
            controller.clear();
    });
    QObject::connect(language, &LanguageController::languageChanged, &controller,
        &PaymentController::retranslate);
    // Kiosk, counter: the citizen has left. A wiper, so that the screens that come back
    // after the end see nothing of the payment.
    session->addWiper([this] {
        controller.clear();
        journal.forgetSettled(); // unsettled rows stay: money may be on its way
    });
}
