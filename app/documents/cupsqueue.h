// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * The print system as libcups sees it (the CUPS server of CUPS_SERVER, else the machine's):
 * a queue's state, a PDF file handed over as a job, that job's state. Calls are synchronous
 * and short (a local socket); no job data and no document content is ever logged.
 */
namespace CupsQueue {

struct State
{
    enum class Printer { Absent, Idle, Printing, Stopped };
    Printer printer = Printer::Absent;
    bool acceptingJobs = false;
    bool paperOut = false; // printer-state-reasons says media-empty or media-needed
};

enum class Job { Waiting, Completed, Stopped, Failed, Unknown };

/** The default destination's name; empty when there is none (or no CUPS at all). */
QString defaultPrinter();
State state(const QString& printer);
/** Hands `pdfPath` to the queue; the job id, or 0 when CUPS did not take it. */
int submit(const QString& printer, const QString& pdfPath, const QString& title);
Job job(const QString& printer, int jobId);
void cancel(const QString& printer, int jobId);
/** The heartbeat's words (docs/api/openapi.yaml): "ok" (idle or printing, taking jobs),
 *  "paper_out", "error" (stopped or refusing jobs), "offline" (no such queue, no CUPS). */
QString heartbeatStatus(const State& state);

} // namespace CupsQueue
