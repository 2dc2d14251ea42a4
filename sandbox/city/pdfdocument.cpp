// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include <QList>
#include <QStringConverter>

namespace {

constexpr int LinesPerPage = 50;
constexpr int WrapColumns = 90;

/** WinAnsi (close to Latin-1) with PDF string escapes; other characters become '?'. */
QByteArray pdfString(const QString& text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        ushort u = c.unicode();
        if (u == 0x2019)
            u = '\'';
        if (u == 0x2013 || u == 0x2014)
            u = '-';
        if (u == 0x20AC) {
            out += "\\200"; // euro sign in WinAnsi
            continue;
        }
        if (u > 0xFF || u < 0x20)
            u = '?';
        if (u == '(' || u == ')' || u == '\\')
            out += '\\';
        if (u >= 0x80)
            out += '\\' + QByteArray::number(u, 8);
        else
            out += char(u);
    }
    return out + ")";
}

QStringList wrap(const QStringList& lines)
{
    QStringList out;
    for (const QString& line : lines) {
        QString rest = line;
        while (rest.size() > WrapColumns) {
            int cut = rest.lastIndexOf(QLatin1Char(' '), WrapColumns);
            if (cut <= 0)
                cut = WrapColumns;
            out << rest.left(cut);
            rest = rest.mid(cut).trimmed();
        }
        out << rest;
    }
    return out;
}

QByteArray pageContent(const QString& title, const QStringList& lines, int page, int pages)
{
    QByteArray c = "BT /F2 16 Tf 56 790 Td " + pdfString(title) + " Tj ET\n";
    c += "BT /F1 10 Tf 56 760 Td 14 TL\n";
    for (const QString& line : lines)
        c += pdfString(line) + " Tj T*\n";
    c += "ET\n";
    c += "BT /F1 8 Tf 56 40 Td " + pdfString(QStringLiteral("Page %1/%2").arg(page).arg(pages))
        + " Tj ET\n";
    return c;
}

} // namespace

QByteArray renderPdf(const QString& title, const QStringList& lines)
{
    const QStringList wrapped = wrap(lines);
    QList<QStringList> pages;
    for (int i = 0; i < wrapped.size() || pages.isEmpty(); i += LinesPerPage)
        pages << wrapped.mid(i, LinesPerPage);

    // Objects: 1 catalog, 2 pages, 3 font, 4 bold font, 5 info, then (page, content) pairs.
    QList<QByteArray> objects;
    QByteArray kids;
    for (int i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size())
            + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
               "/Encoding /WinAnsiEncoding >>";
    objects << "<< /Title " + pdfString(title) + " /Producer (eguichet-sandbox) >>";
    for (int i = 0; i < pages.size(); ++i) {
        const QByteArray content = pageContent(title, pages.at(i), i + 1, int(pages.size()));
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                   "<< /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                + QByteArray::number(7 + 2 * i) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
                + "endstream";
    }

    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<int> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << int(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const int xref = int(pdf.size());
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (int offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}
