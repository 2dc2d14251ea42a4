// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "paymentinfo.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class PaymentApi;
class PaymentStore;
class UrlOpener;

/**
 * One payment from "pay" to the city's last word (docs/payments.md has the diagram).
 *
 * Never twice: the POST /payments body and its Idempotency-Key are committed to the
 * PaymentStore before the call, a repeat sends the same bytes with the same key, and while a
 * payment of this user is unsettled start() resumes it instead of creating another.
 * Never lost: the payment id is committed before the browser opens; resume() finds it after a
 * crash, a time-out or a closed browser and asks the city for its real status.
 * Never "failed" too early: the browser's return, the provider's "error" and network trouble
 * all read as Checking, with polling; only the city's paid/denied/cancelled/expired settle it.
 */
class PaymentFlow : public QObject
{
    Q_OBJECT

public:
    enum State {
        Idle,
        Creating, // POST /payments sent (or being repeated with its key)
        AwaitingCitizen, // checkout open, QR shown or transfer to be made
        Checking, // back from the provider, or the provider's "error": asking the city
        Unconfirmed, // still no final answer after the check window; nothing is lost
        Paid,
        Denied,
        Cancelled,
        Expired,
        Refused, // the city refused to create it (nothing to pay, invalid choice)
    };
    Q_ENUM(State)
    enum Method { Card, Qr, BankTransfer };
    Q_ENUM(Method)

    PaymentFlow(
        PaymentApi* api, PaymentStore* store, UrlOpener* browser, QObject* parent = nullptr);

    /** The account the payments belong to (the city's account id). */
    void setUser(const QString& userId) { m_userId = userId; }
    /** Poll pace and how long "checking" lasts (the API: every 3 s for up to 2 min). */
    void setPolling(int intervalMs, int checkWindowMs);

    State state() const { return m_state; }
    bool isFinal() const;
    const PaymentInfo& payment() const { return m_payment; }
    ApiError::Code lastError() const { return m_lastError; }

    /**
     * Pays the given basket items (all when empty). Refused (false) while a payment is under
     * way; resumes an unsettled payment of this user instead of creating a second one.
     */
    bool start(Method method, const QStringList& items = {});
    /** Finds this user's unsettled payment again; false when there is none. */
    bool resume();
    /**
     * Follows a payment the journal does not hold as unsettled (a return URL for a payment
     * made on another installation, or already settled here): asks the city for its status.
     */
    void follow(const QString& paymentId);
    /** The browser came back (eguichet://payment-return): ask the city now. */
    void browserReturned(const QString& paymentId);
    /** Opens the hosted checkout again (the citizen closed the browser). */
    bool reopenCheckout();
    /** From Unconfirmed: another check window. */
    void checkAgain();
    /** Stops polling and forgets the screen state; the journal keeps unsettled payments. */
    void reset();

signals:
    void stateChanged(PaymentFlow::State state);
    void paymentChanged();

private:
    void sendCreate();
    void onCreated(const ApiResult& result);
    void poll();
    void apply(const PaymentInfo& info);
    void setState(State state);
    void scheduleNextPoll();
    void enterChecking();
    void dropCallsInFlight();

    PaymentApi* m_api;
    PaymentStore* m_store;
    UrlOpener* m_browser;
    QString m_userId;
    State m_state = Idle;
    PaymentInfo m_payment;
    ApiError::Code m_lastError = ApiError::None;
    qint64 m_rowId = 0;
    QByteArray m_body;
    QString m_key;
    bool m_returned = false; // the browser came back or we resumed after leaving
    int m_intervalMs = 3000;
    int m_windowMs = 120000;
    QTimer m_pollTimer;
    QElapsedTimer m_checkingSince;
    QObject* m_calls = nullptr; // context of the calls in flight; replaced by reset()
};
