// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the sandbox: state dir, TLS, database, resource groups, listener.
#pragma once

#include "citycontext.h"
#include "router.h"

#include <memory>
#include <QObject>

class HttpEndpoint;
class IdempotencyStore;

class CityServer : public QObject
{
    Q_OBJECT
public:
    explicit CityServer(const CityOptions& options, QObject* parent = nullptr);
    ~CityServer() override;

    bool start(QString* error);
    /** https://127.0.0.1:PORT/v1 once started. */
    QString url() const;

private:
    CityContext m_city;
    Router m_router;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    HttpEndpoint* m_endpoint = nullptr;
    quint16 m_port = 0;
};
