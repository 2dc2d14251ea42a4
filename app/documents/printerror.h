// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

/** Why something was not printed. Each is said to the citizen by PrintMessages only. */
enum class PrintError {
    NoPrinter, // no printer configured or known, or it cannot be opened (QPainter::begin)
    PaperOut, // the queue is stopped and says media-empty / media-needed
    PrinterStopped, // the queue is stopped (paused, jammed, its backend failed)
    PrinterRefused, // the queue does not accept jobs, or refused this one
    JobFailed, // the job was made but was aborted or cancelled, or a page could not be made
    NotConfirmed, // CUPS did not say "completed" in time; the job was cancelled
};

/** What printed, for the sentences. */
enum class PrintSubject { RequestReceipt, PaymentReceipt, Document };

/** The one place where a print outcome becomes a sentence (French source, translated). */
class PrintMessages
{
    Q_DECLARE_TR_FUNCTIONS(PrintMessages)

public:
    static QString printing();
    static QString printed(PrintSubject subject);
    /** What happened, then what the citizen can do: nothing is lost. */
    static QString failed(PrintError error, PrintSubject subject);
    /** A word for logs (no personal data). */
    static const char* code(PrintError error);
};
