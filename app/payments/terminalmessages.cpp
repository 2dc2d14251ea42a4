// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalmessages.h"

#include "api/apierror.h"
#include "paymentflow.h"

QString TerminalMessages::message(const PaymentFlow& flow)
{
    switch (flow.state()) {
    case PaymentFlow::Idle:
        return {};
    case PaymentFlow::AwaitingCitizen:
        if (flow.terminalStage() == QLatin1String("enter_pin"))
            return tr("Tapez votre code secret sur le terminal de paiement.");
        if (flow.terminalStage() == QLatin1String("authorising"))
            return tr("Autorisation en cours… Ne retirez pas votre carte.");
        return tr("Présentez ou insérez votre carte dans le terminal de paiement.");
    case PaymentFlow::Creating:
        if (ApiError::isTransient(flow.lastError()) || flow.lastError() == ApiError::Unauthorized)
            return tr("Paiement accepté par le terminal. La Ville ne répond pas pour le moment : "
                      "nous réessayons. Ne payez pas une seconde fois.");
        return tr("Paiement accepté par le terminal. Enregistrement auprès de la Ville…");
    case PaymentFlow::Checking:
        return tr("Nous vérifions votre paiement auprès du terminal…");
    case PaymentFlow::Unconfirmed:
        return tr("Le terminal n'a pas confirmé le résultat du paiement. Ne payez pas une "
                  "seconde fois : un agent vérifiera le journal du terminal.");
    case PaymentFlow::Paid:
        return tr("Paiement reçu. Merci !");
    case PaymentFlow::Denied:
        return tr("Le paiement a été refusé. Rien n'a été débité.");
    case PaymentFlow::Cancelled:
        return tr("Le paiement a été annulé. Rien n'a été débité.");
    case PaymentFlow::Expired:
    case PaymentFlow::Refused:
        break;
    }
    if (flow.terminalCharged())
        return tr("Votre carte a été débitée, mais la Ville n'a pas pu enregistrer le paiement. "
                  "Gardez le ticket du terminal et adressez-vous à l'accueil.");
    return tr("Le paiement n'a pas pu commencer. Rien n'a été débité.");
}
