// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QPainter;
class QPrinter;

/** What a payment receipt says; never anything about the card. */
struct ReceiptData
{
    QString cityName;
    QStringList requestNumbers;
    qint64 amountCents = 0;
    QString method; // card | qr | bank_transfer | terminal
    QDateTime paidAt;
    QString paymentId;
    QString reference; // the provider's or the terminal's transaction reference
    QString communication; // bank transfer: +++…+++
};

/**
 * The receipt of a payment as HTML, printed through QPrinter: the kiosk's receipt printer, or
 * a PDF file at home. Texts in the current language; amounts and dates in the Belgian way.
 */
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    explicit ReceiptDocument(ReceiptData data);

    QString html() const;
    /** Draws the receipt with `painter`, begun on `printer` (its page decides the width). */
    bool paint(QPainter& painter, QPrinter& printer) const;
    /** Writes a PDF; false when the file cannot be written. */
    bool saveAsPdf(const QString& path) const;

    static QString amountText(qint64 cents);
    static QString methodText(const QString& method);

private:
    ReceiptData m_data;
};
