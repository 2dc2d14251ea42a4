// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerror.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QPainter;
class QPrinter;

/**
 * Prints and says what really happened (docs/ui.md, "Documents"). A printer that writes a
 * PDF file (tests, demos) has printed once the file is written. A real printer goes through
 * CUPS: the pages are drawn into a PDF file with the printer's page layout, handed to the
 * queue with libcups (CupsQueue), and the job is followed until CUPS says it completed; a
 * stopped queue, a refused, aborted or cancelled job, or no answer in time is a PrintError,
 * and a job still waiting is cancelled then, so it cannot come out for the next citizen.
 */
class PrintService : public QObject
{
    Q_OBJECT

public:
    using PrinterFactory = std::function<std::unique_ptr<QPrinter>()>;
    /** Draws every page; false when a page could not be made. */
    using Painter = std::function<bool(QPainter&, QPrinter&)>;
    /** Called once: no error when printed. */
    using Done = std::function<void(std::optional<PrintError>)>;

    explicit PrintService(QString printerName = {}, QObject* parent = nullptr);
    ~PrintService() override;

    /** The printer to print on (tests); by default the named CUPS queue, else the default. */
    void setPrinterFactory(PrinterFactory factory) { m_factory = std::move(factory); }
    void setPrinterName(const QString& name) { m_printerName = name; }
    /** How long CUPS may take to complete a job (default 60 s). */
    void setTimeout(int ms) { m_timeoutMs = ms; }
    bool busy() const { return m_jobId != 0; }

    /** Prints `paint`'s pages; `done` is called now (PDF file, refusal) or when CUPS ends. */
    void print(const QString& title, const Painter& paint, Done done);
    /** The citizen left: the job goes on, nobody is told (session end). */
    void forget() { m_done = {}; }

    /** Draws on `printer` with a painter of its own (begin fails: NoPrinter). */
    static std::optional<PrintError> paintOn(QPrinter& printer, const Painter& paint);
    /** An HTML text laid out on the printer's printable area, page after page. */
    static bool paintHtml(const QString& html, QPainter& painter, QPrinter& printer);
    /** The named queue, else the default one ("" when there is none). */
    QString queueName() const;

signals:
    void busyChanged();

private:
    void poll();
    void finish(std::optional<PrintError> error);

    QString m_printerName;
    PrinterFactory m_factory;
    int m_timeoutMs = 60000;
    // The job being followed.
    Done m_done;
    QString m_queue;
    int m_jobId = 0;
    std::unique_ptr<QTemporaryDir> m_spool;
    QTimer m_poll;
    qint64 m_deadline = 0;
};
