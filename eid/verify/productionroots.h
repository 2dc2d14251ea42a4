// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace eid {

/** PEM texts of the files in resources/trust/, compiled in (generated productionroots.cpp). */
const std::vector<const char*>& productionRootPems();

} // namespace eid
