// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beid/carddata.h"
#include "pcsc/apduchannel.h"

#include <string>

namespace eid {

/**
 * ISO 9564 format-2 PIN block for VERIFY (reference §6.1): 2L, BCD digits, F padding to 8
 * bytes. InvalidArgument unless the PIN is 4 to 12 digits. The caller wipes the block.
 */
Result<Bytes> makePinBlock(const std::string& pin);

/**
 * PIN tries left without spending one (reference §6.2): GET CARD DATA P2=01 byte 28 on 1.8,
 * an empty VERIFY on 1.7 (never on 1.1, which counts it as a wrong PIN). PinBlocked at 0.
 */
Result<int> pinTriesLeft(ApduChannel& channel, const CardData& cardData);

/**
 * VERIFY of the cardholder PIN (reference 01). WrongPin with the tries left as detail,
 * PinBlocked on 6983. Wipes the PIN text and the block before returning.
 */
Status verifyPin(ApduChannel& channel, std::string& pin);

} // namespace eid
