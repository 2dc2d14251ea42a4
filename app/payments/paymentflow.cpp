// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentflow.h"

#include "api/cityapiclient.h"
#include "paymentapi.h"
#include "paymentreturn.h"
#include "paymentstore.h"
#include "urlopener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

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
    if (resume())
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
    const std::optional<PaymentRecord> record = m_store->unsettled(m_userId);
    if (!record)
        return false;
    m_rowId = record->rowId;
    m_body = record->body;
    m_key = record->idempotencyKey;
    m_payment = PaymentInfo();
    m_payment.id = record->paymentId;
    m_payment.status = record->status;
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
    m_checkingSince.start();
    setState(Checking);
    poll();
}

void PaymentFlow::reset()
{
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
