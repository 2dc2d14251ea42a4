// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/appconfig.h"
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
 * (home and counter; a kiosk has none). Each action ends with a sentence in `message`.
 */
class DocumentActions : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)
    Q_PROPERTY(bool canPrint READ canPrint CONSTANT)
    Q_PROPERTY(bool canSave READ canSave CONSTANT)

public:
    using PrinterFactory = std::function<std::unique_ptr<QPrinter>()>;

    DocumentActions(const AppConfig& config, const RequestController* requests,
        const LanguageController* language, QObject* parent = nullptr);
    ~DocumentActions() override;

    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    bool canPrint() const { return m_mode != AppMode::Home; }
    bool canSave() const { return m_mode != AppMode::Kiosk; }

    /** The printer to print on; by default `kiosk/printer` (empty: the system's default).
     *  Tests print into a PDF file. */
    void setPrinterFactory(PrinterFactory factory) { m_printerFactory = std::move(factory); }
    /** Where "Enregistrer" writes (default: the user's Downloads folder). */
    void setSaveFolder(std::function<QString()> folder) { m_saveFolder = std::move(folder); }
    /** What opens a file in the system's viewer (tests record the file instead). */
    void setOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }

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

private:
    void say(const QString& message, bool failed);
    std::unique_ptr<QPrinter> printer() const;
    QString freePathFor(const QString& fileName) const;

    AppMode m_mode;
    QString m_cityName;
    QString m_printerName;
    const RequestController* m_requests;
    const LanguageController* m_language;
    PrinterFactory m_printerFactory;
    std::function<QString()> m_saveFolder;
    std::function<bool(const QUrl&)> m_opener;
    QString m_message;
    bool m_failed = false;
    QString m_lastSaved;
};
