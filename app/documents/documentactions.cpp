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
#include <QPrinter>
#include <QStandardPaths>

DocumentActions::DocumentActions(const AppConfig& config, const RequestController* requests,
    const LanguageController* language, QObject* parent)
    : QObject(parent)
    , m_mode(config.mode)
    , m_cityName(config.cityName)
    , m_printerName(config.printerName)
    , m_requests(requests)
    , m_language(language)
    , m_saveFolder(
          [] { return QStandardPaths::writableLocation(QStandardPaths::DownloadLocation); })
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{ }

DocumentActions::~DocumentActions() = default;

void DocumentActions::say(const QString& message, bool failed)
{
    m_message = message;
    m_failed = failed;
    emit messageChanged();
}

void DocumentActions::clearMessage()
{
    if (m_message.isEmpty())
        return;
    say({}, false);
}

std::unique_ptr<QPrinter> DocumentActions::printer() const
{
    if (m_printerFactory)
        return m_printerFactory();
    auto p = std::make_unique<QPrinter>(QPrinter::HighResolution);
    if (!m_printerName.isEmpty())
        p->setPrinterName(m_printerName);
    p->setCreator(QStringLiteral("e-Guichet"));
    return p;
}

bool DocumentActions::printDocument(const QUrl& file)
{
    if (!canPrint())
        return false;
    const std::unique_ptr<QPrinter> target = printer();
    switch (PdfPrinting::print(file.toLocalFile(), target.get())) {
    case PdfPrinting::Outcome::Printed:
        say(tr("Le document a été envoyé à l'imprimante."), false);
        return true;
    case PdfPrinting::Outcome::Unreadable:
        say(tr("Ce document ne peut pas être lu. Ouvrez-le à nouveau ou adressez-vous à "
               "l'administration communale."),
            true);
        return false;
    case PdfPrinting::Outcome::PrinterFailed:
        break;
    }
    qCWarning(lcApp) << "printing a document failed";
    say(tr("L'impression n'a pas pu se faire. Adressez-vous à l'accueil."), true);
    return false;
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
    const std::unique_ptr<QPrinter> target = printer();
    if (!RequestReceipt(receiptData()).print(target.get())) {
        qCWarning(lcApp) << "printing a receipt failed";
        say(tr("L'impression n'a pas pu se faire. Adressez-vous à l'accueil."), true);
        return false;
    }
    say(tr("Le reçu a été envoyé à l'imprimante."), false);
    return true;
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
