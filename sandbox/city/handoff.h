// SPDX-License-Identifier: GPL-3.0-or-later
// Kiosk to counter hand-off (issue #14): a citizen stuck at a kiosk sends the draft to the
// city and gets a short code; at a counter a clerk takes the draft over with that code, once.
// The city keeps the draft encrypted with a key only the code gives, for a day at most.
#pragma once

#include <QByteArray>
#include <QString>

class Router;
struct CityContext;

void addHandoffRoutes(Router& router, CityContext& city);

/** A code as the kiosk shows it: 10 characters of an alphabet without look-alikes, as
    "XXXXX-XXXXX" (about 49 bits). */
QString newHandoffCode();
/** The code as typed at the desk, upper-cased, without spaces or dashes. */
QString normalisedHandoffCode(const QString& typed);

/** AES-256-GCM under a key derived from the code (PBKDF2-SHA-256): nonce || ciphertext || tag. */
QByteArray sealWithCode(const QString& code, const QByteArray& plain);
/** The plain bytes, or an empty array when the code or the bytes are wrong. */
QByteArray openWithCode(const QString& code, const QByteArray& sealed);
/** What the city stores to find a hand-off by its code (slow hash too: the table alone must
    not let anyone try codes quickly). */
QString handoffLookupKey(const QString& code);
