// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/appconfig.h"
#include "tcppaymentterminal.h"
#include "terminalcheckout.h"

#include <memory>

class PaymentController;

/**
 * The kiosk's or counter's payment terminal as the configuration gives it
 * (`--payment-terminal HOST:PORT` / `payments/terminal`, docs/payment-terminal.md): built by
 * main() after the payments, handed to the PaymentController. Nothing at home, without an
 * address, or without `kiosk/device_id` (the city records terminal payments only from its own
 * devices, so a sale it would refuse is never charged).
 */
struct PaymentTerminalSetup
{
    explicit PaymentTerminalSetup(const AppConfig& config);
    bool isAvailable() const { return checkout != nullptr; }
    /** Gives the terminal, if there is one, to the payment screens' controller. */
    void attachTo(PaymentController* controller) const;

    std::unique_ptr<TcpPaymentTerminal> terminal;
    std::unique_ptr<TerminalCheckout> checkout;
    QString deviceId;
};
