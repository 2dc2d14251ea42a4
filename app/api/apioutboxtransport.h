// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outboxtransport.h"

#include <QObject>

class CityApiClient;

/**
 * Sends outbox entries through the API client and sorts the answer: success, a definitive
 * refusal (4xx other than 401/429: the same request would be refused again), or "try again
 * later" (offline, timeout, 5xx, 429, TLS trouble, or no session until the citizen logs in).
 */
class ApiOutboxTransport : public QObject, public OutboxTransport
{
    Q_OBJECT

public:
    explicit ApiOutboxTransport(CityApiClient* client, QObject* parent = nullptr);
    void send(const OutboxEntry& entry, std::function<void(const Result&)> done) override;

private:
    CityApiClient* m_client;
};
