// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beid/authsigner.h"
#include "cardreading.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace eid {

/** Blocking entry points over PC/SC; call them off the GUI thread. */
class EidReader
{
public:
    /** Reader names (Windows Hello virtual readers left out). */
    static Result<std::vector<std::string>> listReaders();

    /**
     * Connects to the named reader, or to the first reader holding a card when the name is
     * empty, then reads and verifies the card. NoReader / NoCard when there is none.
     */
    static Result<CardReading> read(const std::string& readerName, const ReadOptions& readOptions,
        const VerifyOptions& verifyOptions, const ProgressCallback& progress = {});

    /** eID login: signs data with the authentication key after a PIN VERIFY. */
    /** With a usable PIN pad the PIN is typed on the reader and pinProvider is not called. */
    static Result<AuthenticationSignature> signWithAuthenticationKey(const std::string& readerName,
        const Bytes& data, const PinProvider& pinProvider, const PinPadNotice& onPinPad = {});

    /**
     * Whether the reader holding the card (named, or the first with a card) has a PIN pad
     * we will use; `ignoredBecause` tells why not (quirks, no VERIFY_PIN_DIRECT).
     */
    static Result<PinPadDetection> detectPinPad(const std::string& readerName);

    /**
     * Kiosk end of session (resetCardSession): resets the card in the named reader, or in
     * every reader holding one when the name is empty. No card is not an error.
     */
    static Status resetCards(const std::string& readerName);
};

} // namespace eid
