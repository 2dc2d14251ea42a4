// SPDX-License-Identifier: GPL-3.0-or-later
// Every text the city server says to a citizen, in fr, nl, de and en.
#pragma once

#include "language.h"

#include <QString>

/** The text for a message code in a language; the code itself when unknown (never empty). */
QString msg(const QString& code, Lang lang);

/** True when the code exists in the table (used by tests to catch typos). */
bool hasMsg(const QString& code);
