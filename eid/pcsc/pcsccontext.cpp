// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcsccontext.h"

#ifdef _WIN32
// Reader names are narrow strings here: the ANSI entry points whatever UNICODE says.
#undef UNICODE
#include <winscard.h>
#else
#include <PCSC/reader.h>
#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>
#endif

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <thread>

namespace eid {

const char* const kPnpNotificationReader = "\\\\?PnP?\\Notification";

namespace {

std::string codeText(LONG rv)
{
    char text[32];
    std::snprintf(text, sizeof text, "PC/SC 0x%08lX", static_cast<unsigned long>(rv));
    return text;
}

/** Maps a PC/SC return code to the library's error vocabulary (reference §8.1). */
Error pcscError(LONG rv)
{
    ErrorCode code = ErrorCode::Internal;
    switch (rv) {
    case static_cast<LONG>(SCARD_E_NO_SERVICE):
    case static_cast<LONG>(SCARD_E_SERVICE_STOPPED):
    case static_cast<LONG>(SCARD_E_INVALID_HANDLE):
        code = ErrorCode::ServiceUnavailable;
        break;
    case static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE):
    case static_cast<LONG>(SCARD_E_UNKNOWN_READER):
    case static_cast<LONG>(SCARD_E_READER_UNAVAILABLE):
        code = ErrorCode::NoReader;
        break;
    case static_cast<LONG>(SCARD_E_NO_SMARTCARD):
        code = ErrorCode::NoCard;
        break;
    case static_cast<LONG>(SCARD_W_REMOVED_CARD):
    case static_cast<LONG>(SCARD_E_NOT_TRANSACTED):
    case static_cast<LONG>(SCARD_E_COMM_DATA_LOST):
        // A pulled card shows up as any of these (commons-eid #12); the handle is dead.
        code = ErrorCode::CardRemoved;
        break;
    case static_cast<LONG>(SCARD_W_RESET_CARD):
        code = ErrorCode::CardReset;
        break;
    case static_cast<LONG>(SCARD_W_UNRESPONSIVE_CARD):
    case static_cast<LONG>(SCARD_W_UNPOWERED_CARD):
    case static_cast<LONG>(SCARD_W_UNSUPPORTED_CARD):
    case static_cast<LONG>(SCARD_E_PROTO_MISMATCH):
        code = ErrorCode::CardMute;
        break;
    case static_cast<LONG>(SCARD_E_SHARING_VIOLATION):
        code = ErrorCode::ReaderBusy;
        break;
    case static_cast<LONG>(SCARD_E_CANCELLED):
        code = ErrorCode::Cancelled;
        break;
    default:
        break;
    }
    return Error { code, codeText(rv) };
}

} // namespace

bool ReaderWatch::changed() const
{
    return eventState & SCARD_STATE_CHANGED;
}
bool ReaderWatch::present() const
{
    return eventState & SCARD_STATE_PRESENT;
}
bool ReaderWatch::empty() const
{
    return eventState & SCARD_STATE_EMPTY;
}
bool ReaderWatch::mute() const
{
    return eventState & SCARD_STATE_MUTE;
}

bool isIgnoredReader(const std::string& name)
{
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.find("windows hello for business") != std::string::npos;
}

struct PcscContext::Impl
{
    SCARDCONTEXT context = 0;
};

PcscContext::PcscContext(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{ }

PcscContext::~PcscContext()
{
    SCardReleaseContext(d->context);
}

Result<std::unique_ptr<PcscContext>> PcscContext::establish()
{
    auto impl = std::make_unique<Impl>();
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_USER, nullptr, nullptr, &impl->context);
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    return std::unique_ptr<PcscContext>(new PcscContext(std::move(impl)));
}

Result<std::vector<std::string>> PcscContext::listReaders()
{
    std::vector<std::string> readers;
    DWORD size = 0;
    LONG rv = SCardListReaders(d->context, nullptr, nullptr, &size);
    if (rv == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE))
        return readers;
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    std::string buffer(size, '\0');
    rv = SCardListReaders(d->context, nullptr, buffer.data(), &size);
    if (rv == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE))
        return readers;
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    buffer.resize(std::min<std::size_t>(size, buffer.size()));
    // A multi-string: names separated by NUL, ended by an empty name.
    std::size_t start = 0;
    while (start < buffer.size()) {
        const std::size_t end = buffer.find('\0', start);
        const std::string name = buffer.substr(start, end - start);
        if (name.empty())
            break;
        if (!isIgnoredReader(name))
            readers.push_back(name);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return readers;
}

Result<bool> PcscContext::waitForChange(std::vector<ReaderWatch>& watches, unsigned timeoutMs)
{
    // Zeroed entries: Microsoft documents failures with remote readers otherwise.
    std::vector<SCARD_READERSTATE> states(watches.size());
    for (std::size_t i = 0; i < watches.size(); ++i) {
        states[i] = SCARD_READERSTATE {};
        states[i].szReader = watches[i].name.c_str();
        states[i].dwCurrentState = static_cast<DWORD>(watches[i].knownState);
    }
    const LONG rv = SCardGetStatusChange(
        d->context, timeoutMs, states.data(), static_cast<DWORD>(states.size()));
    if (rv == static_cast<LONG>(SCARD_E_TIMEOUT))
        return false;
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    for (std::size_t i = 0; i < watches.size(); ++i) {
        watches[i].eventState = states[i].dwEventState;
        const std::size_t atrLength
            = std::min<std::size_t>(states[i].cbAtr, sizeof states[i].rgbAtr);
        watches[i].atr.assign(states[i].rgbAtr, states[i].rgbAtr + atrLength);
    }
    return true;
}

void PcscContext::cancel()
{
    SCardCancel(d->context);
}

struct PcscConnection::Impl
{
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
};

PcscConnection::PcscConnection(std::unique_ptr<Impl> impl, std::string reader, Bytes atr)
    : d(std::move(impl))
    , m_reader(std::move(reader))
    , m_atr(std::move(atr))
{ }

PcscConnection::~PcscConnection()
{
    SCardDisconnect(d->card, SCARD_LEAVE_CARD);
}

Result<std::unique_ptr<PcscConnection>> PcscContext::connect(const std::string& reader)
{
    auto impl = std::make_unique<PcscConnection::Impl>();
    LONG rv = SCardConnect(d->context, reader.c_str(), SCARD_SHARE_SHARED,
        SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &impl->card, &impl->protocol);
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    BYTE atr[36] = {}; // MAX_ATR_SIZE is 33 on pcsc-lite and 36 on Windows
    DWORD atrLength = sizeof atr;
    DWORD state = 0;
    DWORD protocol = 0;
    DWORD nameLength = 0;
    rv = SCardStatus(impl->card, nullptr, &nameLength, &state, &protocol, atr, &atrLength);
    if (rv != SCARD_S_SUCCESS) {
        SCardDisconnect(impl->card, SCARD_LEAVE_CARD);
        return pcscError(rv);
    }
    return std::unique_ptr<PcscConnection>(
        new PcscConnection(std::move(impl), reader, Bytes(atr, atr + atrLength)));
}

Result<Bytes> PcscConnection::transmit(const Bytes& command)
{
    const SCARD_IO_REQUEST* pci = d->protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    Bytes response(258);
    DWORD length = static_cast<DWORD>(response.size());
    const LONG rv = SCardTransmit(d->card, pci, command.data(), static_cast<DWORD>(command.size()),
        nullptr, response.data(), &length);
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    response.resize(length);
    if (length < 2) {
        // vpcd and some readers answer "success, no bytes" when the card went away mid-APDU;
        // pcscd notices the absence at its next presence poll (every 400 ms), so ask a while.
        for (int poll = 0; poll < 6; ++poll) {
            DWORD state = 0;
            DWORD protocol = 0;
            DWORD nameLength = 0;
            DWORD atrLength = 0;
            const LONG status = SCardStatus(
                d->card, nullptr, &nameLength, &state, &protocol, nullptr, &atrLength);
            if (status != SCARD_S_SUCCESS)
                return pcscError(status);
            if (!(state & SCARD_PRESENT))
                return Error { ErrorCode::CardRemoved, "empty response, card absent" };
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return Error { ErrorCode::CardMute, "empty response" };
    }
    return response;
}

Status PcscConnection::beginTransaction()
{
    const LONG rv = SCardBeginTransaction(d->card);
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    return std::nullopt;
}

void PcscConnection::endTransaction()
{
    SCardEndTransaction(d->card, SCARD_LEAVE_CARD);
}

Status PcscConnection::reconnect()
{
    const LONG rv = SCardReconnect(d->card, SCARD_SHARE_SHARED,
        SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, SCARD_LEAVE_CARD, &d->protocol);
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    return std::nullopt;
}

Result<Bytes> PcscConnection::control(std::uint32_t code, const Bytes& input)
{
    // A PIN-pad VERIFY answers with 2 bytes; feature lists stay far below this.
    Bytes output(512);
    DWORD length = 0;
    const LONG rv = SCardControl(d->card, static_cast<DWORD>(code),
        input.empty() ? nullptr : input.data(), static_cast<DWORD>(input.size()), output.data(),
        static_cast<DWORD>(output.size()), &length);
    if (rv == static_cast<LONG>(SCARD_E_NOT_TRANSACTED)
        || rv == static_cast<LONG>(SCARD_E_UNSUPPORTED_FEATURE)) {
        // pcsc-lite answers NOT_TRANSACTED for any driver refusal (a reader without the
        // feature, like vpcd); only a card that is really gone makes it CardRemoved.
        DWORD state = 0;
        DWORD protocol = 0;
        DWORD nameLength = 0;
        DWORD atrLength = 0;
        const LONG status
            = SCardStatus(d->card, nullptr, &nameLength, &state, &protocol, nullptr, &atrLength);
        if (status != SCARD_S_SUCCESS)
            return pcscError(status);
        if (!(state & SCARD_PRESENT))
            return Error { ErrorCode::CardRemoved, "card absent" };
        return Error { ErrorCode::Internal, "reader refused control " + codeText(rv) };
    }
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    output.resize(std::min<std::size_t>(length, output.size()));
    return output;
}

Status PcscConnection::resetCard()
{
    // A warm reset through the resource manager: the card drops its PIN state and security
    // environment; the handle stays usable and other applications see SCARD_W_RESET_CARD.
    const LONG rv = SCardReconnect(d->card, SCARD_SHARE_SHARED,
        SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, SCARD_RESET_CARD, &d->protocol);
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    return std::nullopt;
}

std::optional<std::uint32_t> PcscConnection::ifdVersion() const
{
    BYTE value[4] = {};
    DWORD length = sizeof value;
    if (SCardGetAttrib(d->card, SCARD_ATTR_VENDOR_IFD_VERSION, value, &length) != SCARD_S_SUCCESS
        || length != sizeof value)
        return std::nullopt;
    // A DWORD in host (little-endian) order.
    return static_cast<std::uint32_t>(value[0]) | static_cast<std::uint32_t>(value[1]) << 8
        | static_cast<std::uint32_t>(value[2]) << 16 | static_cast<std::uint32_t>(value[3]) << 24;
}

} // namespace eid
