// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "pcsc/cardtransport.h"
#include "pcsc/readerstatussession.h"
#include "result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace eid {

/** Name of the special entry that wakes SCardGetStatusChange when readers come and go. */
extern const char* const kPnpNotificationReader;

class PcscConnection;

/**
 * The PC/SC resource-manager context. This file and its .cpp are the only place of the library
 * that calls SCard* functions, with types and macros common to pcsc-lite and WinSCard.
 */
class PcscContext : public ReaderStatusSession
{
public:
    static Result<std::unique_ptr<PcscContext>> establish();
    ~PcscContext() override;
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;

    /** Reader names; an empty list when there is none (SCARD_E_NO_READERS_AVAILABLE). */
    Result<std::vector<std::string>> listReaders() override;

    /** Connects shared, T=0 or T=1, to the card in a reader. */
    Result<std::unique_ptr<PcscConnection>> connect(const std::string& reader);

    Result<bool> waitForChange(std::vector<ReaderWatch>& watches, unsigned timeoutMs) override;
    void cancel() override;

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
    Result<Bytes> control(std::uint32_t code, const Bytes& input) override;
    Status resetCard() override;

    /** SCARD_ATTR_VENDOR_IFD_VERSION (0xMMmmbbbb), when the driver tells it. */
    std::optional<std::uint32_t> ifdVersion() const;

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
