// SPDX-License-Identifier: GPL-3.0-or-later
// Printing through CUPS for real: a private cupsd with a cups-pdf queue. The receipt of a
// filed request and a city's document are printed by DocumentActions (the app's path: the
// pages as a PDF, a CUPS job through libcups, followed until CUPS says completed); the test
// opens the PDF cups-pdf wrote with QtPdf. "Imprimé" is said only after that file exists; a
// stopped or rejecting queue is said as such and nothing comes out; the heartbeat's printer
// word follows the queue.
#include "api/apioutboxtransport.h"
#include "api/cityapiclient.h"
#include "catalogue/cataloguerepository.h"
#include "documents/cupsqueue.h"
#include "documents/documentactions.h"
#include "documents/printerror.h"
#include "fakecityserver.h"
#include "i18n/languagecontroller.h"
#include "requests/requestcontroller.h"
#include "store/localstore.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kNationalNumber = QStringLiteral("85073003328");
const char* const kCupsd = "/usr/sbin/cupsd";
const char* const kBackend = "/usr/lib/cups/backend/cups-pdf";
const char* const kPpd = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd";

/** The private cupsd and its cups-pdf queue; `error` says why there is none. */
struct PrivateCups
{
    QTemporaryDir dir { QStringLiteral("/tmp/eguichet-cups-XXXXXX") };
    QString queue = QStringLiteral("eguichet-test-%1").arg(::getpid());
    QString instanceConfig; // /etc/cups/cups-pdf-<queue>.conf: cups-pdf reads only /etc/cups
    QProcess cupsd;
    QString error;

    QString path(const QString& name) const { return dir.filePath(name); }
    QString outDir() const { return path(QStringLiteral("out")); }

    static bool write(const QString& file, const QByteArray& text)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }

    bool run(const QString& program, const QStringList& args, QString* output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        const bool ok = p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0;
        if (output)
            *output = QString::fromLocal8Bit(p.readAll()).trimmed();
        return ok;
    }

    bool start()
    {
        if (::geteuid() != 0) {
            error = QStringLiteral("cups-pdf's backend runs only as root and this test is not");
            return false;
        }
        for (const char* needed : { kCupsd, kBackend, kPpd }) {
            if (!QFile::exists(QString::fromLatin1(needed))) {
                error = QStringLiteral("%1 is missing (./run.sh deps installs cups and "
                                       "printer-driver-cups-pdf)")
                            .arg(QString::fromLatin1(needed));
                return false;
            }
        }
        if (!dir.isValid()) {
            error = QStringLiteral("no temporary folder");
            return false;
        }
        // cupsd's filters run as lp: the folder must be theirs to read.
        QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        for (const char* sub : { "conf", "spool", "cache", "state", "tmp", "logs", "out" })
            QDir(dir.path()).mkpath(QString::fromLatin1(sub));
        // The filters (as lp) write their temporary files there, like /var/spool/cups/tmp.
        ::chmod(QFile::encodeName(path(QStringLiteral("tmp"))).constData(), 01777);
        const QByteArray root = dir.path().toUtf8();
        const QByteArray socket = root + "/cups.sock";
        bool written = write(path(QStringLiteral("conf/cupsd.conf")),
            "Listen " + socket
                + "\nLogLevel debug\nPreserveJobFiles Yes\nWebInterface No\nBrowsing "
                  "No\nDefaultAuthType None\n"
                  "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                  "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n"
                  "</Policy>\n");
        written = written
            && write(path(QStringLiteral("conf/cups-files.conf")),
                "ServerRoot " + root + "/conf\nRequestRoot " + root + "/spool\nCacheDir " + root
                    + "/cache\nStateDir " + root + "/state\nTempDir " + root + "/tmp\nAccessLog "
                    + root + "/logs/access_log\nErrorLog " + root + "/logs/error_log\nPageLog "
                    + root + "/logs/page_log\nUser lp\nGroup lp\nSystemGroup root\n");
        instanceConfig = QStringLiteral("/etc/cups/cups-pdf-%1.conf").arg(queue);
        written = written
            && write(instanceConfig,
                "Out " + root + "/out\nAnonDirName " + root + "/out\nGrp root\nLog " + root
                    + "/logs\n");
        if (!written) {
            error
                = QStringLiteral("cannot write the cupsd configuration or %1").arg(instanceConfig);
            return false;
        }
        qputenv("CUPS_SERVER", socket); // libcups, in the app and in lpadmin, talks to ours
        cupsd.setProcessChannelMode(QProcess::MergedChannels);
        cupsd.start(QString::fromLatin1(kCupsd),
            { QStringLiteral("-f"), QStringLiteral("-c"), path(QStringLiteral("conf/cupsd.conf")),
                QStringLiteral("-s"), path(QStringLiteral("conf/cups-files.conf")) });
        if (!cupsd.waitForStarted(5000)) {
            error = QStringLiteral("cupsd does not start: %1").arg(cupsd.errorString());
            return false;
        }
        QString output;
        for (int i = 0; i < 50 && !QFile::exists(QString::fromUtf8(socket)); ++i)
            QTest::qWait(100);
        if (!run(QStringLiteral("lpadmin"),
                { QStringLiteral("-p"), queue, QStringLiteral("-E"), QStringLiteral("-v"),
                    QStringLiteral("cups-pdf:/%1").arg(queue), QStringLiteral("-P"),
                    QString::fromLatin1(kPpd) },
                &output)) {
            error = QStringLiteral("cupsd did not take the cups-pdf queue: %1 %2")
                        .arg(output, QString::fromLocal8Bit(cupsd.readAll()).right(400));
            return false;
        }
        return true;
    }

    ~PrivateCups()
    {
        // EGUICHET_CUPS_LOG=<file>: keeps cupsd's whole log for a failure's details.
        if (qEnvironmentVariableIsSet("EGUICHET_CUPS_LOG"))
            QFile::copy(
                path(QStringLiteral("logs/error_log")), qEnvironmentVariable("EGUICHET_CUPS_LOG"));
        if (cupsd.state() != QProcess::NotRunning) {
            cupsd.terminate();
            if (!cupsd.waitForFinished(5000))
                cupsd.kill();
        }
        if (!instanceConfig.isEmpty())
            QFile::remove(instanceConfig);
    }

    /** The document of each job as CUPS received it (PreserveJobFiles), newest first. */
    QStringList jobFiles() const
    {
        QStringList out;
        const QDir spool(path(QStringLiteral("spool")));
        for (const QString& name :
            spool.entryList({ QStringLiteral("d*") }, QDir::Files, QDir::Time))
            out << spool.filePath(name);
        return out;
    }

    QStringList pdfs() const
    {
        return QDir(outDir()).entryList({ QStringLiteral("*.pdf") }, QDir::Files, QDir::Time);
    }
    /** What cupsd said about the jobs that went wrong (errors and the backend's exit). */
    QString errorLog() const
    {
        QFile f(path(QStringLiteral("logs/error_log")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList lines;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith("E ") || line.contains("exited")
                || line.contains("stopped with status") || line.contains("ERROR")
                || line.contains("[cups-pdf]") || line.contains("printer-state-message"))
                lines << QString::fromUtf8(line);
        }
        return lines.mid(std::max<qsizetype>(0, lines.size() - 20)).join(QLatin1Char('\n'));
    }
};

PrivateCups* g_cups = nullptr;

QString pdfText(const QString& path, int* pages = nullptr)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    if (pages)
        *pages = pdf.pageCount();
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + QLatin1Char('\n');
    return text.simplified();
}

int darkPixels(const QImage& image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128;
    }
    return dark;
}

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

} // namespace

class TestCupsPrint : public QObject
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

    AppConfig kioskConfig() const
    {
        AppConfig c;
        c.mode = AppMode::Kiosk;
        c.cityName = QStringLiteral("Namur");
        c.printerName = g_cups->queue;
        return c;
    }

    bool queueCommand(const QString& program)
    {
        QString output;
        const bool ok = g_cups->run(program, { g_cups->queue }, &output);
        if (!ok)
            qWarning() << program << output;
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QVERIFY(TestCertificates::writePem(m_ca, m_dir.filePath("ca.pem")));
        m_city = std::make_unique<FakeCityServer>(TestCertificates::server(m_ca, "IP:127.0.0.1"));
        m_city->handler = [](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
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
                FakeCityServer::answer(r, 201,
                    FakeCityServer::ok(QJsonObject { { "number", "NAM-2026-000077" },
                        { "service_title", "Acte de naissance" },
                        { "submitted_at", "2026-11-21T13:05:00Z" }, { "amount_cents", 0 } }));
            } else {
                FakeCityServer::answer(r, 404, FakeCityServer::failure("not_found", "not_found"));
            }
        };
        ApiSettings settings;
        settings.baseUrl = QUrl(m_city->baseUrl());
        settings.caFile = m_dir.filePath("ca.pem");
        m_api = std::make_unique<CityApiClient>(settings, &m_network);
        m_store = std::make_unique<LocalStore>(m_dir.filePath("data"), AppMode::Kiosk);
        QVERIFY(m_store->open(nullptr));
        m_transport = std::make_unique<ApiOutboxTransport>(m_api.get());
        m_store->outbox()->setTransport(m_transport.get());
        m_catalogue = std::make_unique<CatalogueRepository>(m_api.get(), m_store->catalogue());
        m_requests = std::make_unique<RequestController>(
            m_catalogue.get(), m_store->outbox(), m_store->drafts());
        m_requests->setUser("u-1");
        m_requests->open("acte");
        QTRY_COMPARE_WITH_TIMEOUT(m_requests->state(), RequestController::Editing, 5000);
        m_requests->form()->setValue("national_number", kNationalNumber);
        QVERIFY(m_requests->submit());
        QTRY_COMPARE_WITH_TIMEOUT(m_requests->state(), RequestController::Submitted, 10000);
    }

    void queue_isKnownToLibcups_heartbeatSaysOk()
    {
        const CupsQueue::State state = CupsQueue::state(g_cups->queue);
        QCOMPARE(state.printer, CupsQueue::State::Printer::Idle);
        QVERIFY(state.acceptingJobs);
        QCOMPARE(CupsQueue::heartbeatStatus(state), QStringLiteral("ok"));
        QCOMPARE(CupsQueue::heartbeatStatus(CupsQueue::state(QStringLiteral("no-such-queue"))),
            QStringLiteral("offline"));
    }

    // The promise: "imprimé" only once CUPS completed the job; the PDF is the receipt.
    void receipt_printedThroughCups_saidOnlyOnceCompleted()
    {
        DocumentActions kiosk(kioskConfig(), m_requests.get(), &m_language);
        QStringList said;
        QStringList filesWhenSaid;
        connect(&kiosk, &DocumentActions::messageChanged, this, [&] {
            said << kiosk.message();
            filesWhenSaid << QString::number(g_cups->pdfs().size());
        });
        QVERIFY(kiosk.printReceipt());
        QVERIFY(kiosk.printing()); // a job at CUPS, followed
        QCOMPARE(kiosk.message(), PrintMessages::printing());
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk.printing(), 60000);
        QVERIFY2(!kiosk.failed(), qPrintable(kiosk.message() + "\n" + g_cups->errorLog()));
        QCOMPARE(said,
            QStringList({ PrintMessages::printing(),
                PrintMessages::printed(PrintSubject::RequestReceipt) }));
        // When "imprimé" was said, cups-pdf had already written the file.
        QCOMPARE(filesWhenSaid.last(), QStringLiteral("1"));

        // What CUPS was given is the receipt: its text read back with QtPdf.
        const QStringList jobs = g_cups->jobFiles();
        QCOMPARE(jobs.size(), 1);
        const QString text = pdfText(jobs.first());
        QVERIFY2(text.contains(QStringLiteral("NAM-2026-000077")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Ville de Namur")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Acte de naissance")));
        QVERIFY(!text.contains(kNationalNumber));
        // What cups-pdf printed: a PDF QtPdf opens, one page with ink on it. (Its text cannot
        // be read back: cups-pdf goes through PostScript and Ghostscript, which re-encodes
        // Qt's embedded fonts without their Unicode map.)
        const QStringList pdfs = g_cups->pdfs();
        QCOMPARE(pdfs.size(), 1);
        QPdfDocument printed;
        QCOMPARE(
            printed.load(QDir(g_cups->outDir()).filePath(pdfs.first())), QPdfDocument::Error::None);
        QCOMPARE(printed.pageCount(), 1);
        QVERIFY(darkPixels(printed.render(0, QSize(300, 424))) > 50);
    }

    void document_printedThroughCups_everyPage()
    {
        const QString source = m_dir.filePath("city.pdf");
        QVERIFY(writeTwoPages(source));
        DocumentActions kiosk(kioskConfig(), m_requests.get(), &m_language);
        const int before = g_cups->pdfs().size();
        QVERIFY(kiosk.printDocument(QUrl::fromLocalFile(source)));
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk.printing(), 60000);
        QVERIFY2(!kiosk.failed(), qPrintable(kiosk.message() + "\n" + g_cups->errorLog()));
        QCOMPARE(kiosk.message(), PrintMessages::printed(PrintSubject::Document));
        const QStringList pdfs = g_cups->pdfs();
        QCOMPARE(pdfs.size(), before + 1);
        int pages = 0;
        pdfText(QDir(g_cups->outDir()).filePath(pdfs.first()), &pages);
        QCOMPARE(pages, 2);
    }

    // cupsdisable: the queue is stopped; nothing is sent, nothing comes out, it is said.
    void stoppedQueue_saysStopped_nothingPrinted()
    {
        QVERIFY(queueCommand(QStringLiteral("cupsdisable")));
        QCOMPARE(
            CupsQueue::heartbeatStatus(CupsQueue::state(g_cups->queue)), QStringLiteral("error"));
        DocumentActions kiosk(kioskConfig(), m_requests.get(), &m_language);
        const int before = g_cups->pdfs().size();
        QVERIFY(!kiosk.printReceipt());
        QVERIFY(kiosk.failed());
        QCOMPARE(kiosk.message(),
            PrintMessages::failed(PrintError::PrinterStopped, PrintSubject::RequestReceipt));
        QVERIFY(queueCommand(QStringLiteral("cupsenable")));
        QTest::qWait(500);
        QCOMPARE(g_cups->pdfs().size(), before);
    }

    // cupsreject: the queue refuses jobs.
    void rejectingQueue_saysRefused()
    {
        QVERIFY(queueCommand(QStringLiteral("cupsreject")));
        DocumentActions kiosk(kioskConfig(), m_requests.get(), &m_language);
        QVERIFY(!kiosk.printReceipt());
        QCOMPARE(kiosk.message(),
            PrintMessages::failed(PrintError::PrinterRefused, PrintSubject::RequestReceipt));
        QVERIFY(queueCommand(QStringLiteral("cupsaccept")));
        QVERIFY(CupsQueue::state(g_cups->queue).acceptingJobs);
    }

    // A job that never completes in time is cancelled and said "not confirmed", never printed:
    // the queue holds its jobs (cupsdisable after the check would race; a held job waits).
    void jobNotCompletedInTime_cancelled_notConfirmed()
    {
        QVERIFY(g_cups->run(QStringLiteral("lpadmin"),
            { QStringLiteral("-p"), g_cups->queue, QStringLiteral("-o"),
                QStringLiteral("job-hold-until-default=indefinite") }));
        DocumentActions kiosk(kioskConfig(), m_requests.get(), &m_language);
        kiosk.setPrintTimeout(1500);
        const int before = g_cups->pdfs().size();
        QVERIFY(kiosk.printReceipt());
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk.printing(), 10000);
        QCOMPARE(kiosk.message(),
            PrintMessages::failed(PrintError::NotConfirmed, PrintSubject::RequestReceipt));
        QVERIFY(g_cups->run(QStringLiteral("lpadmin"),
            { QStringLiteral("-p"), g_cups->queue, QStringLiteral("-o"),
                QStringLiteral("job-hold-until-default=no-hold") }));
        QString jobs;
        g_cups->run(QStringLiteral("lpstat"), { QStringLiteral("-o"), g_cups->queue }, &jobs);
        QVERIFY2(jobs.isEmpty(), qPrintable(jobs)); // cancelled: it will not come out later
        QTest::qWait(1000);
        QCOMPARE(g_cups->pdfs().size(), before);
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    PrivateCups cups;
    if (!cups.start()) {
        std::printf("SKIPPED: no private CUPS for the print test: %s\n", qPrintable(cups.error));
        return 77;
    }
    g_cups = &cups;
    TestCupsPrint test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cupsprint.moc"
