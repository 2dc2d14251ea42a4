// SPDX-License-Identifier: GPL-3.0-or-later
// eguichet-pcsc-probe: the smallest PC/SC client the card scripts and tests need.
//   readers                         list readers (exit 2 when none)
//   wait READER present|absent MS   wait for a card state (exit 1 on timeout)
//   apdu READER HEX...              connect (T=0|T=1), send each APDU, print each answer in hex
#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {
int fail(const char* what, LONG rv)
{
    std::fprintf(stderr, "eguichet-pcsc-probe: %s: %s (0x%08lX)\n", what, pcsc_stringify_error(rv),
        static_cast<unsigned long>(rv));
    return rv == SCARD_E_NO_SMARTCARD || rv == SCARD_E_NO_READERS_AVAILABLE
            || rv == SCARD_E_UNKNOWN_READER || rv == SCARD_W_REMOVED_CARD
        ? 2
        : 3;
}

std::vector<std::string> readers(SCARDCONTEXT context)
{
    DWORD size = 0;
    std::vector<std::string> out;
    if (SCardListReaders(context, nullptr, nullptr, &size) != SCARD_S_SUCCESS)
        return out;
    std::vector<char> buffer(size);
    if (SCardListReaders(context, nullptr, buffer.data(), &size) != SCARD_S_SUCCESS)
        return out;
    for (const char* p = buffer.data(); *p; p += std::strlen(p) + 1)
        out.emplace_back(p);
    return out;
}

bool parseHex(const std::string& text, std::vector<BYTE>& out)
{
    std::string digits;
    for (char c : text) {
        if (c != ' ' && c != ':')
            digits += c;
    }
    if (digits.size() % 2 != 0)
        return false;
    for (size_t i = 0; i < digits.size(); i += 2)
        out.push_back(static_cast<BYTE>(std::stoul(digits.substr(i, 2), nullptr, 16)));
    return true;
}

int waitFor(SCARDCONTEXT context, const char* reader, bool present, long timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    SCARD_READERSTATE state = {};
    state.szReader = reader;
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    while (std::chrono::steady_clock::now() < deadline) {
        const LONG rv = SCardGetStatusChange(context, 200, &state, 1);
        if (rv == SCARD_S_SUCCESS || rv == SCARD_E_TIMEOUT) {
            const bool isPresent = state.dwEventState & SCARD_STATE_PRESENT;
            if (rv == SCARD_S_SUCCESS && isPresent == present)
                return 0;
            state.dwCurrentState = state.dwEventState;
        } else {
            // Unknown reader (not yet there) or pcscd restarting: try again shortly.
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            state.dwCurrentState = SCARD_STATE_UNAWARE;
        }
    }
    std::fprintf(stderr, "eguichet-pcsc-probe: timeout waiting for the card to be %s\n",
        present ? "present" : "absent");
    return 1;
}

int transmit(SCARDCONTEXT context, const char* reader, int count, char** apdus)
{
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    LONG rv = SCardConnect(context, reader, SCARD_SHARE_SHARED,
        SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &protocol);
    if (rv != SCARD_S_SUCCESS)
        return fail("SCardConnect", rv);
    const SCARD_IO_REQUEST* pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    int status = 0;
    for (int i = 0; i < count; ++i) {
        std::vector<BYTE> command;
        if (!parseHex(apdus[i], command)) {
            std::fprintf(stderr, "eguichet-pcsc-probe: bad hex '%s'\n", apdus[i]);
            status = 64;
            break;
        }
        BYTE response[258 + 16];
        DWORD length = sizeof response;
        rv = SCardTransmit(card, pci, command.data(), command.size(), nullptr, response, &length);
        if (rv != SCARD_S_SUCCESS) {
            status = fail("SCardTransmit", rv);
            break;
        }
        for (DWORD j = 0; j < length; ++j)
            std::printf("%02X", response[j]);
        std::printf("\n");
    }
    SCardDisconnect(card, SCARD_LEAVE_CARD);
    return status;
}
} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr,
            "usage: eguichet-pcsc-probe readers | wait READER present|absent MS "
            "| apdu READER HEX...\n");
        return 64;
    }
    SCARDCONTEXT context = 0;
    LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rv != SCARD_S_SUCCESS)
        return fail("SCardEstablishContext", rv);
    const std::string command = argv[1];
    int status = 64;
    if (command == "readers") {
        const auto names = readers(context);
        for (const auto& name : names)
            std::printf("%s\n", name.c_str());
        status = names.empty() ? 2 : 0;
    } else if (command == "wait" && argc == 5) {
        status = waitFor(context, argv[2], std::string(argv[3]) == "present", std::stol(argv[4]));
    } else if (command == "apdu" && argc >= 4) {
        status = transmit(context, argv[2], argc - 3, argv + 3);
    } else {
        std::fprintf(stderr, "eguichet-pcsc-probe: unknown command\n");
    }
    SCardReleaseContext(context);
    return status;
}
