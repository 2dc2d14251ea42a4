// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paymentflow.h"
#include "receiptdocument.h"

#include <QImage>
#include <QObject>
#include <QtQmlIntegration/qqmlintegration.h>
#include <QUrl>
#include <QVariantList>

class PaymentApi;
class PaymentStore;
class TerminalCheckout;
class UrlOpener;

/**
 * What the payment screens see: the basket, the chosen method and the PaymentFlow's state.
 * The screens show `qrPayload` (QR method) or `epcPayload` (bank transfer) through an image
 * provider that calls qrImage(); every call QML makes reports failure through properties.
 */
class PaymentController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built in main()")
    // Kiosk and counter with a payment terminal (--payment-terminal): payWithTerminal().
    Q_PROPERTY(bool terminalAvailable READ terminalAvailable NOTIFY changed)
    Q_PROPERTY(QString terminalStage READ terminalStage NOTIFY changed)
    Q_PROPERTY(PaymentFlow::State state READ state NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QVariantList basketItems READ basketItems NOTIFY basketChanged)
    Q_PROPERTY(qint64 basketTotalCents READ basketTotalCents NOTIFY basketChanged)
    Q_PROPERTY(QString paymentId READ paymentId NOTIFY changed)
    Q_PROPERTY(QString method READ method NOTIFY changed)
    Q_PROPERTY(qint64 amountCents READ amountCents NOTIFY changed)
    Q_PROPERTY(QString qrPayload READ qrPayload NOTIFY changed)
    Q_PROPERTY(QString transferBeneficiary READ transferBeneficiary NOTIFY changed)
    Q_PROPERTY(QString transferIban READ transferIban NOTIFY changed)
    Q_PROPERTY(QString transferCommunication READ transferCommunication NOTIFY changed)
    Q_PROPERTY(QString epcPayload READ epcPayload NOTIFY changed)

public:
    PaymentController(
        PaymentApi* api, PaymentStore* store, UrlOpener* browser, QObject* parent = nullptr);

    PaymentFlow* flow() { return &m_flow; }
    PaymentFlow::State state() const { return m_flow.state(); }
    bool busy() const;
    QString message() const;
    QVariantList basketItems() const { return m_basketItems; }
    qint64 basketTotalCents() const { return m_basketTotal; }
    QString paymentId() const { return m_flow.payment().id; }
    QString method() const { return m_flow.payment().method; }
    qint64 amountCents() const { return m_flow.payment().amountCents; }
    QString qrPayload() const { return m_flow.payment().qrPayload; }
    QString transferBeneficiary() const { return m_flow.payment().beneficiary; }
    QString transferIban() const { return m_flow.payment().iban; }
    QString transferCommunication() const { return m_flow.payment().communication; }
    QString epcPayload() const { return m_flow.payment().epcPayload; }

    /** The logged-in account (the city's id); call before resume() and the pay methods. */
    void setUser(const QString& userId) { m_flow.setUser(userId); }

    Q_INVOKABLE void loadBasket();
    Q_INVOKABLE bool payByCard() { return m_flow.start(PaymentFlow::Card); }
    Q_INVOKABLE bool payByQr() { return m_flow.start(PaymentFlow::Qr); }
    Q_INVOKABLE bool payByTransfer() { return m_flow.start(PaymentFlow::BankTransfer); }
    Q_INVOKABLE bool reopenCheckout() { return m_flow.reopenCheckout(); }
    Q_INVOKABLE void checkAgain() { m_flow.checkAgain(); }
    /** After login: an unsettled payment of this account is shown again. */
    Q_INVOKABLE bool resume() { return m_flow.resume(); }
    /** The payment terminal (kiosk, counter) and this device's id (`kiosk/device_id`). */
    void setTerminal(TerminalCheckout* checkout, const QString& deviceId)
    {
        m_flow.setTerminal(checkout, deviceId);
        emit changed();
    }
    bool terminalAvailable() const { return m_flow.hasTerminal(); }
    /** present_card, enter_pin, authorising while the citizen is at the terminal. */
    QString terminalStage() const { return m_flow.terminalStage(); }
    /**
     * Charges the loaded basket's total on the terminal, then records it at the city (never
     * twice: PaymentFlow::startTerminal); false when refused at once.
     */
    Q_INVOKABLE bool payWithTerminal();
    /** The citizen gave up on the screen while the terminal waits for the card. */
    Q_INVOKABLE void cancelTerminal() { m_flow.cancelTerminal(); }
    /** eguichet://payment-return?payment_id=…: true when it was a payment return. */
    Q_INVOKABLE bool handleReturnUrl(const QUrl& url);
    /** The QR of the current payment (QR method: the checkout; transfer: the EPC payload). */
    Q_INVOKABLE QImage qrImage(int moduleSize = 8) const;
    /** The receipt of the current payment (kiosk: `receipt().print(&printer)`). */
    ReceiptDocument receipt() const;
    /** Saves the receipt of a paid payment as PDF (home); false otherwise. */
    Q_INVOKABLE bool saveReceipt(const QString& path) const;
    /** Session end: stops following; the journal keeps what the city has not settled. */
    Q_INVOKABLE void clear();

public slots:
    /** Language change: `message` is built at each read, so re-reading is enough. */
    void retranslate() { emit changed(); }

signals:
    void changed();
    void basketChanged();

private:
    PaymentApi* m_api;
    PaymentFlow m_flow;
    QVariantList m_basketItems;
    QStringList m_basketNumbers;
    qint64 m_basketTotal = 0;
    ApiError::Code m_basketError = ApiError::None;
};
