// SPDX-License-Identifier: GPL-3.0-or-later
#include "cupsqueue.h"

#include <cups/cups.h>

namespace CupsQueue {

QString defaultPrinter()
{
    cups_dest_t* dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT, nullptr, nullptr);
    if (!dest)
        return {};
    const QString name = QString::fromUtf8(dest->name);
    cupsFreeDests(1, dest);
    return name;
}

State state(const QString& printer)
{
    State out;
    if (printer.isEmpty())
        return out;
    const QByteArray name = printer.toUtf8();
    cups_dest_t* dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT, name.constData(), nullptr);
    if (!dest)
        return out;
    const auto option = [dest](const char* key) {
        const char* value = cupsGetOption(key, dest->num_options, dest->options);
        return QByteArray(value ? value : "");
    };
    const int ippState = option("printer-state").toInt();
    out.printer = ippState == IPP_PSTATE_STOPPED ? State::Printer::Stopped
        : ippState == IPP_PSTATE_PROCESSING      ? State::Printer::Printing
                                                 : State::Printer::Idle;
    out.acceptingJobs = option("printer-is-accepting-jobs") == "true";
    const QByteArray reasons = option("printer-state-reasons");
    out.paperOut = reasons.contains("media-empty") || reasons.contains("media-needed");
    cupsFreeDests(1, dest);
    return out;
}

int submit(const QString& printer, const QString& pdfPath, const QString& title)
{
    const int id = cupsPrintFile2(CUPS_HTTP_DEFAULT, printer.toUtf8().constData(),
        pdfPath.toLocal8Bit().constData(), title.toUtf8().constData(), 0, nullptr);
    return id > 0 ? id : 0;
}

Job job(const QString& printer, int jobId)
{
    cups_job_t* jobs = nullptr;
    const int count = cupsGetJobs2(
        CUPS_HTTP_DEFAULT, &jobs, printer.toUtf8().constData(), 1, CUPS_WHICHJOBS_ALL);
    Job out = Job::Unknown;
    for (int i = 0; i < count; ++i) {
        if (jobs[i].id != jobId)
            continue;
        switch (jobs[i].state) {
        case IPP_JSTATE_PENDING:
        case IPP_JSTATE_HELD:
        case IPP_JSTATE_PROCESSING:
            out = Job::Waiting;
            break;
        case IPP_JSTATE_STOPPED:
            out = Job::Stopped;
            break;
        case IPP_JSTATE_CANCELED:
        case IPP_JSTATE_ABORTED:
            out = Job::Failed;
            break;
        case IPP_JSTATE_COMPLETED:
            out = Job::Completed;
            break;
        }
    }
    cupsFreeJobs(count, jobs);
    return out;
}

void cancel(const QString& printer, int jobId)
{
    cupsCancelJob2(CUPS_HTTP_DEFAULT, printer.toUtf8().constData(), jobId, 0);
}

QString heartbeatStatus(const State& state)
{
    switch (state.printer) {
    case State::Printer::Absent:
        return QStringLiteral("offline");
    case State::Printer::Idle:
    case State::Printer::Printing:
        return state.acceptingJobs ? QStringLiteral("ok") : QStringLiteral("error");
    case State::Printer::Stopped:
        break;
    }
    return state.paperOut ? QStringLiteral("paper_out") : QStringLiteral("error");
}

} // namespace CupsQueue
