// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/verifiedidentity.h"

#include <QString>

/**
 * What a verified card may prefill: only the eID session of its own holder (the national
 * number of the session's eID login). A card read before a password login, or another
 * person's card left in the reader, lends the form nothing (issue 17: another person's
 * identity on a request).
 */
inline VerifiedIdentity cardPrefillFor(const VerifiedIdentity& card, const QString& eidHolder)
{
    if (eidHolder.isEmpty() || card.nationalNumber != eidHolder)
        return {};
    return card;
}
