// SPDX-License-Identifier: GPL-3.0-or-later
// eID login: POST /v1/auth/eid/challenge and /v1/auth/eid/verify (signature over the nonce
// with the card's authentication key, chain to the configured roots, National Register
// signatures over the identity and address files).
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

class Router;
struct CityContext;

void addEidRoutes(Router& router, CityContext& city);

/** Values of a Belgian eID TLV file (identity 4031 or address 4033), by tag. */
QMap<int, QByteArray> parseEidTlv(const QByteArray& file);
