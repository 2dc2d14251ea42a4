// SPDX-License-Identifier: GPL-3.0-or-later
#include "printerror.h"

QString PrintMessages::printing()
{
    return tr("Impression en cours…");
}

QString PrintMessages::printed(PrintSubject subject)
{
    switch (subject) {
    case PrintSubject::RequestReceipt:
    case PrintSubject::PaymentReceipt:
        break;
    case PrintSubject::Document:
        return tr("Le document est imprimé. Prenez-le à l'imprimante.");
    }
    return tr("Votre reçu est imprimé. Prenez-le à l'imprimante.");
}

QString PrintMessages::failed(PrintError error, PrintSubject subject)
{
    QString what;
    switch (error) {
    case PrintError::NoPrinter:
        what = tr("Aucune imprimante n'est disponible.");
        break;
    case PrintError::PaperOut:
        what = tr("L'imprimante n'a plus de papier : rien n'a été imprimé.");
        break;
    case PrintError::PrinterStopped:
        what = tr("L'imprimante est arrêtée : rien n'a été imprimé.");
        break;
    case PrintError::PrinterRefused:
        what = tr("L'imprimante refuse les impressions pour le moment : rien n'a été imprimé.");
        break;
    case PrintError::JobFailed:
        what = tr("L'impression a échoué.");
        break;
    case PrintError::NotConfirmed:
        what = tr("L'imprimante n'a pas terminé l'impression à temps : elle a été annulée.");
        break;
    }
    QString next;
    switch (subject) {
    case PrintSubject::RequestReceipt:
        next = tr("Votre demande est bien enregistrée : réessayez, ou retrouvez son reçu dans "
                  "« Mes demandes ».");
        break;
    case PrintSubject::PaymentReceipt:
        next = tr("Votre paiement est bien enregistré : réessayez, demandez le reçu à l'accueil "
                  "ou retrouvez-le dans « Mes demandes ».");
        break;
    case PrintSubject::Document:
        next = tr("Le document reste disponible : réessayez, ou retrouvez-le dans « Mes "
                  "demandes » ou à l'accueil.");
        break;
    }
    return what + QLatin1Char(' ') + next;
}

const char* PrintMessages::code(PrintError error)
{
    switch (error) {
    case PrintError::NoPrinter:
        return "no_printer";
    case PrintError::PaperOut:
        return "paper_out";
    case PrintError::PrinterStopped:
        return "printer_stopped";
    case PrintError::PrinterRefused:
        return "printer_refused";
    case PrintError::JobFailed:
        return "job_failed";
    case PrintError::NotConfirmed:
        return "not_confirmed";
    }
    return "unknown";
}
