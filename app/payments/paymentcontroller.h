// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/printservice.h"
#include "paymentflow.h"
#include "receiptdocument.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

#include <memory>

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
    Q_PROPERTY(QString screen READ screen NOTIFY changed)
    Q_PROPERTY(QString qrImageId READ qrImageId NOTIFY changed)
    Q_PROPERTY(QStringList methods READ methods NOTIFY methodsChanged)
    Q_PROPERTY(bool basketLoading READ basketLoading NOTIFY basketChanged)
    Q_PROPERTY(QString basketMessage READ basketMessage NOTIFY basketChanged)
    Q_PROPERTY(QString receiptMessage READ receiptMessage NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptPath READ receiptPath NOTIFY receiptChanged)
    Q_PROPERTY(bool receiptFailed READ receiptFailed NOTIFY receiptChanged)
    Q_PROPERTY(bool receiptPrinting READ receiptPrinting NOTIFY receiptChanged)

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
    /**
     * Which screen shows the payment: "" (none under way), "waiting" (creating, checkout or QR,
     * checking, unconfirmed), "transfer" (a bank transfer to be made), "result" (the city's
     * last word, or a refusal).
     */
    QString screen() const;
    /** Changes with the QR's text (image://payment-qr/<id>); empty when there is no QR. */
    QString qrImageId() const;
    /** What qrImage() encodes: the QR method's checkout, or a transfer's EPC payload. */
    QString qrText() const;
    /** The mode's methods, the payment terminal first when this station has one. */
    QStringList methods() const;
    /** The methods offered (card, qr, bank_transfer, …), in the order the screen lists them. */
    void setMethods(const QStringList& methods);
    bool basketLoading() const { return m_basketLoading; }
    /** Why the basket could not be read; empty when it was. */
    QString basketMessage() const;
    QString receiptMessage() const { return m_receiptMessage; }
    QString receiptPath() const { return m_receiptPath; }
    bool receiptFailed() const { return m_receiptFailed; }
    bool receiptPrinting() const { return m_print.busy(); }

    /** The configured city's name, printed on receipts. */
    void setCityName(const QString& name) { m_cityName = name; }
    /** Kiosk receipts: the printer (empty: the system's default one). */
    void setReceiptPrinter(const QString& printerName) { m_print.setPrinterName(printerName); }
    /** Prints the kiosk receipt into this PDF file instead of a printer (tests, demos). */
    void setReceiptPdfFile(const QString& path);
    /** The printer to print on (tests); see PrintService. */
    void setPrinterFactory(PrintService::PrinterFactory factory)
    {
        m_print.setPrinterFactory(std::move(factory));
    }
    /** How long CUPS may take to complete a job. */
    void setPrintTimeout(int ms) { m_print.setTimeout(ms); }
    /** Where saveReceiptInDocuments() writes (default: the user's Documents folder). */
    void setReceiptFolder(const QString& folder) { m_receiptFolder = folder; }

    /** The logged-in account (the city's id); call before resume() and the pay methods. */
    void setUser(const QString& userId) { m_flow.setUser(userId); }

    Q_INVOKABLE void loadBasket();
    /** Starts paying the whole basket with one of `methods`; false when refused at once. */
    Q_INVOKABLE bool pay(const QString& method);
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
        emit methodsChanged();
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
    /** The receipt of the current payment. */
    ReceiptDocument receipt() const;
    /** Saves the receipt of a paid payment as PDF (home); false otherwise. */
    Q_INVOKABLE bool saveReceipt(const QString& path) const;
    /** Home: saves the receipt into the receipt folder under a new name; says where. */
    Q_INVOKABLE bool saveReceiptInDocuments();
    /** Home: saves the receipt where the citizen chose (a file dialog's URL); says where. */
    Q_INVOKABLE bool saveReceiptTo(const QUrl& file);
    /** Kiosk: prints the receipt on the receipt printer; false when it failed at once. The
     *  receipt message says "printed" only once the print system completed the job. */
    Q_INVOKABLE bool printReceipt();
    /** Session end: stops following; the journal keeps what the city has not settled. */
    Q_INVOKABLE void clear();

public slots:
    /** Language change: `message` is built at each read, so re-reading is enough. */
    void retranslate() { emit changed(); }

signals:
    void changed();
    void basketChanged();
    void methodsChanged();
    void receiptChanged();

private:
    void onStateChanged(PaymentFlow::State state);
    void rememberNumbers(const QVariantList& items);
    void setReceiptOutcome(bool ok, const QString& path, const QString& message);
    bool saveReceiptAs(const QString& path);

    PaymentApi* m_api;
    PaymentFlow m_flow;
    QVariantList m_basketItems;
    std::unique_ptr<QObject> m_basketCalls; // context of GET /basket; replaced by clear()
    qint64 m_basketTotal = 0;
    bool m_basketLoading = false;
    ApiError::Code m_basketError = ApiError::None;
    QHash<QString, QString> m_requestNumbers; // request id -> number, for the receipt
    QStringList m_methods;
    QString m_cityName;
    PrintService m_print;
    QString m_receiptFolder;
    QString m_receiptMessage;
    QString m_receiptPath;
    bool m_receiptFailed = false;
};
