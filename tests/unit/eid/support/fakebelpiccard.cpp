// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakebelpiccard.h"

#include "testpki.h"

namespace eidtest {

namespace {

eid::Bytes sw(std::uint16_t word)
{
    return { static_cast<std::uint8_t>(word >> 8), static_cast<std::uint8_t>(word & 0xFF) };
}

eid::Bytes withSw(eid::Bytes data, std::uint16_t word)
{
    const eid::Bytes tail = sw(word);
    data.insert(data.end(), tail.begin(), tail.end());
    return data;
}

std::uint32_t key(std::uint16_t df, std::uint16_t fid)
{
    return std::uint32_t(df) << 16 | fid;
}

} // namespace

void FakeBelpicCard::setFile(std::uint16_t df, std::uint16_t fid, eid::Bytes content)
{
    m_files[key(df, fid)] = std::move(content);
}

eid::Status FakeBelpicCard::beginTransaction()
{
    if (m_removed)
        return eid::Error { eid::ErrorCode::CardRemoved, "fake" };
    ++m_transactions;
    return std::nullopt;
}

eid::Status FakeBelpicCard::reconnect()
{
    m_resetPending = false;
    m_currentDf = 0x3F00;
    m_currentFile.reset();
    return std::nullopt;
}

eid::Result<eid::Bytes> FakeBelpicCard::transmit(const eid::Bytes& command)
{
    if (m_removeAfter >= 0 && m_count >= m_removeAfter)
        m_removed = true;
    if (m_removed)
        return eid::Error { eid::ErrorCode::CardRemoved, "fake card pulled" };
    ++m_count;
    if (m_count == m_resetAt) {
        m_resetPending = true;
    }
    if (m_resetPending)
        return eid::Error { eid::ErrorCode::CardReset, "fake reset" };
    return answer(command);
}

eid::Bytes FakeBelpicCard::answer(const eid::Bytes& c)
{
    if (c.size() < 4)
        return sw(0x6700);
    const std::uint16_t ins = static_cast<std::uint16_t>(c[0] << 8 | c[1]);
    if (ins == 0x00A4)
        return select(c);
    if (ins == 0x00B0)
        return readBinary(c);
    if (ins == 0x80E4 && c.size() == 5) {
        if (c[3] == 0x01 && m_cardData.size() < 31)
            return sw(0x6A86);
        const std::size_t length = c[3] == 0x01 ? 31 : 28;
        if (c[4] != length)
            return sw(static_cast<std::uint16_t>(0x6C00 | length));
        return withSw(eid::Bytes(m_cardData.begin(), m_cardData.begin() + length), 0x9000);
    }
    if (ins == 0x0088 && c.size() == 55 && m_basicKey) {
        m_pendingResponse = signDigestRaw(m_basicKey, eid::Bytes(c.begin() + 7, c.end()));
        return sw(static_cast<std::uint16_t>(0x6100 | m_pendingResponse.size()));
    }
    if (ins == 0x00C0 && c.size() == 5 && !m_pendingResponse.empty()) {
        if (c[4] != m_pendingResponse.size())
            return sw(static_cast<std::uint16_t>(0x6C00 | m_pendingResponse.size()));
        eid::Bytes data;
        data.swap(m_pendingResponse);
        return withSw(data, 0x9000);
    }
    return sw(0x6D00);
}

eid::Bytes FakeBelpicCard::select(const eid::Bytes& c)
{
    if (c.size() < 5 || c.size() != 5u + c[4])
        return sw(0x6A87);
    if (c[2] == 0x04)
        return sw(0x9000); // BELPIC applet AID
    if (c[2] == 0x08 && c[4] == 6) {
        if (!m_pathSelect)
            return sw(0x6A86);
        const std::uint16_t df = static_cast<std::uint16_t>(c[7] << 8 | c[8]);
        const std::uint16_t fid = static_cast<std::uint16_t>(c[9] << 8 | c[10]);
        if (c[5] != 0x3F || c[6] != 0x00 || !m_files.count(key(df, fid)))
            return sw(0x6A82);
        m_currentDf = df;
        m_currentFile = key(df, fid);
        return sw(0x9000);
    }
    if (c[2] == 0x02 && c[4] == 2) {
        const std::uint16_t id = static_cast<std::uint16_t>(c[5] << 8 | c[6]);
        if (id == 0x3F00 || id == 0xDF00 || id == 0xDF01) {
            m_currentDf = id;
            m_currentFile.reset();
            return sw(0x9000);
        }
        if (!m_files.count(key(m_currentDf, id)))
            return sw(0x6A82);
        m_currentFile = key(m_currentDf, id);
        return sw(0x9000);
    }
    return sw(0x6A86);
}

eid::Bytes FakeBelpicCard::readBinary(const eid::Bytes& c)
{
    if (c.size() != 5)
        return sw(0x6700);
    if (!m_currentFile)
        return sw(0x6986);
    const eid::Bytes& file = m_files[*m_currentFile];
    const std::size_t offset = static_cast<std::size_t>(c[2] << 8 | c[3]);
    const std::size_t le = c[4] == 0 ? 256 : c[4];
    if (offset >= file.size())
        return sw(0x6B00);
    const std::size_t available = file.size() - offset;
    if (le > available)
        return sw(static_cast<std::uint16_t>(0x6C00 | (available & 0xFF)));
    return withSw(eid::Bytes(file.begin() + static_cast<std::ptrdiff_t>(offset),
                      file.begin() + static_cast<std::ptrdiff_t>(offset + le)),
        0x9000);
}

} // namespace eidtest
