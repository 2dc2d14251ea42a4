// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AuditLog;
class PaymentController;
class QObject;

/**
 * Adds the payments to the kiosk's and the counter's audit log (docs/audit-log.md): one
 * `payment_settled` entry when the city gives a payment its final status (paid, denied,
 * cancelled, expired), with the method, the amount, the status and the city's payment id.
 * Never a card detail: the app never has one. The connection lives as long as `context`.
 */
void recordPaymentAudit(AuditLog* log, PaymentController* payments, QObject* context);
