// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "pcsc/cardtransport.h"
#include "result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace eid {

/** Name of the special entry that wakes SCardGetStatusChange when readers come and go. */
extern const char* const kPnpNotificationReader;

/** One entry of a status-change wait, without the platform SCARD_READERSTATE type. */
struct ReaderWatch
{
    std::string name;
    std::uint64_t knownState = 0; ///< last event state fed back (0 = SCARD_STATE_UNAWARE)
    std::uint64_t eventState = 0; ///< raw state returned by the last wait
    Bytes atr;

    bool changed() const;
    bool present() const;
    bool empty() const;
    bool mute() const;
    bool unavailable() const;
    /** pcsc-lite's insertion/removal counter in the high word of the event state. */
    unsigned eventCounter() const { return static_cast<unsigned>((eventState >> 16) & 0xFFFF); }
};

class PcscConnection;

/**
 * The PC/SC resource-manager context. This file and its .cpp are the only place of the library
 * that calls SCard* functions, with types and macros common to pcsc-lite and WinSCard.
 */
class PcscContext
{
public:
    static Result<std::unique_ptr<PcscContext>> establish();
    ~PcscContext();
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;

    /** Reader names; an empty list when there is none (SCARD_E_NO_READERS_AVAILABLE). */
    Result<std::vector<std::string>> listReaders();

    /** Connects shared, T=0 or T=1, to the card in a reader. */
    Result<std::unique_ptr<PcscConnection>> connect(const std::string& reader);

    /** Waits for a change of any watched entry; false when the timeout passed. */
    Result<bool> waitForChange(std::vector<ReaderWatch>& watches, unsigned timeoutMs);

    /** Makes a pending waitForChange return Cancelled; callable from another thread. */
    void cancel();

private:
    struct Impl;
    explicit PcscContext(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

/** A connected card handle; transmits with the PCI of the negotiated protocol. */
class PcscConnection : public CardTransport
{
public:
    ~PcscConnection() override;
    PcscConnection(const PcscConnection&) = delete;
    PcscConnection& operator=(const PcscConnection&) = delete;

    Result<Bytes> transmit(const Bytes& command) override;
    Status beginTransaction() override;
    void endTransaction() override;
    Status reconnect() override;

    const Bytes& atr() const { return m_atr; }
    const std::string& reader() const { return m_reader; }

private:
    friend class PcscContext;
    struct Impl;
    PcscConnection(std::unique_ptr<Impl> impl, std::string reader, Bytes atr);
    std::unique_ptr<Impl> d;
    std::string m_reader;
    Bytes m_atr;
};

/** Windows Hello for Business virtual readers confuse eID software (eid-mw #57, #180). */
bool isIgnoredReader(const std::string& name);

} // namespace eid
