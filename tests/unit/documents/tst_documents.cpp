// SPDX-License-Identifier: GPL-3.0-or-later
// What the citizen does with documents in the app: print a city's PDF page by page (kiosk),
// save it (home), the receipt of a filed request as a PDF (its text read back with QtPdf:
// the city, the service, the number, the Belgian date, what comes next, never the national
// number), and the failures each said in a sentence.
#include "api/apioutboxtransport.h"
#include "api/cityapiclient.h"
#include "catalogue/cataloguerepository.h"
#include "documents/documentactions.h"
#include "documents/pdfprinting.h"
#include "documents/printerror.h"
#include "documents/requestreceipt.h"
#include "fakecityserver.h"
#include "i18n/languagecontroller.h"
#include "requests/requestcontroller.h"
#include "store/localstore.h"

#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kNationalNumber = QStringLiteral("85073003328");

QString pdfText(const QString& path)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + QLatin1Char('\n');
    // Line breaks inside a sentence depend on the layout; words do not.
    return text.simplified();
}

/** A two-page PDF with big black text, as the city's documents are. */
bool writeTwoPages(const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font;
    font.setPointSize(40);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, writer.width(), writer.height() / 2), Qt::AlignCenter,
        QStringLiteral("Page un"));
    writer.newPage();
    painter.drawText(QRect(0, 0, writer.width(), writer.height() / 2), Qt::AlignCenter,
        QStringLiteral("Page deux"));
    return painter.end();
}

int darkPixels(const QImage& image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 100;
    }
    return dark;
}

std::unique_ptr<QPrinter> pdfPrinter(const QString& path)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    return printer;
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestIdentity m_ca = TestCertificates::authority("Test City CA");
    std::unique_ptr<FakeCityServer> m_city;
    QNetworkAccessManager m_network;
    std::unique_ptr<CityApiClient> m_api;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ApiOutboxTransport> m_transport;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    std::unique_ptr<RequestController> m_requests;
    LanguageController m_language;
    int m_amountCents = 0;

    AppConfig config(AppMode mode) const
    {
        AppConfig c;
        c.mode = mode;
        c.cityName = QStringLiteral("Namur");
        return c;
    }

    /** Files a request at the fake city with the national number in the form. */
    void fileRequest()
    {
        m_requests->open("acte");
        QTRY_COMPARE_WITH_TIMEOUT(m_requests->state(), RequestController::Editing, 5000);
        m_requests->form()->setValue("national_number", kNationalNumber);
        QVERIFY(m_requests->submit());
        QTRY_COMPARE_WITH_TIMEOUT(m_requests->state(), RequestController::Submitted, 10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QVERIFY(TestCertificates::writePem(m_ca, m_dir.filePath("ca.pem")));
        m_city = std::make_unique<FakeCityServer>(TestCertificates::server(m_ca, "IP:127.0.0.1"));
        m_city->handler = [this](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
            if (hit.path == "/v1/services/acte/schema") {
                const QJsonArray fields { QJsonObject { { "id", "national_number" },
                    { "type", "string" }, { "label", "Numéro de registre national" } } };
                FakeCityServer::answer(r, 200,
                    FakeCityServer::ok(QJsonObject { { "slug", "acte" }, { "version", 1 },
                        { "title", "Acte de naissance" },
                        { "pages",
                            QJsonArray { QJsonObject {
                                { "id", "p1" }, { "title", "P1" }, { "fields", fields } } } } }));
            } else if (hit.path == "/v1/requests") {
                QJsonObject request { { "number", "NAM-2026-000042" },
                    { "service_title", "Acte de naissance" },
                    { "submitted_at", "2026-11-21T13:05:00Z" }, { "amount_cents", m_amountCents } };
                if (m_amountCents > 0)
                    request.insert("next", QJsonObject { { "type", "payment" } });
                FakeCityServer::answer(r, 201, FakeCityServer::ok(request));
            } else {
                FakeCityServer::answer(r, 404, FakeCityServer::failure("not_found", "not_found"));
            }
        };
        ApiSettings settings;
        settings.baseUrl = QUrl(m_city->baseUrl());
        settings.caFile = m_dir.filePath("ca.pem");
        m_api = std::make_unique<CityApiClient>(settings, &m_network);
        m_store = std::make_unique<LocalStore>(m_dir.filePath("data"), AppMode::Home);
        QVERIFY(m_store->open(nullptr));
        m_transport = std::make_unique<ApiOutboxTransport>(m_api.get());
        m_store->outbox()->setTransport(m_transport.get());
        m_catalogue = std::make_unique<CatalogueRepository>(m_api.get(), m_store->catalogue());
        m_requests = std::make_unique<RequestController>(
            m_catalogue.get(), m_store->outbox(), m_store->drafts());
        m_requests->setUser("u-1");
    }

    void printing_aCityPdf_everyPageOnThePrinter()
    {
        const QString source = m_dir.filePath("city.pdf");
        QVERIFY(writeTwoPages(source));
        const QString printed = m_dir.filePath("printed.pdf");
        {
            const auto printer = pdfPrinter(printed);
            QCOMPARE(PdfPrinting::print(source, printer.get()), PdfPrinting::Outcome::Printed);
        }

        QPdfDocument out;
        QCOMPARE(out.load(printed), QPdfDocument::Error::None);
        QCOMPARE(out.pageCount(), 2);
        // The pages were drawn, not left blank: the text is there as ink on each page.
        for (int page = 0; page < 2; ++page)
            QVERIFY2(darkPixels(out.render(page, QSize(300, 424))) > 50,
                qPrintable(QString::number(page)));
    }

    void printing_failuresAreTyped()
    {
        const QString garbage = m_dir.filePath("garbage.pdf");
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a pdf at all");
        file.close();
        auto printer = pdfPrinter(m_dir.filePath("never.pdf"));
        QCOMPARE(PdfPrinting::print(garbage, printer.get()), PdfPrinting::Outcome::Unreadable);

        const QString source = m_dir.filePath("city.pdf");
        auto unwritable = pdfPrinter(m_dir.filePath("city.pdf/out.pdf")); // under a file
        QCOMPARE(PdfPrinting::print(source, unwritable.get()), PdfPrinting::Outcome::PrinterFailed);
    }

    void actions_printAtTheKiosk_saysWhatHappened()
    {
        DocumentActions kiosk(config(AppMode::Kiosk), m_requests.get(), &m_language);
        QVERIFY(kiosk.canPrint());
        QVERIFY(!kiosk.canSave());
        int made = 0;
        kiosk.setPrinterFactory(
            [&] { return pdfPrinter(m_dir.filePath(QStringLiteral("kiosk-%1.pdf").arg(++made))); });
        QVERIFY(kiosk.printDocument(QUrl::fromLocalFile(m_dir.filePath("city.pdf"))));
        QVERIFY(!kiosk.failed());
        QVERIFY(kiosk.message().contains(QStringLiteral("imprimante")));
        QTRY_VERIFY(QFileInfo(m_dir.filePath("kiosk-1.pdf")).size() > 0);
        // No saving and no other application at the kiosk.
        QVERIFY(!kiosk.saveDocument(QUrl::fromLocalFile(m_dir.filePath("city.pdf"))));
        QVERIFY(!kiosk.openExternally(QUrl::fromLocalFile(m_dir.filePath("city.pdf"))));

        kiosk.setPrinterFactory([&] { return pdfPrinter(m_dir.filePath("city.pdf/out.pdf")); });
        QVERIFY(!kiosk.printDocument(QUrl::fromLocalFile(m_dir.filePath("city.pdf"))));
        QVERIFY(kiosk.failed());
        QVERIFY(kiosk.message().contains(QStringLiteral("accueil")));
        QVERIFY(!kiosk.printDocument(QUrl::fromLocalFile(m_dir.filePath("garbage.pdf"))));
        QVERIFY(kiosk.message().contains(QStringLiteral("ne peut pas être lu")));
        kiosk.clearMessage();
        QVERIFY(kiosk.message().isEmpty());
    }

    void actions_saveAtHome_neverOverwrites_andOpensWithTheSystem()
    {
        DocumentActions home(config(AppMode::Home), m_requests.get(), &m_language);
        QVERIFY(!home.canPrint());
        QVERIFY(home.canSave());
        const QString downloads = m_dir.filePath("downloads");
        home.setSaveFolder([&] { return downloads; });
        QList<QUrl> opened;
        home.setOpener([&](const QUrl& url) {
            opened << url;
            return true;
        });
        const QUrl source = QUrl::fromLocalFile(m_dir.filePath("city.pdf"));
        QVERIFY(!home.printDocument(source)); // no printer chosen without a dialog at home
        QVERIFY(home.saveDocument(source));
        QCOMPARE(home.lastSavedPath(), QDir(downloads).filePath("city.pdf"));
        QVERIFY(home.message().contains(QDir::toNativeSeparators(home.lastSavedPath())));
        QVERIFY(home.saveDocument(source));
        QCOMPARE(home.lastSavedPath(), QDir(downloads).filePath("city (2).pdf"));
        QCOMPARE(QFileInfo(home.lastSavedPath()).size(), QFileInfo(source.toLocalFile()).size());

        QVERIFY(home.openExternally(source));
        QCOMPARE(opened, QList<QUrl> { source });
        home.setOpener([](const QUrl&) { return false; });
        QVERIFY(!home.openExternally(source));
        QVERIFY(home.failed());

        // A folder that cannot be made, even by root: its parent is a file.
        home.setSaveFolder([&] { return m_dir.filePath("city.pdf/folder"); });
        QVERIFY(!home.saveDocument(source));
        QVERIFY(home.failed());
    }

    void receipt_beforeAnyRequest_saysThereIsNone()
    {
        DocumentActions home(config(AppMode::Home), m_requests.get(), &m_language);
        home.setSaveFolder([&] { return m_dir.filePath("none"); });
        QVERIFY(!home.saveReceipt());
        QVERIFY(home.failed());
        QVERIFY(!QDir(m_dir.filePath("none")).exists());
    }

    void receipt_savedAsPdf_saysTheFacts_neverTheNationalNumber()
    {
        m_amountCents = 0;
        fileRequest();
        DocumentActions home(config(AppMode::Home), m_requests.get(), &m_language);
        const QString downloads = m_dir.filePath("receipts");
        home.setSaveFolder([&] { return downloads; });
        QVERIFY(home.saveReceipt());
        QCOMPARE(home.lastSavedPath(), QDir(downloads).filePath("recu-NAM-2026-000042.pdf"));

        const QString text = pdfText(home.lastSavedPath());
        QVERIFY2(text.contains(QStringLiteral("Ville de Namur")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Acte de naissance")));
        QVERIFY(text.contains(QStringLiteral("NAM-2026-000042")));
        // 13:05 UTC is 14:05 in Brussels in November, day first.
        QVERIFY2(text.contains(QStringLiteral("21/11/2026 14:05")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Mes demandes")));
        QVERIFY(text.contains(QStringLiteral("traite maintenant")));
        QVERIFY(!text.contains(QStringLiteral("Montant")));
        QVERIFY2(!text.contains(kNationalNumber), qPrintable(text));
    }

    void receipt_ofARequestToPay_saysTheAmountTheBelgianWay()
    {
        m_amountCents = 1250;
        fileRequest();
        DocumentActions home(config(AppMode::Home), m_requests.get(), &m_language);
        home.setSaveFolder([&] { return m_dir.filePath("receipts-paid"); });
        QVERIFY(home.saveReceipt());
        const QString text = pdfText(home.lastSavedPath());
        QVERIFY2(text.contains(QStringLiteral("12,50")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("€")));
        QVERIFY(text.contains(QStringLiteral("paiement")));
    }

    void receipt_printedAtTheKiosk()
    {
        DocumentActions kiosk(config(AppMode::Kiosk), m_requests.get(), &m_language);
        const QString printed = m_dir.filePath("receipt-printed.pdf");
        kiosk.setPrinterFactory([&] { return pdfPrinter(printed); });
        QVERIFY(!kiosk.saveReceipt());
        QVERIFY(kiosk.printReceipt());
        QVERIFY(kiosk.message().contains(QStringLiteral("reçu")));
        QVERIFY(pdfText(printed).contains(QStringLiteral("NAM-2026-000042")));
    }

    // The case: "Imprimer le reçu" said "imprimé" while QPainter::begin() failed.
    void receipt_printerThatCannotBegin_saysNoPrinter_neverPrinted()
    {
        DocumentActions kiosk(config(AppMode::Kiosk), m_requests.get(), &m_language);
        kiosk.setPrinterFactory([&] { return pdfPrinter(m_dir.filePath("city.pdf/out.pdf")); });
        QVERIFY(!kiosk.printReceipt());
        QVERIFY(kiosk.failed());
        QVERIFY(!kiosk.printing());
        QCOMPARE(kiosk.message(),
            PrintMessages::failed(PrintError::NoPrinter, PrintSubject::RequestReceipt));
        QVERIFY(!kiosk.message().contains(QStringLiteral("est imprimé")));
        QVERIFY(kiosk.message().contains(QStringLiteral("Mes demandes"))); // nothing lost

        // Then a printer that works: the same receipt, now printed and said so.
        const QString printed = m_dir.filePath("receipt-retry.pdf");
        kiosk.setPrinterFactory([&] { return pdfPrinter(printed); });
        QVERIFY(kiosk.printReceipt());
        QVERIFY(!kiosk.failed());
        QCOMPARE(kiosk.message(), PrintMessages::printed(PrintSubject::RequestReceipt));
        QVERIFY(pdfText(printed).contains(QStringLiteral("NAM-2026-000042")));
    }

    // A queue CUPS does not know (or no CUPS at all), named by kiosk/printer: no printer.
    void receipt_unknownQueue_saysNoPrinter()
    {
        AppConfig c = config(AppMode::Kiosk);
        c.printerName = QStringLiteral("eguichet-no-such-queue");
        DocumentActions kiosk(c, m_requests.get(), &m_language);
        QVERIFY(!kiosk.printReceipt());
        QVERIFY(kiosk.failed());
        QCOMPARE(kiosk.message(),
            PrintMessages::failed(PrintError::NoPrinter, PrintSubject::RequestReceipt));
        QVERIFY(!kiosk.printDocument(QUrl::fromLocalFile(m_dir.filePath("city.pdf"))));
        QCOMPARE(
            kiosk.message(), PrintMessages::failed(PrintError::NoPrinter, PrintSubject::Document));
    }

    // Each failure has its own sentence, says what the citizen can do, and never "printed".
    void printMessages_eachErrorItsSentence()
    {
        const QList<PrintError> errors { PrintError::NoPrinter, PrintError::PaperOut,
            PrintError::PrinterStopped, PrintError::PrinterRefused, PrintError::JobFailed,
            PrintError::NotConfirmed };
        for (const PrintSubject subject : { PrintSubject::RequestReceipt,
                 PrintSubject::PaymentReceipt, PrintSubject::Document }) {
            QSet<QString> seen;
            for (const PrintError error : errors) {
                const QString text = PrintMessages::failed(error, subject);
                QVERIFY(!text.contains(QStringLiteral("est imprimé")));
                QVERIFY2(text.contains(QStringLiteral("réessayez")), qPrintable(text));
                seen.insert(text);
            }
            QCOMPARE(seen.size(), errors.size());
            QVERIFY(PrintMessages::printed(subject).contains(QStringLiteral("imprimé")));
        }
    }

    void receipt_datesFollowTheLanguage()
    {
        // Without the lead's merged translations the sentences may stay French; the formats
        // follow the language at once: the date stays day first in every Belgian language.
        DocumentActions home(config(AppMode::Home), m_requests.get(), &m_language);
        QVERIFY(m_language.setLanguage(QStringLiteral("de")));
        QCOMPARE(home.receiptData().submittedAt, QStringLiteral("21.11.2026 14:05"));
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QCOMPARE(home.receiptData().submittedAt, QStringLiteral("21/11/2026 14:05"));
        QCOMPARE(RequestReceipt(home.receiptData()).fileName(),
            QStringLiteral("recu-NAM-2026-000042.pdf"));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
