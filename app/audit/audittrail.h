// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AccountController;
class AuditLog;
class CardService;
class QObject;
class RequestController;
class SessionController;

/** The services whose events the counter's audit log records (docs/audit-log.md). */
struct AuditSources
{
    SessionController* session = nullptr;
    CardService* card = nullptr;
    AccountController* accounts = nullptr;
    RequestController* requests = nullptr;
};

/**
 * Connects the sources' signals to `log`: session started and ended (with the reason), card
 * verified or refused, login (its level), request filed (service and the city's request number)
 * or refused. Only what the administrator needs to trace a filing back to the clerk's session:
 * no name, national number, address, photo or form value. The connections live as long as
 * `context`.
 */
void recordAuditTrail(AuditLog* log, const AuditSources& sources, QObject* context);
