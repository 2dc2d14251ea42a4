// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/appconfig.h"
#include "printservice.h"
#include "requestreceipt.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class LanguageController;
class QPrinter;
class RequestController;

/**
 * What the citizen can do with a document inside the app (docs/ui.md, "Documents"): print a
 * city's PDF or the receipt of a filed request (kiosk and counter: the configured printer),
 * save them (home and counter: the Downloads folder), open a PDF with the system's viewer
 * (home and counter; a kiosk has none). Each action ends with a sentence in `message`;
 * "printed" only once the print system completed the job (PrintService), otherwise what
 * happened (PrintMessages). While a job is followed, `printing` is true.
 */
class DocumentActions : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)
    Q_PROPERTY(bool canPrint READ canPrint CONSTANT)
    Q_PROPERTY(bool canSave READ canSave CONSTANT)
    Q_PROPERTY(bool printing READ printing NOTIFY printingChanged)

public:
    using PrinterFactory = PrintService::PrinterFactory;

    DocumentActions(const AppConfig& config, const RequestController* requests,
        const LanguageController* language, QObject* parent = nullptr);
    ~DocumentActions() override;

    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    bool canPrint() const { return m_mode != AppMode::Home; }
    bool canSave() const { return m_mode != AppMode::Kiosk; }
    bool printing() const { return m_print.busy(); }

    /** The printer to print on; by default `kiosk/printer` (empty: the system's default).
     *  Tests print into a PDF file. */
    void setPrinterFactory(PrinterFactory factory)
    {
        m_print.setPrinterFactory(std::move(factory));
    }
    /** How long CUPS may take to complete a job. */
    void setPrintTimeout(int ms) { m_print.setTimeout(ms); }
    /** Where "Enregistrer" writes (default: the user's Downloads folder). */
    void setSaveFolder(std::function<QString()> folder) { m_saveFolder = std::move(folder); }
    /** What opens a file in the system's viewer (tests record the file instead). */
    void setOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }

    /** Starts printing; false when it failed at once (the message says why). */
    Q_INVOKABLE bool printDocument(const QUrl& file);
    Q_INVOKABLE bool saveDocument(const QUrl& file);
    Q_INVOKABLE bool openExternally(const QUrl& file);
    Q_INVOKABLE bool printReceipt();
    Q_INVOKABLE bool saveReceipt();
    Q_INVOKABLE void clearMessage();

    /** The receipt of the request just filed, in the current language. */
    RequestReceiptData receiptData() const;
    /** The file the last save wrote (tests, and the message). */
    QString lastSavedPath() const { return m_lastSaved; }

signals:
    void messageChanged();
    void printingChanged();

private:
    void say(const QString& message, bool failed);
    bool startPrint(const QString& title, const PrintService::Painter& paint, PrintSubject subject);
    QString freePathFor(const QString& fileName) const;

    AppMode m_mode;
    QString m_cityName;
    const RequestController* m_requests;
    const LanguageController* m_language;
    PrintService m_print;
    std::function<QString()> m_saveFolder;
    std::function<bool(const QUrl&)> m_opener;
    QString m_message;
    bool m_failed = false;
    QString m_lastSaved;
};
