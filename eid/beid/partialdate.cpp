// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include <cctype>
#include <cstdio>
#include <vector>

namespace eid {

std::string PartialDate::iso() const
{
    char text[16];
    if (month == 0)
        std::snprintf(text, sizeof text, "%04d", year);
    else if (day == 0)
        std::snprintf(text, sizeof text, "%04d-%02d", year, month);
    else
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

namespace {

bool allDigits(const std::string& s)
{
    if (s.empty())
        return false;
    for (unsigned char c : s) {
        if (!std::isdigit(c))
            return false;
    }
    return true;
}

/** Month number from the union of the FR, NL and DE abbreviations; 0 if unknown. */
int monthNumber(std::string token)
{
    for (char& c : token)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    struct Name
    {
        const char* text;
        int month;
    };
    static const Name names[] = { { "JAN", 1 }, { "FEV", 2 }, { "FEB", 2 }, { "MARS", 3 },
        { "MAAR", 3 }, { "M\xC3\x84R", 3 }, { "M\xC3\xA4R", 3 }, { "MAR", 3 }, { "AVR", 4 },
        { "APR", 4 }, { "MAI", 5 }, { "MEI", 5 }, { "JUIN", 6 }, { "JUN", 6 }, { "JUIL", 7 },
        { "JUL", 7 }, { "AOUT", 8 }, { "AUG", 8 }, { "SEPT", 9 }, { "SEP", 9 }, { "OCT", 10 },
        { "OKT", 10 }, { "NOV", 11 }, { "DEC", 12 }, { "DEZ", 12 } };
    for (const Name& name : names) {
        if (token == name.text)
            return name.month;
    }
    return 0;
}

bool validDay(int year, int month, int day)
{
    static const int lengths[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (day < 1 || day > lengths[month - 1])
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

/** Splits on spaces and dots; keeps empty tokens out (double spaces are padding). */
std::vector<std::string> tokens(const std::string& text)
{
    std::vector<std::string> out;
    std::string current;
    for (char c : text) {
        if (c == ' ' || c == '.') {
            if (!current.empty())
                out.push_back(current);
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty())
        out.push_back(current);
    return out;
}

} // namespace

std::optional<PartialDate> parseBirthDate(const std::string& text)
{
    const std::vector<std::string> parts = tokens(text);
    if (parts.empty() || parts.size() > 3)
        return std::nullopt;
    const std::string& yearText = parts.back();
    if (yearText.size() != 4 || !allDigits(yearText))
        return std::nullopt;
    PartialDate date;
    date.year = std::stoi(yearText);
    if (parts.size() == 1)
        return date; // year only, or blank day and month
    if (parts.size() == 2) {
        // "MMM YYYY" (blank day) or "DD YYYY" (blank month) — only the former means something.
        date.month = monthNumber(parts[0]);
        if (date.month == 0)
            return allDigits(parts[0]) ? std::optional<PartialDate>(PartialDate { date.year, 0, 0 })
                                       : std::nullopt;
        return date;
    }
    if (!allDigits(parts[0]) || parts[0].size() > 2)
        return std::nullopt;
    date.month = monthNumber(parts[1]);
    if (date.month == 0)
        return std::nullopt;
    date.day = std::stoi(parts[0]);
    if (date.day == 0)
        return PartialDate { date.year, date.month, 0 };
    if (!validDay(date.year, date.month, date.day))
        return std::nullopt;
    return date;
}

std::optional<PartialDate> parseDottedDate(const std::string& text)
{
    if (text.size() != 10 || text[2] != '.' || text[5] != '.')
        return std::nullopt;
    const std::string day = text.substr(0, 2);
    const std::string month = text.substr(3, 2);
    const std::string year = text.substr(6, 4);
    if (!allDigits(day) || !allDigits(month) || !allDigits(year))
        return std::nullopt;
    PartialDate date { std::stoi(year), std::stoi(month), std::stoi(day) };
    if (date.month < 1 || date.month > 12 || !validDay(date.year, date.month, date.day))
        return std::nullopt;
    return date;
}

} // namespace eid
