// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace eid {

/** Version of the OpenSSL library the card verification runs on, for the diagnostics page. */
std::string cryptoLibraryVersion();

} // namespace eid
