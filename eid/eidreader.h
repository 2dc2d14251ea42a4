// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beid/authsigner.h"
#include "cardreading.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace eid {

/** Asked for the PIN once the tries left are known; nullopt cancels. No transaction is held. */
using PinProvider = std::function<std::optional<std::string>(int triesLeft)>;

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
    static Result<AuthenticationSignature> signWithAuthenticationKey(
        const std::string& readerName, const Bytes& data, const PinProvider& pinProvider);
};

} // namespace eid
