// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AccountController;
class CardLoginSigner;
class CardService;
class SessionController;

/**
 * The eID login's wiring, shared by main() and the tests: the card signs in the reader of
 * the verified card and the login carries that card's RRN-signed identity and address files
 * (the city fills the profile from them, locked); a session end stops a PIN being awaited.
 */
void wireCardLogin(CardLoginSigner* signer, CardService* card, AccountController* accounts,
    SessionController* session);
