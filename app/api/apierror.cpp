// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include "apiresult.h"

bool ApiError::isTransient(Code code)
{
    return code == NetworkUnreachable || code == Timeout || code == ServerError
        || code == RateLimited;
}

QString ApiError::message(const ApiResult& r)
{
    // Codes of the contract with a sentence of our own (the city's err_desc is a fallback).
    const QString& c = r.errorCode;
    if (c == QLatin1String("invalid_credentials"))
        return tr("Adresse e-mail ou mot de passe incorrect.");
    if (c == QLatin1String("account_inactive"))
        return tr("Votre compte n'est pas encore activé. Cliquez sur le lien reçu par e-mail "
                  "(pensez à vérifier vos spams).");
    if (c == QLatin1String("email_in_use"))
        return tr("Un compte existe déjà avec cette adresse e-mail.");
    if (c == QLatin1String("field_locked"))
        return tr("Ces informations viennent de votre carte d'identité et ne peuvent pas être "
                  "modifiées ici.");
    if (c == QLatin1String("eid_required"))
        return tr("Cette démarche demande une connexion avec votre carte d'identité.");
    if (c == QLatin1String("challenge_invalid"))
        return tr("Le délai de connexion est dépassé. Recommencez : votre code PIN vous sera "
                  "demandé à nouveau.");
    if (c == QLatin1String("eid_revoked"))
        return tr("Cette carte d'identité a été révoquée (perdue, volée ou remplacée) : elle ne "
                  "permet plus de se connecter. Adressez-vous à votre commune.");
    if (c == QLatin1String("eid_revocation_unknown"))
        return tr("La Ville ne peut pas vérifier pour l'instant que votre carte d'identité est "
                  "toujours valable. Réessayez dans quelques minutes.");
    if (c == QLatin1String("eid_signature_invalid") || c == QLatin1String("eid_untrusted"))
        return tr("La Ville n'a pas pu vérifier votre carte d'identité. Adressez-vous à votre "
                  "commune si cela se reproduit.");
    if (c == QLatin1String("only_one_allowed"))
        return tr("Vous avez déjà introduit cette demande.");

    switch (r.error) {
    case None:
        return {};
    case NotConfigured:
        return tr("L'application n'est pas configurée pour joindre la Ville. Prévenez un agent.");
    case NetworkUnreachable:
        return tr("Impossible de joindre la Ville. Vérifiez votre connexion à Internet et "
                  "réessayez.");
    case Timeout:
        return tr("La Ville met trop de temps à répondre. Réessayez dans quelques instants.");
    case TlsUntrusted:
    case TlsHostMismatch:
    case TlsExpired:
    case TlsPinMismatch:
    case TlsFailed:
        return tr("La connexion sécurisée avec la Ville n'a pas pu être vérifiée. Pour votre "
                  "sécurité, rien n'a été envoyé.");
    case ServerError:
        return tr("Le service de la Ville rencontre un problème. Réessayez plus tard.");
    case MalformedResponse:
        return tr("La réponse de la Ville est illisible. Réessayez plus tard.");
    case Unauthorized:
        return tr("Votre session a expiré. Veuillez vous reconnecter.");
    case Forbidden:
        return tr("Vous n'avez pas accès à cette démarche.");
    case NotFound:
        return tr("Cet élément n'existe pas ou plus.");
    case Conflict:
        return r.serverMessage.isEmpty() ? tr("Cette opération est en conflit avec une autre.")
                                         : r.serverMessage;
    case PayloadTooLarge:
        return tr("Les fichiers joints sont trop volumineux.");
    case UnsupportedMediaType:
        return tr("Ce type de fichier n'est pas accepté.");
    case ValidationFailed:
        return tr("Certains champs ne sont pas corrects. Vérifiez les messages indiqués.");
    case RateLimited:
        return r.retryAfterSeconds > 0
            ? tr("Trop de tentatives. Réessayez dans %1 s.").arg(r.retryAfterSeconds)
            : tr("Trop de tentatives. Réessayez dans quelques instants.");
    case BadRequest:
        return r.serverMessage.isEmpty() ? tr("La demande n'a pas pu être traitée.")
                                         : r.serverMessage;
    case Cancelled:
        return tr("L'opération a été annulée.");
    }
    return {};
}
