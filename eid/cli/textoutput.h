// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardreading.h"

#include <cstdio>

/** Human-readable summary of a card read, to a stream (stdout; never a log). */
void printReading(const eid::CardReading& reading, std::FILE* out);
