// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPainter;
class QPdfDocument;
class QPrinter;

/**
 * Prints a PDF file (a city's document) on a printer without any other program: each page is
 * rendered by QtPdf and fitted, aspect kept, into the printer's printable area, one printed
 * page per PDF page. The kiosk's printer, or a PDF file in the tests.
 */
namespace PdfPrinting {

enum class Outcome { Printed, Unreadable, PrinterFailed };

Outcome print(const QString& pdfPath, QPrinter* printer);
/** Draws `document`'s pages with `painter`, already begun on `printer` (PrintService). */
bool paint(const QPdfDocument& document, QPainter& painter, QPrinter& printer);

} // namespace PdfPrinting
