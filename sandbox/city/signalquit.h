// SPDX-License-Identifier: GPL-3.0-or-later
// SIGTERM and SIGINT end the event loop normally, so the database is closed cleanly (and
// sanitizers get to report at exit).
#pragma once

/** Call once, after the QCoreApplication exists. */
void quitOnTerminationSignals();
