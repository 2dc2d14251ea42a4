// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereader.h"

#include <algorithm>
#include <string>

namespace eid {

namespace {

constexpr std::size_t kChunk = 256; // Le=00: the most a short READ BINARY returns
const Bytes kAppletAid = fromHex("A000000030290570 00AD13100101FF");

bool notFound(std::uint16_t sw)
{
    return sw == 0x6A82 || sw == 0x6A86 || sw == 0x6A87;
}

} // namespace

std::size_t derObjectLength(const Bytes& data)
{
    if (data.size() < 2 || data[0] == 0x00)
        return 0;
    std::size_t header = 2;
    std::size_t length = data[1];
    if (length & 0x80) {
        const std::size_t count = length & 0x7F;
        if (count == 0 || count > 3 || data.size() < 2 + count)
            return 0;
        length = 0;
        for (std::size_t i = 0; i < count; ++i)
            length = length << 8 | data[2 + i];
        header += count;
    }
    return header + length;
}

Error fileStatusError(std::uint16_t sw)
{
    switch (sw) {
    case 0x6D00: // not available in the current life cycle: a card never activated
    case 0x6E00:
        return Error { ErrorCode::UnsupportedCard, statusWordText(sw) };
    default:
        return Error { ErrorCode::Damaged, statusWordText(sw) };
    }
}

FileReader::FileReader(ApduChannel& channel)
    : m_channel(channel)
{ }

Result<Bytes> FileReader::read(BelpicFile file, ReadExtent extent, std::size_t exactLength)
{
    for (int attempt = 0;; ++attempt) {
        Status failure;
        {
            TransactionGuard transaction(m_channel.transport());
            failure = transaction.status();
            if (!failure)
                failure = select(file);
            if (!failure) {
                Result<Bytes> content = readBinary(extent, exactLength, belpic::maxFileSize(file));
                if (content)
                    return content;
                failure = content.error();
            }
        }
        // Another application reset the card: reconnect and redo the whole operation once.
        if (failure->code != ErrorCode::CardReset || attempt > 0)
            return *failure;
        if (Status reconnected = m_channel.transport().reconnect())
            return *reconnected;
    }
}

Status FileReader::select(BelpicFile file)
{
    std::uint16_t sw = 0;
    for (int attempt = 0; attempt < 2; ++attempt) {
        Status failure = m_pathSelectUnsupported ? selectByWalk(file, sw) : selectByPath(file, sw);
        if (failure)
            return failure;
        if (sw == 0x9000)
            return std::nullopt;
        if (!m_pathSelectUnsupported && notFound(sw)) {
            // Cards that refuse P1=08 get the walk from now on ([CARD] SelectByPath).
            if ((failure = selectByWalk(file, sw)))
                return failure;
            if (sw == 0x9000) {
                m_pathSelectUnsupported = true;
                return std::nullopt;
            }
        }
        if (!notFound(sw) || attempt > 0)
            break;
        // Something selected another applet: re-select BELPIC by AID and retry once.
        const Bytes selectApplet = apdu(
            { 0x00, 0xA4, 0x04, 0x0C, static_cast<std::uint8_t>(kAppletAid.size()) }, kAppletAid);
        Result<ApduResponse> response = m_channel.transmit(selectApplet);
        if (!response)
            return response.error();
        if (!response->ok())
            return Error { ErrorCode::UnsupportedCard, "BELPIC applet not selectable" };
    }
    return fileStatusError(sw);
}

Status FileReader::selectByPath(BelpicFile file, std::uint16_t& sw)
{
    const Bytes command { 0x00, 0xA4, 0x08, 0x0C, 0x06, 0x3F, 0x00,
        static_cast<std::uint8_t>(file.df >> 8), static_cast<std::uint8_t>(file.df & 0xFF),
        static_cast<std::uint8_t>(file.fid >> 8), static_cast<std::uint8_t>(file.fid & 0xFF) };
    Result<ApduResponse> response = m_channel.transmit(command);
    if (!response)
        return response.error();
    sw = response->sw;
    return std::nullopt;
}

Status FileReader::selectByWalk(BelpicFile file, std::uint16_t& sw)
{
    for (std::uint16_t id : { std::uint16_t(0x3F00), file.df, file.fid }) {
        const Bytes command { 0x00, 0xA4, 0x02, 0x0C, 0x02, static_cast<std::uint8_t>(id >> 8),
            static_cast<std::uint8_t>(id & 0xFF) };
        Result<ApduResponse> response = m_channel.transmit(command);
        if (!response)
            return response.error();
        sw = response->sw;
        if (sw != 0x9000)
            break;
    }
    return std::nullopt;
}

Result<ApduResponse> FileReader::readChunk(std::size_t offset, std::size_t length)
{
    const Bytes command { 0x00, 0xB0, static_cast<std::uint8_t>(offset >> 8),
        static_cast<std::uint8_t>(offset & 0xFF), static_cast<std::uint8_t>(length & 0xFF) };
    return m_channel.transmit(command);
}

Result<Bytes> FileReader::readBinary(ReadExtent extent, std::size_t exactLength, std::size_t limit)
{
    const Error tooLong { ErrorCode::AnswerTooLong,
        "file over " + std::to_string(limit) + " bytes" };
    if (extent == ReadExtent::Exact && exactLength > limit)
        return tooLong;
    Bytes content;
    // ToEnd reads one byte past the limit to tell "exactly the limit" from "longer".
    std::size_t wanted = extent == ReadExtent::Exact ? exactLength : limit + 1;
    bool lengthKnown = extent == ReadExtent::Exact;
    while (content.size() < wanted) {
        const std::size_t ask = std::min(kChunk, wanted - content.size());
        Result<ApduResponse> response = readChunk(content.size(), ask);
        if (!response)
            return response.error();
        // 6B00: offset at the end of the file; only an end when something was read before.
        if (response->sw == 0x6B00 && !content.empty() && extent == ReadExtent::ToEnd)
            break;
        if (!response->ok())
            return fileStatusError(response->sw);
        content.insert(content.end(), response->data.begin(), response->data.end());
        if (content.size() > limit + kChunk)
            return tooLong; // a card answering more than it was asked
        if (extent == ReadExtent::DerObject && !lengthKnown) {
            if (!content.empty() && content[0] == 0x00)
                return Bytes {}; // an absent certificate is a zero-filled file
            wanted = derObjectLength(content);
            if (wanted == 0)
                return Error { ErrorCode::ParseError, "no DER object in file" };
            if (wanted > limit)
                return tooLong; // a header announcing a huge object
            lengthKnown = true;
        }
        // A short answer (after 6Cxx, by us or by the reader) is the end of the file.
        if (response->data.size() < ask)
            break;
    }
    if (content.size() < wanted && extent != ReadExtent::ToEnd)
        return Error { ErrorCode::Damaged, "file shorter than its content" };
    content.resize(std::min(content.size(), wanted));
    if (content.size() > limit)
        return tooLong;
    return content;
}

} // namespace eid
