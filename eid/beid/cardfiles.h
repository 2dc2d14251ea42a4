// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beid/carddata.h"
#include "bytes.h"

namespace eid {

/** The raw files of one card read, as read (padding kept where a signature covers it). */
struct CardFiles
{
    Bytes atr;
    CardData cardData;
    Bytes identity;
    Bytes identitySignature;
    Bytes address;
    Bytes addressSignature; ///< EC: only the DER object, the zero padding cut
    Bytes photo;
    bool photoSkipped = false; ///< not asked for (ReadOptions::photo off), never read
    Bytes rrnCertificate; ///< DER only
    Bytes basicPublicKey; ///< 1.8: EF(PuK#1), SubjectPublicKeyInfo
    Bytes authenticationCertificate; ///< only when asked; empty = absent on the card
    Bytes signingCertificate;
    Bytes caCertificate;
    Bytes rootCertificate;
    Bytes challenge; ///< INTERNAL AUTHENTICATE challenge, when done
    Bytes challengeResponse; ///< raw r||s from the basic key
};

} // namespace eid
