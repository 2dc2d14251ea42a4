// SPDX-License-Identifier: GPL-3.0-or-later
#include "devroutes.h"

#include "citycontext.h"
#include "devices.h"
#include "mailbox.h"
#include "payments.h"
#include "router.h"
#include "workflow.h"

void addDevRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.add("GET", "/dev/mail", [c](ApiRequest& r) {
        return ApiResponse::ok(c->mailbox->list(r.query.queryItemValue("to", QUrl::FullyDecoded)));
    });
    router.add(
        "GET", "/dev/devices", [c](ApiRequest&) { return ApiResponse::ok(deviceList(c->db)); });

    // {"to": "rejected", "reason": "…"} rejects; without "to" the request takes its next step.
    router.add("POST", "/dev/requests/{id}/advance", [c](ApiRequest& r) {
        const qint64 id = r.param("id").toLongLong();
        if (c->workflow->status(id).isEmpty())
            return fail(r, ApiError::notFound("request_not_found"));
        const QString to = r.json.value("to").toString();
        bool moved = false;
        if (to.isEmpty()) {
            moved = c->workflow->advance(id);
        } else if (to == QLatin1String("rejected")) {
            const QString reason = r.json.value("reason").toString().trimmed();
            if (reason.isEmpty())
                return fail(r, ApiError::validation({ { "reason", { "field_required" } } }));
            moved = c->workflow->moveTo(id, to, reason, true);
        } else if (QStringList { "awaiting_payment", "in_process", "done" }.contains(to)) {
            const QString message = r.json.value("message").toString();
            moved = c->workflow->moveTo(id, to, message, !message.isEmpty());
        } else {
            return fail(r, ApiError::validation({ { "to", { "field_option" } } }));
        }
        if (!moved)
            return fail(r, ApiError::conflict("action_not_allowed"));
        return ApiResponse::ok(c->workflow->detail(id, r.lang));
    });

    // {"outcome": accept|decline|cancel|timeout|error, "late": bool, "repeat": n}
    router.add("POST", "/dev/payments/{id}/outcome", [c](ApiRequest& r) {
        const qint64 id = r.param("id").toLongLong();
        if (c->payments->status(id).isEmpty())
            return fail(r, ApiError::notFound("payment_not_found"));
        const QString outcome = r.json.value("outcome").toString();
        if (PaymentService::statusFor(outcome).isEmpty())
            return fail(r, ApiError::validation({ { "outcome", { "field_option" } } }));
        const int repeat = qBound(1, r.json.value("repeat").toInt(1), 5);
        if (r.json.value("late").toBool()) {
            // As after a browser return: "waiting", then two late notifications.
            c->payments->browserReturned(id, outcome);
        } else {
            for (int i = 0; i < repeat; ++i)
                c->payments->notification(id, outcome);
        }
        return ApiResponse::ok(c->payments->json(id, r.origin));
    });
}
