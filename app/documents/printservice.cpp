// SPDX-License-Identifier: GPL-3.0-or-later
#include "printservice.h"

#include "cupsqueue.h"
#include "logging/logcategories.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFileInfo>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

namespace {

constexpr int kPollMs = 200;

std::optional<PrintError> refusal(const CupsQueue::State& state)
{
    switch (state.printer) {
    case CupsQueue::State::Printer::Absent:
        return PrintError::NoPrinter;
    case CupsQueue::State::Printer::Stopped:
        return state.paperOut ? PrintError::PaperOut : PrintError::PrinterStopped;
    case CupsQueue::State::Printer::Idle:
    case CupsQueue::State::Printer::Printing:
        break;
    }
    if (!state.acceptingJobs)
        return PrintError::PrinterRefused;
    return std::nullopt;
}

} // namespace

PrintService::PrintService(QString printerName, QObject* parent)
    : QObject(parent)
    , m_printerName(std::move(printerName))
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &PrintService::poll);
}

PrintService::~PrintService() = default;

QString PrintService::queueName() const
{
    return m_printerName.isEmpty() ? CupsQueue::defaultPrinter() : m_printerName;
}

std::optional<PrintError> PrintService::paintOn(QPrinter& printer, const Painter& paint)
{
    QPainter painter;
    if (!printer.isValid() || !painter.begin(&printer))
        return PrintError::NoPrinter;
    const bool drawn = paint(painter, printer);
    if (!painter.end() || !drawn)
        return PrintError::JobFailed;
    return std::nullopt;
}

bool PrintService::paintHtml(const QString& html, QPainter& painter, QPrinter& printer)
{
    QTextDocument document;
    // Laid out for the printer's resolution: point sizes stay point sizes on paper.
    document.documentLayout()->setPaintDevice(&printer);
    document.setHtml(html);
    const QRectF area = printer.pageLayout().paintRectPixels(printer.resolution());
    document.setPageSize(area.size());
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !printer.newPage())
            return false;
        painter.save();
        painter.translate(0, -page * area.height());
        document.drawContents(
            &painter, QRectF(0, page * area.height(), area.width(), area.height()));
        painter.restore();
    }
    return true;
}

void PrintService::print(const QString& title, const Painter& paint, Done done)
{
    if (busy()) { // the previous job is still followed: this one waits for no one
        done(PrintError::PrinterRefused);
        return;
    }
    if (m_factory) {
        const std::unique_ptr<QPrinter> printer = m_factory();
        if (!printer) {
            done(PrintError::NoPrinter);
            return;
        }
        if (printer->outputFormat() == QPrinter::PdfFormat) {
            // A PDF file: printed once the file is there.
            std::optional<PrintError> error = paintOn(*printer, paint);
            if (!error && QFileInfo(printer->outputFileName()).size() <= 0)
                error = PrintError::JobFailed;
            done(error);
            return;
        }
        m_queue = printer->printerName();
    } else {
        m_queue = queueName();
    }
    if (m_queue.isEmpty()) {
        done(PrintError::NoPrinter);
        return;
    }
    if (const auto refused = refusal(CupsQueue::state(m_queue))) {
        qCWarning(lcApp) << "printing refused before the job:" << PrintMessages::code(*refused);
        done(*refused);
        return;
    }

    // The pages as a PDF on the queue's paper, then a job of it.
    QPrinter native(QPrinter::HighResolution);
    native.setPrinterName(m_queue);
    const QPageLayout layout = native.pageLayout();
    auto spool = std::make_unique<QTemporaryDir>();
    const QString file = spool->filePath(QStringLiteral("job.pdf"));
    QPrinter pdf(QPrinter::HighResolution);
    pdf.setOutputFormat(QPrinter::PdfFormat);
    pdf.setOutputFileName(file);
    pdf.setPageLayout(layout);
    pdf.setCreator(QStringLiteral("e-Guichet"));
    pdf.setDocName(title);
    if (!spool->isValid() || paintOn(pdf, paint) || QFileInfo(file).size() <= 0) {
        done(PrintError::JobFailed);
        return;
    }
    const int id = CupsQueue::submit(m_queue, file, title);
    if (id == 0) {
        const auto now = refusal(CupsQueue::state(m_queue));
        qCWarning(lcApp) << "CUPS did not take the job";
        done(now.value_or(PrintError::PrinterRefused));
        return;
    }
    m_spool = std::move(spool);
    m_done = std::move(done);
    m_jobId = id;
    m_deadline = QDateTime::currentMSecsSinceEpoch() + m_timeoutMs;
    m_poll.start();
    emit busyChanged();
}

void PrintService::poll()
{
    switch (CupsQueue::job(m_queue, m_jobId)) {
    case CupsQueue::Job::Completed:
        finish(std::nullopt);
        return;
    case CupsQueue::Job::Failed:
        finish(PrintError::JobFailed);
        return;
    case CupsQueue::Job::Stopped: {
        const CupsQueue::State state = CupsQueue::state(m_queue);
        CupsQueue::cancel(m_queue, m_jobId);
        finish(state.paperOut ? PrintError::PaperOut : PrintError::PrinterStopped);
        return;
    }
    case CupsQueue::Job::Unknown: // CUPS forgot it or is gone: nobody can say it printed
        finish(PrintError::NotConfirmed);
        return;
    case CupsQueue::Job::Waiting:
        break;
    }
    // Waiting: a queue stopped meanwhile (its backend failed, paper out) will not print it.
    const CupsQueue::State state = CupsQueue::state(m_queue);
    if (state.printer == CupsQueue::State::Printer::Stopped) {
        CupsQueue::cancel(m_queue, m_jobId);
        finish(state.paperOut ? PrintError::PaperOut : PrintError::PrinterStopped);
    } else if (QDateTime::currentMSecsSinceEpoch() > m_deadline) {
        CupsQueue::cancel(m_queue, m_jobId);
        finish(PrintError::NotConfirmed);
    }
}

void PrintService::finish(std::optional<PrintError> error)
{
    m_poll.stop();
    if (error)
        qCWarning(lcApp) << "print job ended:" << PrintMessages::code(*error);
    m_jobId = 0;
    m_spool.reset();
    Done done = std::move(m_done);
    m_done = {};
    emit busyChanged();
    if (done)
        done(error);
}
