// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

/**
 * What the card signs for an eID login (docs/eid-login.md, docs/api/openapi.yaml):
 *   "eguichet-eid-login-v1" || API origin || challenge_id || nonce
 * The origin is the one this app is configured to reach, never one the city names, so a nonce
 * relayed from another service signs that service's origin and is refused here. The city
 * builds the same bytes with its own origin. Empty when the challenge is malformed (the id is
 * a lower-case UUID, the nonce 32 bytes, so the concatenation cannot be cut two ways).
 */
QByteArray eidLoginMessage(
    const QUrl& apiBaseUrl, const QString& challengeId, const QByteArray& nonce);

/** "https://host[:port]": scheme and host in lower case, the port only when not the default. */
QString apiOrigin(const QUrl& apiBaseUrl);
