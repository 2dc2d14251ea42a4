// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One fuzz target = one file defining LLVMFuzzerTestOneInput (the libFuzzer entry point) and
// fuzzSeeds() (valid inputs built by our own code, so no binary corpus lives in the tree).
// Built with fuzzdriver.cpp for ctest (seeds + deterministic mutations), or with clang's
// -fsanitize=fuzzer for long runs (docs/testing.md, "Fuzzing").

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using FuzzInput = std::vector<std::uint8_t>;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
std::vector<FuzzInput> fuzzSeeds();

/** An invariant of the code under test; a violation aborts like a crash would. */
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

/** Reads the fuzz input piece by piece (lengths and choices from the input itself). */
class FuzzReader
{
public:
    FuzzReader(const std::uint8_t* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    { }
    bool empty() const { return m_pos >= m_size; }
    std::uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    std::uint16_t u16()
    {
        const std::uint16_t high = byte();
        return static_cast<std::uint16_t>((high << 8) | byte());
    }
    /** A piece whose length is the next byte (or two bytes when `wide`). */
    FuzzInput piece(bool wide = false)
    {
        const std::size_t length = wide ? u16() : byte();
        const std::size_t n = std::min(length, m_size - std::min(m_pos, m_size));
        FuzzInput out(m_data + m_pos, m_data + m_pos + n);
        m_pos += n;
        return out;
    }
    FuzzInput rest()
    {
        FuzzInput out(m_data + std::min(m_pos, m_size), m_data + m_size);
        m_pos = m_size;
        return out;
    }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

/** Builds a seed in the FuzzReader format. */
inline void appendPiece(FuzzInput& to, const FuzzInput& piece, bool wide = false)
{
    if (wide)
        to.push_back(static_cast<std::uint8_t>(piece.size() >> 8));
    to.push_back(static_cast<std::uint8_t>(piece.size() & 0xFF));
    to.insert(to.end(), piece.begin(), piece.end());
}
