// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace eid {

/**
 * National register number YYMMDDSSSCC: CC = 97 - (first 9 digits mod 97), with a "2" put
 * in front of the 9 digits for births from 2000 on (reference §4.6). BIS numbers (month +20
 * or +40) follow the same rule, so they validate too.
 */
bool isValidNationalNumber(const std::string& number);

/** Card number of 12 digits: last 2 = first 10 mod 97, or 97 when that is 0. */
bool isValidCardNumber(const std::string& number);

} // namespace eid
