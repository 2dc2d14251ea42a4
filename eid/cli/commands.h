// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

/** Each returns the process exit status (clioptions.h). */
int runReaders(const CliOptions& options);
int runWatch(const CliOptions& options);
int runDump(const CliOptions& options);
int runSign(const CliOptions& options);
int runPinPad(const CliOptions& options);
int runReset(const CliOptions& options);
