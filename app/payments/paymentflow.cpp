// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentflow.h"

#include "api/cityapiclient.h"
#include "paymentapi.h"
#include "paymentreturn.h"
#include "paymentstore.h"
#include "terminalcheckout.h"
#include "urlopener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

const char* const kCharging = "charging"; // journal: the sale is (or was) on the terminal
const char* const kApproved = "approved"; // journal: the terminal approved, city not told yet

QJsonObject bodyObject(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

QString methodName(PaymentFlow::Method method)
{
    switch (method) {
    case PaymentFlow::Card:
        return QStringLiteral("card");
    case PaymentFlow::Qr:
        return QStringLiteral("qr");
    case PaymentFlow::BankTransfer:
        break;
    }
    return QStringLiteral("bank_transfer");
}

} // namespace

PaymentFlow::PaymentFlow(PaymentApi* api, PaymentStore* store, UrlOpener* browser, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_browser(browser)
    , m_calls(new QObject(this))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &PaymentFlow::poll);
}

void PaymentFlow::setPolling(int intervalMs, int checkWindowMs)
{
    m_intervalMs = intervalMs;
    m_windowMs = checkWindowMs;
}

bool PaymentFlow::isFinal() const
{
    return m_state >= Paid;
}

bool PaymentFlow::start(Method method, const QStringList& items)
{
    if (m_state != Idle && !isFinal())
        return false;
    if (resumeJournal())
        return true; // an unsettled payment exists: never a second one beside it
    QJsonObject body { { "method", methodName(method) } };
    if (!items.isEmpty())
        body.insert(QStringLiteral("items"), QJsonArray::fromStringList(items));
    if (method == Card)
        body.insert(QStringLiteral("return_url"), PaymentReturn::returnUrl().toString());
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_key = CityApiClient::newIdempotencyKey();
    m_payment = PaymentInfo();
    m_returned = false;
    m_rowId = m_store->add(m_userId, m_body, m_key);
    if (m_rowId == 0) {
        // Not written down, so not sent: a crash now could otherwise pay twice.
        m_lastError = ApiError::NotConfigured;
        setState(Refused);
        return false;
    }
    sendCreate();
    return true;
}

bool PaymentFlow::resume()
{
    if (resumeJournal())
        return true;
    lookUpOpenPayments();
    return false;
}

bool PaymentFlow::resumeJournal()
{
    const std::optional<PaymentRecord> record = m_store->unsettled(m_userId);
    if (!record)
        return false;
    m_rowId = record->rowId;
    m_body = record->body;
    m_key = record->idempotencyKey;
    m_payment = PaymentInfo();
    m_payment.id = record->paymentId;
    m_payment.status = record->status;
    const QJsonObject body = bodyObject(m_body);
    if (body.value(QLatin1String("method")).toString() == QLatin1String("terminal")
        && m_payment.id.isEmpty()) {
        m_payment.method = QStringLiteral("terminal");
        m_payment.amountCents = body.value(QLatin1String("terminal"))
                                    .toObject()
                                    .value(QLatin1String("amount_cents"))
                                    .toVariant()
                                    .toLongLong();
        for (const QJsonValue& v : body.value(QLatin1String("items")).toArray())
            m_payment.requestIds << v.toString();
        emit paymentChanged();
        if (m_payment.status == QLatin1String(kCharging)) {
            resolveTerminalSale(); // what became of the sale? Never a new one before knowing
            return true;
        }
        // Approved: the money is taken; record it with the same key and bytes.
    }
    if (m_payment.id.isEmpty()) {
        sendCreate(); // the city may have made it: the same key brings the same payment back
    } else {
        // Its real status first; pending then means the citizen may still pay.
        m_returned = false;
        enterChecking();
        poll();
    }
    return true;
}

void PaymentFlow::lookUpOpenPayments()
{
    if (m_state != Idle && !isFinal())
        return;
    m_api->openPayments(m_calls, [this](const ApiResult& r) {
        const QJsonArray open = r.data.toArray();
        if (!r.ok() || open.isEmpty() || (m_state != Idle && !isFinal()))
            return; // nothing open, or the citizen started something meanwhile
        const PaymentInfo newest = PaymentInfo::fromJson(open.first().toObject());
        if (newest.id.isEmpty())
            return;
        const std::optional<PaymentRecord> record = m_store->byPaymentId(newest.id);
        m_rowId = record ? record->rowId : 0;
        m_returned = false;
        apply(newest); // pending: the QR or checkout again; waiting, error: checking
    });
}

void PaymentFlow::setTerminal(TerminalCheckout* checkout, const QString& deviceId)
{
    if (m_checkout)
        disconnect(m_checkout, nullptr, this, nullptr);
    m_checkout = checkout;
    m_deviceId = deviceId;
    if (!m_checkout)
        return;
    connect(m_checkout, &TerminalCheckout::stateChanged, this,
        [this](TerminalCheckout::State state) { onTerminalState(state); });
    connect(m_checkout, &TerminalCheckout::progress, this, [this](const QString& stage) {
        if (!m_onTerminal)
            return;
        m_terminalStage = stage;
        emit paymentChanged();
    });
}

bool PaymentFlow::startTerminal(
    const QStringList& items, qint64 amountCents, const QString& reference)
{
    if ((m_state != Idle && !isFinal()) || !hasTerminal() || amountCents <= 0)
        return false;
    if (resumeJournal())
        return true; // an unsettled payment exists: never a sale beside it
    const QString txn = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject body { { "method", "terminal" } };
    if (!items.isEmpty())
        body.insert(QStringLiteral("items"), QJsonArray::fromStringList(items));
    body.insert(QStringLiteral("terminal"),
        QJsonObject {
            { "id", m_deviceId }, { "transaction_id", txn }, { "amount_cents", amountCents } });
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_key = CityApiClient::newIdempotencyKey();
    m_returned = false;
    m_payment = PaymentInfo();
    m_payment.method = QStringLiteral("terminal");
    m_payment.amountCents = amountCents;
    m_payment.requestIds = items;
    m_payment.status = QLatin1String(kCharging);
    m_rowId = m_store->add(m_userId, m_body, m_key);
    if (m_rowId == 0 || !m_store->setBody(m_rowId, m_body, m_payment.status)) {
        // Not written down, so not charged: a crash during the sale could not be resolved.
        m_lastError = ApiError::NotConfigured;
        setState(Refused);
        return false;
    }
    // An earlier sale whose outcome is unknown has its own journal row, resolved when its
    // citizen comes back; it is not this basket's.
    m_checkout->reset();
    m_checkout->forgetUnresolved();
    m_onTerminal = true;
    m_terminalStage.clear();
    setState(AwaitingCitizen);
    emit paymentChanged();
    if (!m_checkout->start(amountCents, reference, txn)) {
        m_onTerminal = false;
        m_store->setPayment(m_rowId, QString(), QStringLiteral("terminal_busy"), true);
        m_lastError = ApiError::None;
        setState(Refused); // nothing was sent to the terminal: nothing charged
        return false;
    }
    return true;
}

void PaymentFlow::cancelTerminal()
{
    if (m_onTerminal && m_checkout)
        m_checkout->cancel(); // the outcome still comes from the terminal
}

bool PaymentFlow::terminalCharged() const
{
    return m_payment.method == QLatin1String("terminal")
        && (m_payment.status == QLatin1String(kApproved)
            || m_payment.status == QLatin1String("paid"));
}

QString PaymentFlow::terminalTransaction() const
{
    return bodyObject(m_body)
        .value(QLatin1String("terminal"))
        .toObject()
        .value(QLatin1String("transaction_id"))
        .toString();
}

void PaymentFlow::resolveTerminalSale()
{
    enterChecking();
    m_onTerminal = m_checkout && m_checkout->resolve(terminalTransaction());
    if (!m_onTerminal)
        setState(Unconfirmed); // no terminal to ask now: staff, or checkAgain() later
}

void PaymentFlow::onTerminalState(int state)
{
    if (!m_onTerminal)
        return; // a sale of a session that was reset: its journal row is resolved on resume
    switch (TerminalCheckout::State(state)) {
    case TerminalCheckout::Idle:
    case TerminalCheckout::InProgress:
        return;
    case TerminalCheckout::Approved:
        m_onTerminal = false;
        return terminalApproved();
    case TerminalCheckout::Declined:
        return endTerminalSale(QStringLiteral("terminal_declined"), Denied);
    case TerminalCheckout::Cancelled:
        return endTerminalSale(QStringLiteral("terminal_cancelled"), Cancelled);
    case TerminalCheckout::Unknown:
        break;
    }
    // The card may have been charged: the row stays "charging" until the terminal tells.
    m_onTerminal = false;
    m_terminalStage.clear();
    setState(Unconfirmed);
}

void PaymentFlow::endTerminalSale(const QString& journalStatus, State state)
{
    m_onTerminal = false;
    m_terminalStage.clear();
    m_store->setPayment(m_rowId, QString(), journalStatus, true); // nothing was charged
    m_payment.status = state == Denied ? QStringLiteral("denied") : QStringLiteral("cancelled");
    emit paymentChanged();
    setState(state);
}

void PaymentFlow::terminalApproved()
{
    m_terminalStage.clear();
    if (m_checkout->transactionId() != terminalTransaction()) {
        setState(Unconfirmed); // an answer about another sale proves nothing about ours
        return;
    }
    QJsonObject body = bodyObject(m_body);
    QJsonObject sale = body.value(QLatin1String("terminal")).toObject();
    sale.insert(QStringLiteral("auth_code"), m_checkout->authorisationCode());
    body.insert(QStringLiteral("terminal"), sale);
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Written before the city is told: from here on a crash records it, never charges again.
    m_store->setBody(m_rowId, m_body, QLatin1String(kApproved));
    m_payment.status = QLatin1String(kApproved);
    m_payment.pspReference = m_checkout->authorisationCode();
    emit paymentChanged();
    sendCreate(); // offline, 5xx, 401: repeated with the same key and bytes until the city answers
}

void PaymentFlow::follow(const QString& paymentId)
{
    dropCallsInFlight(); // answers about another payment must not land on this one
    const std::optional<PaymentRecord> record = m_store->byPaymentId(paymentId);
    m_rowId = record ? record->rowId : 0; // no row: the statuses are simply not written down
    m_payment = PaymentInfo();
    m_payment.id = paymentId;
    m_returned = true;
    enterChecking();
    poll();
}

void PaymentFlow::sendCreate()
{
    setState(Creating);
    m_api->create(m_body, m_key, m_calls, [this](const ApiResult& r) { onCreated(r); });
}

void PaymentFlow::onCreated(const ApiResult& result)
{
    m_lastError = result.error;
    const PaymentInfo info = PaymentInfo::fromJson(result.data.toObject());
    if (result.ok() && info.id.isEmpty())
        m_lastError = ApiError::MalformedResponse; // no id to follow: ask again, same key
    if (m_lastError == ApiError::None) {
        // Written before the browser opens: a crash from here on resumes this payment.
        m_store->setPayment(m_rowId, info.id, info.status, info.isSettled());
        const bool fresh = m_payment.id.isEmpty();
        apply(info);
        if (fresh && info.method == QLatin1String("card") && m_state == AwaitingCitizen)
            m_browser->open(info.checkoutUrl);
        return;
    }
    if (ApiError::isTransient(m_lastError) || m_lastError == ApiError::Unauthorized
        || m_lastError == ApiError::MalformedResponse) {
        // Unknown whether the city made it: repeat later with the same key and bytes.
        QTimer::singleShot(m_intervalMs, m_calls, [this] { sendCreate(); });
        return;
    }
    m_store->setPayment(m_rowId, QString(), QStringLiteral("refused"), true);
    setState(Refused);
}

void PaymentFlow::poll()
{
    if (m_payment.id.isEmpty() || isFinal())
        return;
    m_api->status(m_payment.id, m_calls, [this](const ApiResult& r) {
        m_lastError = r.error;
        if (r.ok())
            apply(PaymentInfo::fromJson(r.data.toObject()));
        else if (m_state == Checking || m_state == AwaitingCitizen)
            scheduleNextPoll(); // offline or slow: keep asking, never conclude "failed"
    });
}

void PaymentFlow::apply(const PaymentInfo& info)
{
    m_payment = info;
    m_store->setPayment(m_rowId, info.id, info.status, info.isSettled());
    emit paymentChanged();
    const QString& s = info.status;
    if (s == QLatin1String("paid"))
        return setState(Paid);
    if (s == QLatin1String("denied"))
        return setState(Denied);
    if (s == QLatin1String("cancelled"))
        return setState(Cancelled);
    if (s == QLatin1String("expired"))
        return setState(Expired);
    const bool transferWaiting
        = info.method == QLatin1String("bank_transfer") && s == QLatin1String("waiting");
    if (s == QLatin1String("pending") && !m_returned) {
        setState(AwaitingCitizen);
    } else if (transferWaiting) {
        setState(AwaitingCitizen); // days may pass: the bank statement decides
    } else if (m_state != Unconfirmed) {
        enterChecking(); // waiting, error, or pending after the return
    }
    scheduleNextPoll();
}

void PaymentFlow::enterChecking()
{
    if (m_state != Checking)
        m_checkingSince.start();
    setState(Checking);
}

void PaymentFlow::scheduleNextPoll()
{
    if (m_state == Checking && m_checkingSince.isValid()
        && m_checkingSince.elapsed() >= m_windowMs) {
        setState(Unconfirmed);
        return;
    }
    if (m_state == Checking || m_state == AwaitingCitizen)
        m_pollTimer.start(m_intervalMs);
}

void PaymentFlow::browserReturned(const QString& paymentId)
{
    if (paymentId != m_payment.id || m_payment.id.isEmpty() || isFinal())
        return;
    m_returned = true;
    enterChecking();
    m_pollTimer.stop();
    poll();
}

bool PaymentFlow::reopenCheckout()
{
    if (m_payment.method != QLatin1String("card") || !m_payment.checkoutUrl.isValid() || isFinal())
        return false;
    return m_browser->open(m_payment.checkoutUrl);
}

void PaymentFlow::checkAgain()
{
    if (m_state != Unconfirmed)
        return;
    if (m_payment.method == QLatin1String("terminal") && m_payment.id.isEmpty()
        && m_payment.status == QLatin1String(kCharging)) {
        resolveTerminalSale(); // ask the terminal again about the sale
        return;
    }
    m_checkingSince.start();
    setState(Checking);
    poll();
}

void PaymentFlow::reset()
{
    if (m_onTerminal)
        cancelTerminal(); // the citizen left; if it was approved already, resume() finds it
    m_onTerminal = false;
    m_terminalStage.clear();
    dropCallsInFlight();
    m_payment = PaymentInfo();
    m_rowId = 0;
    m_returned = false;
    m_lastError = ApiError::None;
    setState(Idle);
    emit paymentChanged();
}

void PaymentFlow::dropCallsInFlight()
{
    m_pollTimer.stop();
    delete m_calls; // answers still on their way are dropped with their context
    m_calls = new QObject(this);
}

void PaymentFlow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (isFinal())
        m_pollTimer.stop();
    emit stateChanged(state);
}
