// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include "accounts/accountcontroller.h"
#include "audit/auditlog.h"
#include "card/cardservice.h"
#include "logging/logcategories.h"
#include "requests/requestcontroller.h"
#include "session/sessioncontroller.h"

#include <memory>

namespace {

QString endReasonName(SessionController::EndReason reason)
{
    switch (reason) {
    case SessionController::EndReason::CardRemoved:
        return QStringLiteral("card_removed");
    case SessionController::EndReason::IdleTimeout:
        return QStringLiteral("idle_timeout");
    case SessionController::EndReason::Finished:
        return QStringLiteral("finished");
    case SessionController::EndReason::LoggedOut:
        return QStringLiteral("logged_out");
    case SessionController::EndReason::None:
        break;
    }
    return QStringLiteral("none");
}

void write(AuditLog* log, const QString& event, const QJsonObject& detail = {})
{
    // A full disk must not stop the counter serving the citizen; the log says it was missed.
    if (!log->append(event, detail))
        qCWarning(lcApp) << "audit log: could not record" << event;
}

} // namespace

void recordAuditTrail(AuditLog* log, const AuditSources& s, QObject* context)
{
    if (s.session) {
        QObject::connect(s.session, &SessionController::activeChanged, context, [log, s] {
            if (s.session->active())
                write(log, QStringLiteral("session_started"));
        });
        QObject::connect(s.session, &SessionController::ended, context,
            [log](SessionController::EndReason reason) {
                write(log, QStringLiteral("session_ended"),
                    { { QStringLiteral("reason"), endReasonName(reason) } });
            });
    }
    if (s.card) {
        QObject::connect(s.card, &CardService::identityVerified, context,
            [log] { write(log, QStringLiteral("card_verified")); });
    }
    if (s.accounts) {
        QObject::connect(s.accounts, &AccountController::loginSucceeded, context, [log, s] {
            write(log, QStringLiteral("login"),
                { { QStringLiteral("level"), s.accounts->authLevel() } });
        });
    }
    if (s.requests) {
        // stateChanged fires for every step; only the end of a sending counts: Submitted (the
        // city's number) or back to Editing (the city refused; its code, not the values).
        auto wasSending = std::make_shared<bool>(false);
        QObject::connect(
            s.requests, &RequestController::stateChanged, context, [log, s, wasSending] {
                const RequestController::State state = s.requests->state();
                if (*wasSending && state == RequestController::Submitted) {
                    write(log, QStringLiteral("request_filed"),
                        { { QStringLiteral("service"), s.requests->serviceSlug() },
                            { QStringLiteral("number"), s.requests->requestNumber() } });
                } else if (*wasSending && state == RequestController::Editing) {
                    write(log, QStringLiteral("request_refused"),
                        { { QStringLiteral("service"), s.requests->serviceSlug() } });
                }
                *wasSending = state == RequestController::Sending;
            });
    }
}
