// SPDX-License-Identifier: GPL-3.0-or-later
#include "carderrors.h"

QString CardErrors::message(eid::ErrorCode code)
{
    using eid::ErrorCode;
    switch (code) {
    case ErrorCode::ServiceUnavailable:
        return tr("Le service des lecteurs de cartes ne fonctionne pas. Redémarrez l'ordinateur "
                  "ou demandez de l'aide au personnel.");
    case ErrorCode::NoReader:
        return tr("Aucun lecteur de carte n'est branché.");
    case ErrorCode::NoCard:
        return tr("Aucune carte dans le lecteur.");
    case ErrorCode::CardRemoved:
        return tr("La carte a été retirée pendant la lecture. Remettez-la et laissez-la dans le "
                  "lecteur jusqu'à la fin.");
    case ErrorCode::CardReset:
    case ErrorCode::ReaderBusy:
        return tr("Le lecteur est utilisé par un autre programme. Fermez-le, puis réessayez.");
    case ErrorCode::CardMute:
        return tr("La carte ne répond pas. Retirez-la et insérez-la à nouveau, puce en avant.");
    case ErrorCode::UnsupportedCard:
        return tr("Cette carte n'est pas une carte d'identité belge.");
    case ErrorCode::Damaged:
    case ErrorCode::ParseError:
    case ErrorCode::AnswerTooLong:
        return tr("La carte n'a pas pu être lue entièrement : elle est peut-être endommagée. "
                  "Adressez-vous à votre commune.");
    case ErrorCode::WrongPin:
        return tr("Code PIN incorrect.");
    case ErrorCode::PinBlocked:
        return tr("Le code PIN est bloqué. Il peut être débloqué à votre commune avec le code "
                  "PUK.");
    case ErrorCode::PinPadTimeout:
        return tr("Le lecteur a attendu votre code PIN trop longtemps. Recommencez et tapez-le "
                  "sur le clavier du lecteur.");
    case ErrorCode::PinPadCancelled:
    case ErrorCode::Cancelled:
        return tr("Opération annulée.");
    case ErrorCode::PinPadInvalidEntry:
        return tr("Le code PIN tapé sur le lecteur n'a pas la bonne longueur (4 à 12 chiffres).");
    case ErrorCode::InvalidArgument:
    case ErrorCode::Internal:
        break;
    }
    return tr("La lecture de la carte a échoué. Retirez la carte et réessayez.");
}

QString CardErrors::verificationFailure(const eid::VerificationReport& report)
{
    if (report.verified())
        return {};
    if (report.rrnCertificate == eid::CertificateStatus::Expired)
        return tr("Le certificat qui garantit les données de la carte a expiré. Les données ne "
                  "seront pas utilisées. Adressez-vous à votre commune.");
    return tr("Les données de la carte n'ont pas pu être vérifiées : elles ne seront pas "
              "utilisées. Adressez-vous à votre commune si cela se reproduit.");
}
