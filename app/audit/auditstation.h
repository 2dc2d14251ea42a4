// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditlog.h"

struct AppConfig;
struct StartupOptions;

/** The audit log's file in the station's data folder. */
QString auditLogPath(const QString& dataDir);

/** Who acts on this station: the operating-system login and the station's id (or host name). */
AuditLog::Identity auditIdentity(const AppConfig& config);

/**
 * `eguichet --audit-export FILE` and `--audit-verify`, for the city's IT administrator: checks
 * the chain, writes the export, says on stderr how many entries and whether the chain holds.
 * Returns the process exit status: 0 intact, 6 chain broken, 3 the log cannot be read or the
 * export written.
 */
int runAuditCommand(const StartupOptions& options, const QString& dataDir);
