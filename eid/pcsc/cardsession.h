// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pcsc/cardtransport.h"

namespace eid {

/**
 * The kiosk's end of a card session: resets the card so that no verified PIN (and no
 * security environment) survives for the next person at the reader. LOG OFF after a
 * signature already drops the PIN; this also covers a session that ended half-way (the app
 * killed between VERIFY and LOG OFF, a card left in the reader). A card already pulled counts
 * as done: losing power forgets the PIN. If another application reset the card in between,
 * the handle is re-opened and the reset done once more.
 */
Status resetCardSession(CardTransport& transport);

} // namespace eid
