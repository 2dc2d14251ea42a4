// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beid/beidcardreader.h"
#include "pcsc/readstats.h"
#include "verify/verifier.h"

namespace eid {

/** A complete, verified-or-not card read: what the application core receives. */
struct CardReading
{
    std::string reader;
    CardFiles files;
    Identity identity;
    Address address;
    VerificationReport verification;
    ReadStats stats;

    /** Overwrites every personal byte (kiosk session end, card pulled) and empties it. */
    void wipe();
};

/** Reads and verifies a card behind any transport (PC/SC or a test fake). */
Result<CardReading> readAndVerify(CardTransport& transport, const Bytes& atr,
    const ReadOptions& readOptions, const VerifyOptions& verifyOptions,
    const ProgressCallback& progress = {});

} // namespace eid
