// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-written PDFs of the sandbox are real PDFs: a PDF engine (QtPdf, pdfium) opens
// them and reads the text back, accents included.
#include "pdfdocument.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QtTest>

class TestCityPdf : public QObject
{
    Q_OBJECT

    static QString textOf(const QByteArray& pdf, int* pages)
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("doc.pdf"));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(pdf);
        file.close();
        QPdfDocument doc;
        if (doc.load(file.fileName()) != QPdfDocument::Error::None)
            return {};
        *pages = doc.pageCount();
        QString text;
        for (int i = 0; i < doc.pageCount(); ++i)
            text += doc.getAllText(i).text() + '\n';
        return text;
    }

private slots:
    void text_survives_with_accents_and_escapes()
    {
        int pages = 0;
        const QString text = textOf(renderPdf("Composition de ménage",
                                        { "Nom: Spécimen", "Prix: 5 € (par exemplaire)",
                                            "Chemin: C:\\archives", "Straße, Wépion, Liège" }),
            &pages);
        QCOMPARE(pages, 1);
        for (const char* expected : { "Composition de ménage", "Spécimen", "5 € (par exemplaire)",
                 "C:\\archives", "Straße, Wépion, Liège" })
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }

    void long_documents_wrap_and_paginate()
    {
        QStringList lines;
        for (int i = 0; i < 120; ++i)
            lines << QStringLiteral("Ligne %1").arg(i);
        lines << QString(250, QLatin1Char('x')).replace(100, 1, QLatin1Char(' '));
        int pages = 0;
        const QString text = textOf(renderPdf("Long", lines), &pages);
        QCOMPARE(pages, 3);
        QVERIFY(text.contains("Ligne 0"));
        QVERIFY(text.contains("Ligne 119"));
        QVERIFY(text.contains("Page 3/3"));
    }
};

QTEST_MAIN(TestCityPdf)
#include "tst_city_pdf.moc"
