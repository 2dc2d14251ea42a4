// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfprinting.h"

#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>

#include <algorithm>

namespace {

// A high-resolution printer would ask for 1200 dpi, half a gigabyte per A4 page; 300 dpi is
// sharp on paper and the painter scales it up.
constexpr int kMaxRenderDpi = 300;

} // namespace

namespace PdfPrinting {

bool paint(const QPdfDocument& document, QPainter& painter, QPrinter& printer)
{
    const QRectF area = printer.pageLayout().paintRectPixels(printer.resolution());
    const double renderDpi = std::min(printer.resolution(), kMaxRenderDpi);
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0 && !printer.newPage())
            return false;
        const QSizeF points = document.pagePointSize(page);
        const double scale
            = std::min(area.width() / points.width(), area.height() / points.height());
        const QSizeF target = points * scale; // in printer pixels
        // QPdfDocument::render is not const in Qt 6.4.
        const QImage image = const_cast<QPdfDocument&>(document).render(
            page, (points * renderDpi / 72.0).toSize());
        if (image.isNull())
            return false;
        // Drawn in the painter's (device) coordinates, whose origin is the printable area.
        painter.drawImage(QRectF(QPointF((area.width() - target.width()) / 2, 0), target), image);
    }
    return true;
}

Outcome print(const QString& pdfPath, QPrinter* printer)
{
    QPdfDocument document;
    if (document.load(pdfPath) != QPdfDocument::Error::None || document.pageCount() < 1)
        return Outcome::Unreadable;
    QPainter painter;
    if (!printer->isValid() || !painter.begin(printer))
        return Outcome::PrinterFailed;
    const bool drawn = paint(document, painter, *printer);
    return painter.end() && drawn ? Outcome::Printed : Outcome::PrinterFailed;
}

} // namespace PdfPrinting
