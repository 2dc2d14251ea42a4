// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytes.h"

#include <openssl/crypto.h>

namespace eid {

std::string toHex(const Bytes& bytes)
{
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (std::uint8_t b : bytes) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0x0F]);
    }
    return out;
}

static int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Bytes fromHex(std::string_view hex)
{
    Bytes out;
    int high = -1;
    for (char c : hex) {
        if (c == ' ' || c == ':')
            continue;
        const int v = hexValue(c);
        if (v < 0)
            return {};
        if (high < 0) {
            high = v;
        } else {
            out.push_back(static_cast<std::uint8_t>(high << 4 | v));
            high = -1;
        }
    }
    return high < 0 ? out : Bytes {};
}

void wipe(Bytes& bytes)
{
    // OPENSSL_cleanse cannot be optimised away, unlike a plain memset before free.
    if (!bytes.empty())
        OPENSSL_cleanse(bytes.data(), bytes.size());
    bytes.clear();
}

Bytes withoutTrailingZeros(const Bytes& bytes)
{
    std::size_t end = bytes.size();
    while (end > 0 && bytes[end - 1] == 0)
        --end;
    return Bytes(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(end));
}

Bytes apdu(std::initializer_list<std::uint8_t> header, const Bytes& data)
{
    Bytes out;
    out.reserve(header.size() + data.size());
    out.assign(header.begin(), header.end());
    out.insert(out.end(), data.begin(), data.end());
    return out;
}

} // namespace eid
