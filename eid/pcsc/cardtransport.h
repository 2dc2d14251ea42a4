// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "result.h"

namespace eid {

/**
 * Sends one command APDU and returns the raw response (data + SW1 SW2). The seam between the
 * card logic and PC/SC: unit tests put a scripted fake behind it.
 */
class CardTransport
{
public:
    virtual ~CardTransport() = default;

    virtual Result<Bytes> transmit(const Bytes& command) = 0;

    /** Exclusive access for one logical operation (SCardBeginTransaction). */
    virtual Status beginTransaction() { return std::nullopt; }
    virtual void endTransaction() { }

    /** Re-opens the card after SCARD_W_RESET_CARD; the card state (selected file, PIN) is lost. */
    virtual Status reconnect() { return Error { ErrorCode::CardReset, "reconnect unsupported" }; }
};

/** Holds a transaction for the lifetime of a scope; never keep one across a user prompt. */
class TransactionGuard
{
public:
    explicit TransactionGuard(CardTransport& transport)
        : m_transport(transport)
        , m_status(transport.beginTransaction())
    { }
    ~TransactionGuard()
    {
        if (!m_status)
            m_transport.endTransaction();
    }
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    const Status& status() const { return m_status; }

private:
    CardTransport& m_transport;
    Status m_status;
};

} // namespace eid
