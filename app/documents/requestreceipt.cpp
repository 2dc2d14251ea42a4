// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestreceipt.h"

#include "printservice.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPrinter>
#include <QRegularExpression>

RequestReceipt::RequestReceipt(RequestReceiptData data)
    : m_data(std::move(data))
{ }

QStringList RequestReceipt::lines() const
{
    QStringList out { tr("Ville de %1").arg(m_data.cityName),
        tr("Accusé de réception de votre demande"), tr("Démarche : %1").arg(m_data.serviceTitle),
        tr("Numéro de la demande : %1").arg(m_data.number),
        tr("Reçue le : %1").arg(m_data.submittedAt) };
    if (!m_data.amount.isEmpty()) {
        out << tr("Montant à payer : %1").arg(m_data.amount)
            << tr("La Ville traite votre demande dès que le paiement est reçu. Vous pouvez payer "
                  "dans « Mes demandes ».");
    } else {
        out << tr("La Ville traite maintenant votre demande.");
    }
    out << tr("Vous recevrez un e-mail à chaque étape. Suivez votre demande et retrouvez ses "
              "documents dans « Mes demandes » de l'e-Guichet, avec ce numéro.")
        << tr("Ce reçu ne contient aucune donnée de votre carte d'identité.");
    return out;
}

QString RequestReceipt::html() const
{
    const QStringList l = lines();
    QString body = QStringLiteral("<h2>%1</h2><h3>%2</h3><p>")
                       .arg(l.at(0).toHtmlEscaped(), l.at(1).toHtmlEscaped());
    // Label: value lines in a block, the sentences as paragraphs.
    const int facts = m_data.amount.isEmpty() ? 5 : 6;
    for (int i = 2; i < facts; ++i)
        body += l.at(i).toHtmlEscaped() + QStringLiteral("<br/>");
    body += QStringLiteral("</p>");
    for (int i = facts; i < l.size(); ++i)
        body += QStringLiteral("<p>%1</p>").arg(l.at(i).toHtmlEscaped());
    return QStringLiteral("<html><body>%1</body></html>").arg(body);
}

bool RequestReceipt::paint(QPainter& painter, QPrinter& printer) const
{
    // The printer's page decides the width: A4 at home, a narrow roll at a receipt printer.
    return PrintService::paintHtml(html(), painter, printer);
}

bool RequestReceipt::saveAsPdf(const QString& path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setCreator(QStringLiteral("e-Guichet"));
    printer.setDocName(fileName());
    const auto error = PrintService::paintOn(
        printer, [this](QPainter& painter, QPrinter& p) { return paint(painter, p); });
    return !error && QFileInfo(path).size() > 0;
}

QString RequestReceipt::fileName() const
{
    QString number = m_data.number;
    number.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("_"));
    return QStringLiteral("recu-%1.pdf").arg(number);
}
