// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics.h"

#include "api/cityapiclient.h"

Diagnostics::Diagnostics(CityApiClient* api, const QString& apiUrl, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_url(apiUrl)
{ }

void Diagnostics::checkServer()
{
    if (m_state == Checking)
        return;
    m_state = Checking;
    m_message.clear();
    m_ms = -1;
    emit changed();
    m_clock.start();
    ApiRequest request;
    request.path = QStringLiteral("/categories");
    request.withoutSession = true; // public: not ended with a citizen's session
    m_api->send(request, this, [this](const ApiResult& r) {
        m_ms = int(m_clock.elapsed());
        m_state = r.ok() ? Reachable : Unreachable;
        m_message = r.ok() ? tr("Le serveur de la Ville répond.") : r.userMessage();
        emit changed();
    });
}
