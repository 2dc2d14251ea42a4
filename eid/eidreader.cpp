// SPDX-License-Identifier: GPL-3.0-or-later
#include "eidreader.h"

#include "pcsc/cardsession.h"
#include "pcsc/pcsccontext.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace eid {

namespace {

/** The named reader, or every reader in order when the name is empty. */
Result<std::vector<std::string>> candidateReaders(PcscContext& context, const std::string& name)
{
    Result<std::vector<std::string>> readers = context.listReaders();
    if (!readers)
        return readers.error();
    if (!name.empty()) {
        const std::vector<std::string>& names = readers.value();
        if (std::find(names.begin(), names.end(), name) == names.end())
            return Error { ErrorCode::NoReader, "no such reader" };
        return std::vector<std::string> { name };
    }
    if (readers->empty())
        return Error { ErrorCode::NoReader, "no reader" };
    return readers;
}

/**
 * Runs an operation on the card of each candidate reader in turn until one is a usable eID:
 * when no reader was named, empty readers, mute cards and other cards are skipped.
 */
template <typename T, typename Operation>
Result<T> onFirstCard(const std::string& readerName, Operation operation)
{
    Result<std::unique_ptr<PcscContext>> context = PcscContext::establish();
    if (!context)
        return context.error();
    Result<std::vector<std::string>> candidates = candidateReaders(*context.value(), readerName);
    if (!candidates)
        return candidates.error();
    Error last { ErrorCode::NoCard, "no card" };
    for (const std::string& name : candidates.value()) {
        Result<std::unique_ptr<PcscConnection>> connection = context.value()->connect(name);
        if (!connection) {
            // An empty reader: try the next; any other failure is kept for the report.
            if (connection.error().code != ErrorCode::NoCard)
                last = connection.error();
            continue;
        }
        Result<T> result = operation(*connection.value());
        const bool tryNext = !result
            && (result.error().code == ErrorCode::UnsupportedCard
                || result.error().code == ErrorCode::CardMute);
        if (!tryNext || !readerName.empty())
            return result;
        last = result.error();
    }
    return last;
}

} // namespace

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
    return onFirstCard<CardReading>(readerName, [&](PcscConnection& card) {
        Result<CardReading> reading
            = readAndVerify(card, card.atr(), readOptions, verifyOptions, progress);
        if (reading)
            reading->reader = card.reader();
        return reading;
    });
}

namespace {

Result<PinPadDetection> detectOn(PcscConnection& card)
{
    return detectPinPad(card, ReaderIdentity { card.reader(), card.ifdVersion() });
}

} // namespace

Result<PinPadDetection> EidReader::detectPinPad(const std::string& readerName)
{
    return onFirstCard<PinPadDetection>(
        readerName, [](PcscConnection& card) { return detectOn(card); });
}

Status EidReader::resetCards(const std::string& readerName)
{
    Result<std::unique_ptr<PcscContext>> context = PcscContext::establish();
    if (!context)
        return context.error();
    Result<std::vector<std::string>> candidates = candidateReaders(*context.value(), readerName);
    if (!candidates)
        return candidates.error().code == ErrorCode::NoReader && readerName.empty()
            ? Status {}
            : Status { candidates.error() };
    for (const std::string& name : candidates.value()) {
        Result<std::unique_ptr<PcscConnection>> connection = context.value()->connect(name);
        if (!connection) {
            if (connection.error().code == ErrorCode::NoCard)
                continue; // nothing to reset
            return connection.error();
        }
        if (Status failed = resetCardSession(*connection.value()))
            return failed;
    }
    return std::nullopt;
}

Result<AuthenticationSignature> EidReader::signWithAuthenticationKey(const std::string& readerName,
    const Bytes& data, const PinProvider& pinProvider, const PinPadNotice& onPinPad)
{
    return onFirstCard<AuthenticationSignature>(
        readerName, [&](PcscConnection& card) -> Result<AuthenticationSignature> {
            Result<AuthenticationSignature> signature = signWithCard(card, card.atr(),
                ReaderIdentity { card.reader(), card.ifdVersion() }, data, pinProvider, onPinPad);
            if (signature)
                signature->reader = card.reader();
            return signature;
        });
}

} // namespace eid
