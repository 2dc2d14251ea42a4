// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace eid {

/** A calendar date whose month and day may be unknown (0), as some birth dates are. */
struct PartialDate
{
    int year = 0;
    int month = 0; ///< 0 = unknown
    int day = 0; ///< 0 = unknown

    /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
    std::string iso() const;
    bool operator==(const PartialDate& other) const
    {
        return year == other.year && month == other.month && day == other.day;
    }
};

/**
 * Parses tag 0C: "01 JAN 1971", "26 AVR  1975" (FR/NL months padded to 4), "24 MAAR 1969",
 * "15.MÄR.1980" / "15.MÄR 1980" (German dots), blank day or month, or a bare "1975"
 * (reference §4.3). nullopt when it is none of these.
 */
std::optional<PartialDate> parseBirthDate(const std::string& text);

/** Parses "DD.MM.YYYY" (validity dates, tag 1F); nullopt otherwise. */
std::optional<PartialDate> parseDottedDate(const std::string& text);

} // namespace eid
