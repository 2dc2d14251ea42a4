// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentactions.h"

#include "i18n/languagecontroller.h"
#include "logging/logcategories.h"
#include "pdfprinting.h"
#include "requests/requestcontroller.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPrinter>
#include <QStandardPaths>

DocumentActions::DocumentActions(const AppConfig& config, const RequestController* requests,
    const LanguageController* language, QObject* parent)
    : QObject(parent)
    , m_mode(config.mode)
    , m_cityName(config.cityName)
    , m_requests(requests)
    , m_language(language)
    , m_print(config.printerName)
    , m_saveFolder(
          [] { return QStandardPaths::writableLocation(QStandardPaths::DownloadLocation); })
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    connect(&m_print, &PrintService::busyChanged, this, &DocumentActions::printingChanged);
}

DocumentActions::~DocumentActions() = default;

void DocumentActions::say(const QString& message, bool failed)
{
    m_message = message;
    m_failed = failed;
    emit messageChanged();
}

void DocumentActions::clearMessage()
{
    m_print.forget(); // a job still followed is no longer this page's, nor this citizen's
    if (m_message.isEmpty())
        return;
    say({}, false);
}

bool DocumentActions::startPrint(
    const QString& title, const PrintService::Painter& paint, PrintSubject subject)
{
    // `done` may come now (a PDF file, a refusal) or later (a CUPS job): only the former is
    // this call's answer.
    const auto returned = std::make_shared<bool>(false);
    const auto failedNow = std::make_shared<bool>(false);
    say(PrintMessages::printing(), false);
    m_print.print(
        title, paint, [this, subject, returned, failedNow](std::optional<PrintError> error) {
            if (!*returned)
                *failedNow = error.has_value();
            say(error ? PrintMessages::failed(*error, subject) : PrintMessages::printed(subject),
                error.has_value());
        });
    *returned = true;
    return !*failedNow;
}

bool DocumentActions::printDocument(const QUrl& file)
{
    if (!canPrint())
        return false;
    auto document = std::make_shared<QPdfDocument>();
    if (document->load(file.toLocalFile()) != QPdfDocument::Error::None
        || document->pageCount() < 1) {
        say(tr("Ce document ne peut pas être lu. Ouvrez-le à nouveau ou adressez-vous à "
               "l'administration communale."),
            true);
        return false;
    }
    return startPrint(
        QStringLiteral("e-Guichet: document"), // CUPS keeps job titles: nothing personal
        [document](QPainter& painter, QPrinter& printer) {
            return PdfPrinting::paint(*document, painter, printer);
        },
        PrintSubject::Document);
}

QString DocumentActions::freePathFor(const QString& fileName) const
{
    const QDir folder(m_saveFolder());
    const QFileInfo name(fileName);
    QString path = folder.filePath(name.fileName());
    // Never overwrite what the citizen already has: "composition (2).pdf".
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(
            QStringLiteral("%1 (%2).%3").arg(name.completeBaseName()).arg(n).arg(name.suffix()));
    return path;
}

bool DocumentActions::saveDocument(const QUrl& file)
{
    if (!canSave())
        return false;
    const QString folder = m_saveFolder();
    QDir().mkpath(folder);
    const QString path = freePathFor(QFileInfo(file.toLocalFile()).fileName());
    if (!QFile::copy(file.toLocalFile(), path)) {
        say(tr("Le fichier n'a pas pu être enregistré dans %1.")
                .arg(QDir::toNativeSeparators(folder)),
            true);
        return false;
    }
    m_lastSaved = path;
    say(tr("Enregistré : %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool DocumentActions::openExternally(const QUrl& file)
{
    if (m_mode == AppMode::Kiosk)
        return false;
    if (!m_opener(file)) {
        say(tr("Aucune application ne peut ouvrir ce document sur cet ordinateur."), true);
        return false;
    }
    say(tr("Le document s'ouvre dans votre lecteur de PDF."), false);
    return true;
}

RequestReceiptData DocumentActions::receiptData() const
{
    const RequestController::Submission& s = m_requests->submission();
    RequestReceiptData data;
    data.cityName = m_cityName;
    data.serviceTitle = s.serviceTitle;
    data.number = s.number;
    const QDateTime local = s.submittedAt.toLocalTime();
    data.submittedAt = m_language->formatDate(local.date()) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm"));
    if (s.awaitsPayment && s.amountCents > 0)
        data.amount = m_language->formatAmount(s.amountCents);
    return data;
}

bool DocumentActions::printReceipt()
{
    if (!canPrint())
        return false;
    if (m_requests->submission().number.isEmpty()) {
        say(tr("Aucune demande n'a été envoyée : il n'y a pas de reçu."), true);
        return false;
    }
    const RequestReceipt receipt(receiptData());
    return startPrint(
        QStringLiteral("e-Guichet: receipt"),
        [receipt](QPainter& painter, QPrinter& printer) { return receipt.paint(painter, printer); },
        PrintSubject::RequestReceipt);
}

bool DocumentActions::saveReceipt()
{
    if (!canSave())
        return false;
    if (m_requests->submission().number.isEmpty()) {
        say(tr("Aucune demande n'a été envoyée : il n'y a pas de reçu."), true);
        return false;
    }
    const RequestReceipt receipt(receiptData());
    const QString folder = m_saveFolder();
    QDir().mkpath(folder);
    const QString path = freePathFor(receipt.fileName());
    if (!receipt.saveAsPdf(path)) {
        say(tr("Le fichier n'a pas pu être enregistré dans %1.")
                .arg(QDir::toNativeSeparators(folder)),
            true);
        return false;
    }
    m_lastSaved = path;
    say(tr("Reçu enregistré : %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}
