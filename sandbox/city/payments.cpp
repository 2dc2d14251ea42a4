// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments.h"

#include "catalogue.h"
#include "citycontext.h"
#include "database.h"
#include "paymentrefs.h"
#include "router.h"
#include "stations.h"
#include "terminalsale.h"
#include "workflow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <optional>

namespace {

const char* const CityIban = "BE68539007547034";
const char* const CityBic = "GKCCBEBB";
const char* const CityName = "Ville de Namur";

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QList<qint64> requestIdsOf(CityContext& city, qint64 paymentId)
{
    QSqlQuery q(city.db);
    q.prepare("SELECT request_ids FROM payments WHERE id = ?");
    q.addBindValue(paymentId);
    QList<qint64> ids;
    if (q.exec() && q.next()) {
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(0).toByteArray()).array())
            ids << v.toString().toLongLong();
    }
    return ids;
}

QJsonObject basket(CityContext& city, qint64 accountId, Lang lang)
{
    QSqlQuery q(city.db);
    q.prepare("SELECT id FROM requests WHERE account_id = ? AND status = 'awaiting_payment' "
              "ORDER BY id");
    q.addBindValue(accountId);
    q.exec();
    QJsonArray items;
    int total = 0;
    while (q.next()) {
        const QJsonObject d = city.workflow->detail(q.value(0).toLongLong(), lang);
        const int amount = d.value("amount_cents").toInt();
        total += amount;
        items.append(QJsonObject { { "id", d.value("id") }, { "request_id", d.value("id") },
            { "number", d.value("number") }, { "subject", d.value("service_title") },
            { "amount_cents", amount }, { "created_at", d.value("submitted_at") } });
    }
    return { { "items", items }, { "total_cents", total }, { "currency", "EUR" } };
}

/** The basket items a POST /payments names (all when none): their ids and total. */
std::optional<ApiError> chooseItems(
    CityContext& city, ApiRequest& r, QJsonArray* chosen, int* amount)
{
    const QJsonArray open = basket(city, r.accountId, r.lang).value("items").toArray();
    QStringList wanted;
    for (const QJsonValue& v : r.json.value("items").toArray())
        wanted << v.toVariant().toString();
    if (r.json.contains("request_id"))
        wanted << r.json.value("request_id").toVariant().toString();
    *amount = 0;
    for (const QJsonValue& item : open) {
        const QString id = item.toObject().value("id").toString();
        if (wanted.isEmpty() || wanted.contains(id)) {
            chosen->append(id);
            *amount += item.toObject().value("amount_cents").toInt();
            wanted.removeAll(id);
        }
    }
    if (!wanted.isEmpty())
        return ApiError::validation({ { "items", { "field_option" } } });
    if (chosen->isEmpty() || *amount <= 0)
        return ApiError { 409, "nothing_to_pay", {}, -1, {} };
    return std::nullopt;
}

/**
 * Stores a new payment of `chosen` (its communication made from its id); a terminal sale is
 * paid at once and moves its requests on. The new id, or 0.
 */
qint64 insertPayment(CityContext& city, qint64 accountId, const QString& method, int amount,
    const QJsonArray& chosen, const QString& returnUrl, const TerminalSale* sale, qint64 staffId)
{
    QSqlQuery q(city.db);
    q.prepare("INSERT INTO payments (account_id, method, status, amount_cents, request_ids, "
              "return_url, created_at, updated_at, terminal_id, terminal_txn, auth_code, "
              "psp_status, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const qint64 now = nowMs();
    QString initial = method == QLatin1String("bank_transfer") ? "waiting" : "pending";
    if (sale)
        initial = "paid"; // the terminal's approval is the acquirer's word
    for (const QVariant& v : QVariantList { accountId, method, initial, amount,
             QJsonDocument(chosen).toJson(QJsonDocument::Compact), returnUrl, now, now,
             sale ? QVariant(sale->deviceId) : QVariant(),
             sale ? QVariant(sale->transactionId) : QVariant(),
             sale ? QVariant(sale->authCode) : QVariant(),
             sale ? QVariant("terminal_approved") : QVariant(),
             staffId != 0 ? QVariant(staffId) : QVariant() })
        q.addBindValue(v);
    if (!q.exec())
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    // Year + payment id: unique, and readable by the accountant on the bank statement.
    const QString communication
        = structuredCommunication(qint64(QDate::currentDate().year() % 100) * 100000000LL + id);
    execSql(city.db, "UPDATE payments SET communication = ? WHERE id = ?", { communication, id });
    if (sale)
        city.workflow->paid(requestIdsOf(city, id));
    return id;
}

ApiResponse createPayment(CityContext& city, ApiRequest& r)
{
    const QString method = r.json.value("method").toString();
    if (!QStringList { "card", "qr", "bank_transfer", "terminal" }.contains(method))
        return fail(r, ApiError::validation({ { "method", { "field_option" } } }));
    const QString returnUrl = r.json.value("return_url").toString();
    if (!returnUrl.isEmpty()) {
        const QUrl url(returnUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return fail(r, ApiError::validation({ { "return_url", { "field_invalid" } } }));
    }
    const bool terminal = method == QLatin1String("terminal");
    TerminalSale sale;
    if (terminal) {
        // Only a registered, active station (its client certificate on this connection) may
        // say its terminal took the money; a citizen's session alone never can.
        const QString station = stationOf(city, r);
        if (station.isEmpty())
            return fail(r, ApiError::forbidden("device_required"));
        // Checked before the basket: a sale recorded once is answered again, not refused
        // because its requests are no longer waiting for payment.
        sale = TerminalSale::from(r.json.value("terminal").toObject());
        if (std::optional<ApiError> problem = sale.check(station))
            return fail(r, *problem);
        if (const qint64 known = sale.recordedPayment(city)) {
            if (!sale.sameBasket(city, known, r.accountId, r.json))
                return fail(r, ApiError::conflict("terminal_transaction_used"));
            return ApiResponse::ok(city.payments->json(known, r.origin));
        }
    }

    // What to pay: the listed basket items, one request, or the whole basket.
    QJsonArray chosen;
    int amount = 0;
    if (std::optional<ApiError> problem = chooseItems(city, r, &chosen, &amount))
        return fail(r, *problem);
    if (terminal && sale.amountCents != amount)
        return fail(r, ApiError::conflict("amount_mismatch")); // charged is not what is due

    const qint64 id = insertPayment(city, r.accountId, method, amount, chosen,
        returnUrl.isEmpty() ? r.origin + "/provider/return" : returnUrl, terminal ? &sale : nullptr,
        0);
    if (id == 0)
        return fail(r, ApiError { 500, "internal_error", {}, -1, {} });
    ApiResponse out = ApiResponse::ok(city.payments->json(id, r.origin), 201);
    out.addHeader("Location", "/v1/payments/" + QByteArray::number(id));
    return out;
}

/** GET /payments[?status=open|<status>]: the account's payments, newest first. */
ApiResponse listPayments(CityContext& city, ApiRequest& r)
{
    const QString filter = r.query.queryItemValue("status");
    static const QStringList statuses { "pending", "waiting", "error", "paid", "denied",
        "cancelled", "expired" };
    QStringList wanted;
    if (filter == QLatin1String("open"))
        wanted = { "pending", "waiting", "error" }; // the city may still change these
    else if (statuses.contains(filter))
        wanted = { filter };
    else if (!filter.isEmpty())
        return fail(r, ApiError::validation({ { "status", { "field_option" } } }));
    QString sql = "SELECT id FROM payments WHERE account_id = ?";
    if (!wanted.isEmpty())
        sql += QStringLiteral(" AND status IN ('%1')").arg(wanted.join("','"));
    QSqlQuery q(city.db);
    q.prepare(sql + " ORDER BY id DESC LIMIT 50");
    q.addBindValue(r.accountId);
    QJsonArray out;
    if (q.exec()) {
        while (q.next())
            out.append(city.payments->json(q.value(0).toLongLong(), r.origin));
    }
    return ApiResponse::ok(out);
}

} // namespace

PaymentService::PaymentService(CityContext& city, QObject* parent)
    : QObject(parent)
    , m_city(city)
{
    m_sweep.setInterval(qBound(50, m_city.options.checkoutTimeoutMs / 4, 5000));
    connect(&m_sweep, &QTimer::timeout, this, &PaymentService::expireStale);
    m_sweep.start();
}

QString PaymentService::statusFor(const QString& outcome)
{
    if (outcome == QLatin1String("accept"))
        return QStringLiteral("paid");
    if (outcome == QLatin1String("decline"))
        return QStringLiteral("denied");
    if (outcome == QLatin1String("cancel"))
        return QStringLiteral("cancelled");
    if (outcome == QLatin1String("timeout"))
        return QStringLiteral("expired");
    if (outcome == QLatin1String("error"))
        return QStringLiteral("error");
    return {};
}

bool PaymentService::isFinal(const QString& status)
{
    // Not "error": a provider's technical error is often retried and may still end paid or
    // denied; without a later word it expires (expireStale).
    return QStringList { "paid", "denied", "cancelled", "expired" }.contains(status);
}

void PaymentService::notification(qint64 id, const QString& outcome)
{
    execSql(
        m_city.db, "UPDATE payments SET notifications = notifications + 1 WHERE id = ?", { id });
    const QString next = statusFor(outcome);
    if (next.isEmpty() || isFinal(status(id)))
        return; // a repeated or late notification changes nothing
    execSql(m_city.db,
        "UPDATE payments SET status = ?, psp_status = ?, updated_at = ? WHERE id = ?",
        { next, outcome, nowMs(), id });
    if (next == QLatin1String("paid"))
        m_city.workflow->paid(requestIdsOf(m_city, id));
}

void PaymentService::browserReturned(qint64 id, const QString& outcome)
{
    if (status(id) == QLatin1String("pending"))
        execSql(m_city.db, "UPDATE payments SET status = 'waiting', updated_at = ? WHERE id = ?",
            { nowMs(), id });
    scheduleNotifications(id, outcome);
}

void PaymentService::scheduleNotifications(qint64 id, const QString& outcome, int times)
{
    QPointer<PaymentService> self(this);
    for (int i = 0; i < times; ++i) {
        QTimer::singleShot(m_city.options.paymentNotifyMs * (i + 1), this, [self, id, outcome] {
            if (self)
                self->notification(id, outcome);
        });
    }
}

void PaymentService::expireStale()
{
    // Unfinished checkouts from their creation; a provider error from when it was reported.
    QSqlQuery q(m_city.db);
    q.prepare("SELECT id FROM payments WHERE (status = 'pending' AND method != 'bank_transfer' "
              "AND created_at <= ?) OR (status = 'error' AND updated_at <= ?)");
    q.addBindValue(nowMs() - m_city.options.checkoutTimeoutMs);
    q.addBindValue(nowMs() - m_city.options.checkoutTimeoutMs);
    QList<qint64> stale;
    if (q.exec()) {
        while (q.next())
            stale << q.value(0).toLongLong();
    }
    for (qint64 id : stale)
        notification(id, "timeout");
}

QString PaymentService::status(qint64 id) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT status FROM payments WHERE id = ?");
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString PaymentService::method(qint64 id) const
{
    return json(id, {}).value("method").toString();
}

int PaymentService::amountCents(qint64 id) const
{
    return json(id, {}).value("amount_cents").toInt();
}

QString PaymentService::returnUrl(qint64 id) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT return_url FROM payments WHERE id = ?");
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

qint64 PaymentService::recordDeskSale(qint64 accountId, const QJsonArray& requestIds,
    int amountCents, const TerminalSale& sale, qint64 staffId)
{
    return insertPayment(
        m_city, accountId, "terminal", amountCents, requestIds, {}, &sale, staffId);
}

bool PaymentService::takenAtDesk(qint64 id) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT 1 FROM payments WHERE id = ? AND staff_id IS NOT NULL");
    q.addBindValue(id);
    return q.exec() && q.next();
}

qint64 PaymentService::owner(qint64 id) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT account_id FROM payments WHERE id = ?");
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QJsonObject PaymentService::json(qint64 id, const QString& origin) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT method, status, amount_cents, request_ids, communication, return_url, "
              "psp_status, notifications, created_at, updated_at, terminal_id, terminal_txn, "
              "auth_code FROM payments WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    const QString method = q.value(0).toString();
    const int amount = q.value(2).toInt();
    const auto iso = [](const QVariant& ms) {
        return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    };
    QJsonObject out { { "payment_id", QString::number(id) }, { "method", method },
        { "status", q.value(1).toString() }, { "amount_cents", amount }, { "currency", "EUR" },
        { "request_ids", QJsonDocument::fromJson(q.value(3).toByteArray()).array() },
        { "created_at", iso(q.value(8)) }, { "updated_at", iso(q.value(9)) },
        { "psp",
            QJsonObject { { "status_code", q.value(6).toString() },
                { "pay_id", QStringLiteral("SBX%1").arg(id, 8, 10, QLatin1Char('0')) },
                { "notifications", q.value(7).toInt() } } } };
    const QString communication = q.value(4).toString();
    if (method == QLatin1String("card")) {
        out.insert("card",
            QJsonObject { { "checkout_url", origin + "/provider/checkout/" + QString::number(id) },
                { "method", "GET" }, { "return_url", q.value(5).toString() },
                { "brands", QJsonArray { "bancontact", "visa", "mastercard" } } });
    } else if (method == QLatin1String("qr")) {
        out.insert("qr",
            QJsonObject { { "payload", origin + "/provider/qr/" + QString::number(id) },
                { "expires_at",
                    QDateTime::fromMSecsSinceEpoch(
                        q.value(8).toLongLong() + m_city.options.checkoutTimeoutMs, Qt::UTC)
                        .toString(Qt::ISODate) } });
    } else if (method == QLatin1String("terminal")) {
        out.insert("terminal",
            QJsonObject { { "id", q.value(10).toString() },
                { "transaction_id", q.value(11).toString() },
                { "auth_code", q.value(12).toString() } });
    } else {
        out.insert("bank_transfer",
            QJsonObject { { "beneficiary", CityName }, { "iban", CityIban }, { "bic", CityBic },
                { "amount_cents", amount }, { "communication", communication },
                { "epc_qr_payload",
                    epcQrPayload(CityName, CityIban, CityBic, amount, communication) } });
    }
    return out;
}

void addPaymentRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.add(
        "GET", "/v1/basket",
        [c](ApiRequest& r) { return ApiResponse::ok(basket(*c, r.accountId, r.lang)); },
        Router::NeedsSession);
    router.add(
        "POST", "/v1/payments", [c](ApiRequest& r) { return createPayment(*c, r); },
        Router::NeedsSession | Router::Creating);
    router.add(
        "GET", "/v1/payments", [c](ApiRequest& r) { return listPayments(*c, r); },
        Router::NeedsSession);
    router.add(
        "GET", "/v1/payments/{id}",
        [c](ApiRequest& r) {
            const qint64 id = r.param("id").toLongLong();
            if (id <= 0 || c->payments->owner(id) != r.accountId)
                return fail(r, ApiError::notFound("payment_not_found"));
            return ApiResponse::ok(c->payments->json(id, r.origin));
        },
        Router::NeedsSession);
}
