// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielderror.h"

#include "fieldvalidator.h"
#include "formschema.h"

#include <QLocale>

namespace {

QString formatDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("dd/MM/yyyy"));
}

} // namespace

QString FieldError::message(Code code, const FormField& field, const QDate& today)
{
    switch (code) {
    case None:
        return {};
    case Required:
        return tr("Ce champ est obligatoire.");
    case TooShort:
        return tr("Ce champ doit contenir au moins %1 caractères.").arg(field.validation.minLength);
    case TooLong:
        return tr("Ce champ doit contenir au plus %1 caractères.").arg(field.validation.maxLength);
    case Pattern:
        return tr("Le format de ce champ n'est pas valide.");
    case Digits:
        return tr("Ce champ ne peut contenir que des chiffres.");
    case Email:
        return tr("Cette adresse e-mail n'est pas valide (exemple : nom@exemple.be).");
    case Phone:
        return tr("Ce numéro de téléphone belge n'est pas valide (exemple : 081 24 60 00).");
    case Iban:
        return tr("Ce numéro de compte IBAN n'est pas valide (exemple : BE68 5390 0754 7034).");
    case NationalNumber:
        return tr("Ce numéro de registre national n'est pas valide (11 chiffres, au dos de "
                  "votre carte d'identité).");
    case InvalidDate:
        return tr("Cette date n'existe pas.");
    case DateTooEarly:
        return tr("La date doit être le %1 ou après.")
            .arg(formatDate(FieldValidator::resolveBound(field.min, today)));
    case DateTooLate:
        return tr("La date doit être le %1 ou avant.")
            .arg(formatDate(FieldValidator::resolveBound(field.max, today)));
    case NotAnOption:
        return tr("Choisissez une des propositions.");
    case FileTooLarge:
        return tr("Ce fichier est trop volumineux (%1 Mo au plus).")
            .arg(QLocale().toString(double(field.fileMaxBytes) / (1024.0 * 1024.0), 'f', 1));
    case FileType:
        return tr("Ce type de fichier n'est pas accepté.");
    case InvalidValue:
        return tr("Cette valeur n'est pas valide.");
    }
    return {};
}
