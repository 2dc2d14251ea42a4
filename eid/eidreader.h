// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardreading.h"

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
};

} // namespace eid
