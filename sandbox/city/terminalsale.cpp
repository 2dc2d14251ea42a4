// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalsale.h"

#include "citycontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

TerminalSale TerminalSale::from(const QJsonObject& terminal)
{
    TerminalSale s;
    s.deviceId = terminal.value("id").toString();
    s.transactionId = terminal.value("transaction_id").toString();
    s.authCode = terminal.value("auth_code").toString();
    const QJsonValue amount = terminal.value("amount_cents");
    // Whole cents only: 5.5 or "550" are not amounts a terminal reports.
    if (amount.isDouble() && amount.toDouble() == double(amount.toInt()))
        s.amountCents = amount.toInt();
    return s;
}

std::optional<ApiError> TerminalSale::check(const QString& station) const
{
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    static const QRegularExpression authShape(QStringLiteral("^[A-Za-z0-9]{1,16}$"));
    QMap<QString, QStringList> errors;
    const auto need
        = [&](const QString& field, const QString& value, const QRegularExpression& shape) {
              if (value.isEmpty())
                  errors["terminal." + field] << "field_required";
              else if (!shape.match(value).hasMatch())
                  errors["terminal." + field] << "field_invalid";
          };
    need("id", deviceId, idShape);
    need("transaction_id", transactionId, idShape);
    need("auth_code", authCode, authShape);
    if (amountCents <= 0)
        errors["terminal.amount_cents"] << "field_invalid";
    if (!errors.isEmpty())
        return ApiError::validation(errors);

    // A station speaks for itself only: the sale names the device the certificate proves.
    if (deviceId != station)
        return ApiError::forbidden("device_mismatch");
    return std::nullopt;
}

qint64 TerminalSale::recordedPayment(CityContext& city) const
{
    QSqlQuery q(city.db);
    q.prepare("SELECT id FROM payments WHERE method = 'terminal' AND terminal_txn = ?");
    q.addBindValue(transactionId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool TerminalSale::sameBasket(
    CityContext& city, qint64 id, qint64 accountId, const QJsonObject& request) const
{
    QSqlQuery q(city.db);
    q.prepare("SELECT account_id, amount_cents, terminal_id, auth_code, request_ids FROM "
              "payments WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    if (q.value(0).toLongLong() != accountId || q.value(1).toInt() != amountCents
        || q.value(2).toString() != deviceId || q.value(3).toString() != authCode)
        return false;
    QStringList wanted;
    for (const QJsonValue& v : request.value("items").toArray())
        wanted << v.toVariant().toString();
    if (request.contains("request_id"))
        wanted << request.value("request_id").toVariant().toString();
    if (wanted.isEmpty())
        return true; // "the whole basket" then: amount and account already match
    QStringList recorded;
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(4).toByteArray()).array())
        recorded << v.toString();
    wanted.sort();
    recorded.sort();
    return wanted == recorded;
}
