// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentstore.h"

#include "store/localdatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace {

PaymentRecord readRecord(const QSqlQuery& q)
{
    PaymentRecord r;
    r.rowId = q.value(0).toLongLong();
    r.userId = q.value(1).toString();
    r.idempotencyKey = q.value(2).toString();
    r.body = q.value(3).toByteArray();
    r.paymentId = q.value(4).toString();
    r.status = q.value(5).toString();
    r.settled = q.value(6).toBool();
    return r;
}

const char* const kColumns
    = "SELECT id, user_id, idempotency_key, body, payment_id, status, settled FROM "
      "payment_journal ";

} // namespace

PaymentStore::PaymentStore(LocalDatabase* database)
    : m_database(database)
{
    // Our own table, created on first use, so the store's numbered migrations stay the
    // application core's; the columns hold no card data and nothing about the citizen but
    // the account id the city gave.
    QSqlQuery q(m_database->database());
    m_ready = q.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS payment_journal (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "user_id TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE, body BLOB NOT NULL, "
        "payment_id TEXT, status TEXT NOT NULL DEFAULT '', settled INTEGER NOT NULL DEFAULT 0, "
        "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"));
}

qint64 PaymentStore::add(const QString& userId, const QByteArray& body, const QString& key)
{
    QSqlQuery q(m_database->database());
    q.prepare(QStringLiteral("INSERT INTO payment_journal (user_id, idempotency_key, body, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QVariant& v : QVariantList { userId, key, body, now, now })
        q.addBindValue(v);
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

bool PaymentStore::setPayment(
    qint64 rowId, const QString& paymentId, const QString& status, bool settled)
{
    QSqlQuery q(m_database->database());
    q.prepare(QStringLiteral("UPDATE payment_journal SET payment_id = ?, status = ?, settled = ?, "
                             "updated_at = ? WHERE id = ?"));
    for (const QVariant& v : QVariantList {
             paymentId, status, settled ? 1 : 0, QDateTime::currentMSecsSinceEpoch(), rowId })
        q.addBindValue(v);
    return q.exec() && q.numRowsAffected() == 1;
}

bool PaymentStore::setBody(qint64 rowId, const QByteArray& body, const QString& status)
{
    QSqlQuery q(m_database->database());
    q.prepare(QStringLiteral(
        "UPDATE payment_journal SET body = ?, status = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& v :
        QVariantList { body, status, QDateTime::currentMSecsSinceEpoch(), rowId })
        q.addBindValue(v);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<PaymentRecord> PaymentStore::unsettled(const QString& userId) const
{
    QSqlQuery q(m_database->database());
    q.prepare(QString::fromLatin1(kColumns)
        + QStringLiteral("WHERE user_id = ? AND settled = 0 ORDER BY id DESC LIMIT 1"));
    q.addBindValue(userId);
    if (q.exec() && q.next())
        return readRecord(q);
    return std::nullopt;
}

std::optional<PaymentRecord> PaymentStore::byPaymentId(const QString& paymentId) const
{
    QSqlQuery q(m_database->database());
    q.prepare(QString::fromLatin1(kColumns) + QStringLiteral("WHERE payment_id = ?"));
    q.addBindValue(paymentId);
    if (q.exec() && q.next())
        return readRecord(q);
    return std::nullopt;
}

void PaymentStore::forgetSettled()
{
    QSqlQuery q(m_database->database());
    q.exec(QStringLiteral("DELETE FROM payment_journal WHERE settled = 1"));
}
