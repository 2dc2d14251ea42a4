// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardlogin.h"

#include "accounts/accountcontroller.h"
#include "card/cardservice.h"
#include "cardloginsigner.h"
#include "session/sessioncontroller.h"

void wireCardLogin(CardLoginSigner* signer, CardService* card, AccountController* accounts,
    SessionController* session)
{
    accounts->setEidSigner(signer->signer([card] { return card->cardReader(); },
        [card](EidLoginEvidence& evidence) {
            // Only a verified reading holds files; without them the city still logs in.
            const SignedCardFiles& files = card->signedFiles();
            evidence.identityFile = files.identity;
            evidence.identitySignature = files.identitySignature;
            evidence.addressFile = files.address;
            evidence.addressSignature = files.addressSignature;
            evidence.rrnCertificateDer = files.rrnCertificate;
            evidence.nationalNumber = card->identity().nationalNumber;
        }));
    session->addWiper([signer] { signer->cancel(); });
}
