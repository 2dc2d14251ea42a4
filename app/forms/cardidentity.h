// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verifiedidentity.h"

#include <optional>

namespace eid {
struct CardReading;
}

/**
 * The prefill values of a card reading, given only when every authenticity check passed
 * (National Register signatures over identity and address, photo hash, RRN certificate): an
 * unverified card never locks a field. A birth date with an unknown day or month is left
 * out, so the citizen types the date the form asks for.
 */
std::optional<VerifiedIdentity> verifiedIdentityFrom(const eid::CardReading& reading);
