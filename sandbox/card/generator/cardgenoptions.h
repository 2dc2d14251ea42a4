// SPDX-License-Identifier: GPL-3.0-or-later
// Command line of eguichet-cardgen.
#pragma once

#include "imagewriter.h"

#include <QStringList>

namespace CardgenOptions {
/** Parses argv into a request; on error or --help returns false with the text in *message. */
bool parse(const QStringList& arguments, ImageRequest& out, QString* message);
} // namespace CardgenOptions
