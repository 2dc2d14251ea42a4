// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardsessionpolicy.h"

#include "card/cardservice.h"
#include "sessioncontroller.h"

void wireCardSession(SessionController* session, CardService* card)
{
    session->addWiper([card]() {
        card->wipe();
        card->resetCards();
    });
    QObject::connect(card, &CardService::identityVerified, session, &SessionController::begin);
    QObject::connect(card, &CardService::cardRemoved, session,
        [session]() { session->end(SessionController::EndReason::CardRemoved); });
}
