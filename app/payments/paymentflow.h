// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "paymentinfo.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class PaymentApi;
class PaymentStore;
class TerminalCheckout;
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
 *
 * Terminal (kiosk, counter): the row with the sale's transaction id is committed before the
 * terminal is asked (status "charging"), the approval's code before the sale is recorded at
 * the city ("approved"), then the same POST /payments machinery; after a crash resume() asks
 * the terminal about a "charging" sale and records an "approved" one with its key. States:
 * AwaitingCitizen while the card is on the terminal, Creating while the city records it,
 * Checking while the terminal is asked about a sale, Unconfirmed when it cannot tell.
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
    /**
     * Finds this user's unsettled payment again in the journal (true). Without one, asks the
     * city for the account's open payments (started on another computer, or before a kiosk's
     * journal was wiped) and follows the newest, if any (false: nothing found locally).
     */
    bool resume();
    /** The kiosk's or counter's payment terminal and this device's id for the city. */
    void setTerminal(TerminalCheckout* checkout, const QString& deviceId);
    bool hasTerminal() const { return m_checkout && !m_deviceId.isEmpty(); }
    /**
     * Charges amountCents for these basket items (all when empty) on the terminal, then
     * records the approved sale at the city. Refused (false) while a payment is under way or
     * without a terminal; resumes an unsettled payment of this user instead of a new sale.
     */
    bool startTerminal(const QStringList& items, qint64 amountCents, const QString& reference);
    /** The citizen gave up on the screen: the terminal stops if it has not authorised yet. */
    void cancelTerminal();
    /** present_card, enter_pin, authorising while the terminal works on our sale. */
    QString terminalStage() const { return m_terminalStage; }
    /** The terminal took the money (the city may not have recorded it yet). */
    bool terminalCharged() const;
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
    bool resumeJournal();
    void lookUpOpenPayments();
    void resolveTerminalSale();
    void onTerminalState(int state);
    void terminalApproved();
    void endTerminalSale(const QString& journalStatus, State state);
    QString terminalTransaction() const;
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
    TerminalCheckout* m_checkout = nullptr;
    QString m_deviceId;
    QString m_terminalStage;
    bool m_onTerminal = false; // our sale or query is on the terminal
};
