// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CardService;
class SessionController;

/**
 * Kiosk and counter rule: a verified card opens the citizen's session, pulling it ends the
 * session at once, and every session end forgets what the card said and resets the card (no
 * PIN verified for a login outlives the session). Shared by main() and the tests.
 */
void wireCardSession(SessionController* session, CardService* card);
