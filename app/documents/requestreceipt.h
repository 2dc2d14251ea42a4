// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QPainter;
class QPrinter;

/** What the receipt of a filed request says, already in the citizen's language and in the
 *  Belgian formats. Nothing from the card and never the national number. */
struct RequestReceiptData
{
    QString cityName;
    QString serviceTitle;
    QString number;
    QString submittedAt; // "21/11/2026 14:05"
    QString amount; // "6,00 €"; empty when the request is free
};

/**
 * The proof that the city received a request (ConfirmationPage): the city, the service, the
 * request number, when, what happens next and how to follow it. HTML laid out by QTextDocument
 * and printed through a QPrinter: the kiosk's printer, or a PDF file at home.
 */
class RequestReceipt
{
    Q_DECLARE_TR_FUNCTIONS(RequestReceipt)

public:
    explicit RequestReceipt(RequestReceiptData data);

    QString html() const;
    /** The receipt's sentences in order, as a reader of the PDF finds them (tests, speech). */
    QStringList lines() const;
    /** Draws the receipt with `painter`, begun on `printer` (PrintService). */
    bool paint(QPainter& painter, QPrinter& printer) const;
    /** Writes an A4 PDF; false when the file cannot be written. */
    bool saveAsPdf(const QString& path) const;
    /** "recu-<number>.pdf", safe as a file name. */
    QString fileName() const;

private:
    RequestReceiptData m_data;
};
