// SPDX-License-Identifier: GPL-3.0-or-later
#include "eidreader.h"

#include "pcsc/pcsccontext.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace eid {

namespace {

struct Session
{
    std::unique_ptr<PcscContext> context;
    std::unique_ptr<PcscConnection> card;
};

/** The named reader's card, or the card of the first reader that has one. */
Result<Session> connectToCard(const std::string& readerName)
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
        if (connection)
            return Session { std::move(context.value()), std::move(connection.value()) };
        // An empty reader: try the next; any other failure is kept for the report.
        if (connection.error().code != ErrorCode::NoCard)
            last = connection.error();
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
    Result<Session> session = connectToCard(readerName);
    if (!session)
        return session.error();
    PcscConnection& card = *session->card;
    Result<CardReading> reading
        = readAndVerify(card, card.atr(), readOptions, verifyOptions, progress);
    if (reading)
        reading->reader = card.reader();
    return reading;
}

Result<AuthenticationSignature> EidReader::signWithAuthenticationKey(
    const std::string& readerName, const Bytes& data, const PinProvider& pinProvider)
{
    Result<Session> session = connectToCard(readerName);
    if (!session)
        return session.error();
    PcscConnection& card = *session->card;
    AuthenticationSigner signer(card, card.atr());
    Result<int> triesLeft = signer.prepare();
    if (!triesLeft)
        return triesLeft.error();
    std::optional<std::string> pin = pinProvider(triesLeft.value());
    if (!pin)
        return Error { ErrorCode::Cancelled, "no PIN" };
    Result<AuthenticationSignature> signature = signer.sign(data, *pin);
    // sign() wipes the PIN once VERIFY is built; an earlier failure leaves it to us.
    OPENSSL_cleanse(pin->data(), pin->size());
    pin->clear();
    if (signature)
        signature->reader = card.reader();
    return signature;
}

} // namespace eid
