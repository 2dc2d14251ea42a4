// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "result.h"

#include <cstdint>

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

    /**
     * A reader command (SCardControl): PIN-pad features and VERIFY_PIN_DIRECT. A transport
     * without a reader behind it has none, which callers read as "no PIN pad".
     */
    virtual Result<Bytes> control(std::uint32_t code, const Bytes& input)
    {
        (void)code;
        (void)input;
        return Error { ErrorCode::Internal, "no reader control" };
    }

    /**
     * Resets the card (SCardReconnect with SCARD_RESET_CARD): the card forgets a verified
     * PIN and its security environment. The kiosk's end of session.
     */
    virtual Status resetCard() { return Error { ErrorCode::Internal, "reset unsupported" }; }
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
