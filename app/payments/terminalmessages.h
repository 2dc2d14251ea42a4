// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class PaymentFlow;

/**
 * What the screen says during a terminal payment (PaymentController::message() for the
 * method "terminal"): the terminal's stage, the city recording it, and the cases where the
 * card may have been charged, which must never read "failed, pay again".
 */
class TerminalMessages
{
    Q_DECLARE_TR_FUNCTIONS(TerminalMessages)

public:
    static QString message(const PaymentFlow& flow);
};
