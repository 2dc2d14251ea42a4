// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class LocalDatabase;

/** One payment the app started, as remembered on disk. */
struct PaymentRecord
{
    qint64 rowId = 0;
    QString userId;
    QString idempotencyKey;
    QByteArray body; // the exact bytes of POST /payments: a repeat must send the same
    QString paymentId; // empty until the city answered
    QString status;
    bool settled = false;
};

/**
 * The payment journal: a row is committed with its Idempotency-Key before POST /payments is
 * sent, and the city's payment id is committed before the citizen leaves for the provider, so
 * that after a crash, a time-out or a closed browser the app finds the payment again instead
 * of starting a second one. Its own table `payment_journal` in the LocalStore's database,
 * created on first use (CREATE TABLE IF NOT EXISTS): no migration step of the store is needed.
 */
class PaymentStore
{
public:
    explicit PaymentStore(LocalDatabase* database);

    bool isReady() const { return m_ready; }
    /** Commits a new row; its id, or 0 when the write failed (then nothing may be sent). */
    qint64 add(const QString& userId, const QByteArray& body, const QString& idempotencyKey);
    bool setPayment(qint64 rowId, const QString& paymentId, const QString& status, bool settled);
    /**
     * A terminal payment's body once the terminal approved (its authorisation code added),
     * committed before the POST: the key has not been sent with other bytes yet.
     */
    bool setBody(qint64 rowId, const QByteArray& body, const QString& status);
    /** The newest payment of this user the city has not settled yet. */
    std::optional<PaymentRecord> unsettled(const QString& userId) const;
    std::optional<PaymentRecord> byPaymentId(const QString& paymentId) const;
    /** Settled rows go (kiosk and counter session end); unsettled ones must stay. */
    void forgetSettled();

private:
    LocalDatabase* m_database;
    bool m_ready = false;
};
