// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptdocument.h"

#include "documents/printservice.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPrinter>

ReceiptDocument::ReceiptDocument(ReceiptData data)
    : m_data(std::move(data))
{ }

QString ReceiptDocument::amountText(qint64 cents)
{
    return QLocale(QLocale::French, QLocale::Belgium)
        .toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

QString ReceiptDocument::methodText(const QString& method)
{
    if (method == QLatin1String("card"))
        return tr("Carte (Bancontact/Maestro, Visa, Mastercard)");
    if (method == QLatin1String("qr"))
        return tr("Code QR (smartphone)");
    if (method == QLatin1String("terminal"))
        return tr("Terminal de paiement");
    return tr("Virement bancaire");
}

QString ReceiptDocument::html() const
{
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString rows = row(tr("Demandes"), m_data.requestNumbers.join(QStringLiteral(", ")))
        + row(tr("Montant"), amountText(m_data.amountCents))
        + row(tr("Moyen de paiement"), methodText(m_data.method))
        + row(tr("Date"),
            QLocale(QLocale::French, QLocale::Belgium)
                .toString(m_data.paidAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")))
        + row(tr("Paiement"), m_data.paymentId);
    if (!m_data.reference.isEmpty())
        rows += row(tr("Référence"), m_data.reference);
    if (!m_data.communication.isEmpty())
        rows += row(tr("Communication structurée"), m_data.communication);
    return QStringLiteral("<html><body><h2>%1</h2><p>%2</p><table cellpadding=\"3\">%3</table>"
                          "<p>%4</p></body></html>")
        .arg(m_data.cityName.toHtmlEscaped(), tr("Reçu de paiement").toHtmlEscaped(), rows,
            tr("Conservez ce reçu. Il ne contient aucune donnée de votre carte.").toHtmlEscaped());
}

bool ReceiptDocument::paint(QPainter& painter, QPrinter& printer) const
{
    return PrintService::paintHtml(html(), painter, printer);
}

bool ReceiptDocument::saveAsPdf(const QString& path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setCreator(QStringLiteral("e-Guichet"));
    const auto error = PrintService::paintOn(
        printer, [this](QPainter& painter, QPrinter& p) { return paint(painter, p); });
    return !error && QFileInfo(path).size() > 0;
}
