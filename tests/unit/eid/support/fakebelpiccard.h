// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pcsc/cardtransport.h"
#include "verify/openssltypes.h"

#include <functional>
#include <map>

namespace eidtest {

/**
 * An in-process BELPIC card with T=0 behaviour (6Cxx on a too-long READ BINARY, 6B00 past
 * the end, 61xx + GET RESPONSE for INTERNAL AUTHENTICATE), for read-sequence tests.
 */
class FakeBelpicCard : public eid::CardTransport
{
public:
    void setFile(std::uint16_t df, std::uint16_t fid, eid::Bytes content);
    void setCardData(eid::Bytes data) { m_cardData = std::move(data); }
    void setBasicKey(EVP_PKEY* key) { m_basicKey = key; }
    /** Cards that only select one id at a time (P1=02), as the middleware assumes. */
    void setPathSelectSupported(bool supported) { m_pathSelect = supported; }
    /** The card is pulled when this many APDUs have been answered. */
    void removeAfter(int apdus) { m_removeAfter = apdus; }
    /** SCARD_W_RESET_CARD once, at this APDU. */
    void resetAt(int apdu) { m_resetAt = apdu; }

    eid::Result<eid::Bytes> transmit(const eid::Bytes& command) override;
    eid::Status reconnect() override;

    int apdus() const { return m_count; }
    int transactions() const { return m_transactions; }
    eid::Status beginTransaction() override;

private:
    eid::Bytes answer(const eid::Bytes& command);
    eid::Bytes select(const eid::Bytes& command);
    eid::Bytes readBinary(const eid::Bytes& command);

    std::map<std::uint32_t, eid::Bytes> m_files;
    eid::Bytes m_cardData;
    EVP_PKEY* m_basicKey = nullptr;
    bool m_pathSelect = true;
    int m_removeAfter = -1;
    int m_resetAt = -1;
    int m_count = 0;
    int m_transactions = 0;
    bool m_removed = false;
    bool m_resetPending = false;
    std::uint16_t m_currentDf = 0x3F00;
    std::optional<std::uint32_t> m_currentFile;
    eid::Bytes m_pendingResponse;
};

} // namespace eidtest
