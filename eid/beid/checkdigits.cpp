// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkdigits.h"

#include <cctype>
#include <cstdint>

namespace eid {

namespace {

bool digitsOnly(const std::string& text, std::size_t length)
{
    if (text.size() != length)
        return false;
    for (unsigned char c : text) {
        if (!std::isdigit(c))
            return false;
    }
    return true;
}

} // namespace

bool isValidNationalNumber(const std::string& number)
{
    if (!digitsOnly(number, 11))
        return false;
    const std::uint64_t base = std::stoull(number.substr(0, 9));
    const int check = std::stoi(number.substr(9, 2));
    // The number does not say the century: either rule may apply.
    const bool before2000 = 97 - static_cast<int>(base % 97) == check;
    const bool from2000 = 97 - static_cast<int>((2000000000ULL + base) % 97) == check;
    return before2000 || from2000;
}

bool isValidCardNumber(const std::string& number)
{
    if (!digitsOnly(number, 12))
        return false;
    const std::uint64_t base = std::stoull(number.substr(0, 10));
    int expected = static_cast<int>(base % 97);
    if (expected == 0)
        expected = 97;
    return expected == std::stoi(number.substr(10, 2));
}

} // namespace eid
