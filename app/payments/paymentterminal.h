// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

/**
 * A semi-integrated payment terminal at the kiosk or the counter: the app sends an amount and a
 * reference, the citizen presents the card and types the PIN on the terminal, the app hears
 * the outcome. Card data never reaches the app (docs/payment-terminal.md).
 */
class PaymentTerminal : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Approved,
        Declined,
        Cancelled, // by the citizen on the terminal, or abort()
        Timeout, // no answer in time; the sale was aborted (docs: recovery)
        ConnectionLost, // no link, or it broke before the result: the outcome is unknown
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::ConnectionLost;
        QString transactionId; // ours, sent with the sale
        QString authorisationCode; // the acquirer's, for the receipt
    };

    using QObject::QObject;

    /**
     * One sale; `finished` follows exactly once. Refused (false) while a sale runs.
     * transactionId: the app's id of the sale, written down before the sale is sent so that a
     * crash can ask about it later; empty = a fresh one.
     */
    virtual bool start(
        qint64 amountCents, const QString& reference, const QString& transactionId = QString())
        = 0;
    /**
     * After Timeout or ConnectionLost: asks what became of sale `transactionId`; `finished`
     * carries its result, or ConnectionLost when the terminal does not know it (yet).
     */
    virtual bool query(const QString& transactionId) = 0;
    /** Asks the terminal to stop the sale; the result still comes through `finished`. */
    virtual void abort() = 0;

signals:
    /** present_card, enter_pin, authorising: what the screen may tell the citizen. */
    void progress(const QString& stage);
    void finished(const PaymentTerminal::Result& result);
};

Q_DECLARE_METATYPE(PaymentTerminal::Result)
