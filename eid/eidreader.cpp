// SPDX-License-Identifier: GPL-3.0-or-later
#include "eidreader.h"

#include "pcsc/pcsccontext.h"

#include <algorithm>

namespace eid {

Result<std::vector<std::string>> EidReader::listReaders()
{
    Result<std::unique_ptr<PcscContext>> context = PcscContext::establish();
    if (!context)
        return context.error();
    return context.value()->listReaders();
}

Result<CardReading> EidReader::read(const std::string& readerName, const ReadOptions& readOptions,
    const VerifyOptions& verifyOptions, const ProgressCallback& progress)
{
    Result<std::unique_ptr<PcscContext>> context = PcscContext::establish();
    if (!context)
        return context.error();
    Result<std::vector<std::string>> readers = context.value()->listReaders();
    if (!readers)
        return readers.error();
    std::vector<std::string> candidates = readers.value();
    if (!readerName.empty()) {
        if (std::find(candidates.begin(), candidates.end(), readerName) == candidates.end())
            return Error { ErrorCode::NoReader, "no such reader" };
        candidates = { readerName };
    }
    if (candidates.empty())
        return Error { ErrorCode::NoReader, "no reader" };

    Error last { ErrorCode::NoCard, "no card" };
    for (const std::string& name : candidates) {
        Result<std::unique_ptr<PcscConnection>> connection = context.value()->connect(name);
        if (!connection) {
            // An empty reader: try the next; any other failure is kept for the report.
            if (connection.error().code != ErrorCode::NoCard)
                last = connection.error();
            continue;
        }
        PcscConnection& card = *connection.value();
        Result<CardReading> reading
            = readAndVerify(card, card.atr(), readOptions, verifyOptions, progress);
        if (reading)
            reading->reader = name;
        return reading;
    }
    return last;
}

} // namespace eid
