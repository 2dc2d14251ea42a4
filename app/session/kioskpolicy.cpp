// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskpolicy.h"

#include "idlewatcher.h"
#include "sessioncontroller.h"

void wireIdleTimeout(SessionController* session, IdleWatcher* idle)
{
    QObject::connect(session, &SessionController::activeChanged, idle, [session, idle]() {
        if (session->active())
            idle->start();
        else
            idle->stop();
    });
    QObject::connect(idle, &IdleWatcher::timedOut, session,
        [session]() { session->end(SessionController::EndReason::IdleTimeout); });
}
