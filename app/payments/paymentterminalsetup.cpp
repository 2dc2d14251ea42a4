// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentterminalsetup.h"

#include "logging/logcategories.h"
#include "paymentcontroller.h"

PaymentTerminalSetup::PaymentTerminalSetup(const AppConfig& config)
    : deviceId(config.deviceId)
{
    QString host;
    quint16 port = 0;
    if (config.mode == AppMode::Home || !parseHostPort(config.paymentTerminal, &host, &port))
        return;
    if (deviceId.isEmpty()) {
        qCWarning(lcPayments) << "payment terminal configured without kiosk/device_id: not used";
        return;
    }
    terminal = std::make_unique<TcpPaymentTerminal>(host, port);
    checkout = std::make_unique<TerminalCheckout>(terminal.get());
}

void PaymentTerminalSetup::attachTo(PaymentController* controller) const
{
    if (checkout)
        controller->setTerminal(checkout.get(), deviceId);
}
