// SPDX-License-Identifier: GPL-3.0-or-later
// Basket and payments: card (hosted checkout), qr, bank transfer; states pending, waiting,
// paid, denied, cancelled, expired, error. The provider's notifications may come late and
// more than once: only the first one that ends a payment counts.
#pragma once

#include "language.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

class Router;
struct CityContext;
struct TerminalSale;

class PaymentService : public QObject
{
    Q_OBJECT
public:
    explicit PaymentService(CityContext& city, QObject* parent = nullptr);

    /** Outcome accept|decline|cancel|timeout|error -> paid|denied|cancelled|expired|error. */
    static QString statusFor(const QString& outcome);
    static bool isFinal(const QString& status);

    /** The provider's server-to-server notification; idempotent. */
    void notification(qint64 id, const QString& outcome);
    /** The browser came back from checkout: "waiting" until the notification arrives. */
    void browserReturned(qint64 id, const QString& outcome);
    /** Sends `times` notifications, the first after the configured delay. */
    void scheduleNotifications(qint64 id, const QString& outcome, int times = 2);

    QString status(qint64 id) const;
    QString method(qint64 id) const;
    int amountCents(qint64 id) const;
    QString returnUrl(qint64 id) const;
    qint64 owner(qint64 id) const;
    /** A sale a clerk took on the counter's terminal for these requests (paid at once, the
        requests move on); the payment's id, or 0. */
    qint64 recordDeskSale(qint64 accountId, const QJsonArray& requestIds, int amountCents,
        const TerminalSale& sale, qint64 staffId);
    /** Whether payment `id` was taken at a counter by a clerk. */
    bool takenAtDesk(qint64 id) const;
    QJsonObject json(qint64 id, const QString& origin) const;

private:
    void expireStale();
    CityContext& m_city;
    QTimer m_sweep;
};

void addPaymentRoutes(Router& router, CityContext& city);
