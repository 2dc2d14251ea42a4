// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityserver.h"

#include "accounts.h"
#include "auth.h"
#include "catalogue.h"
#include "counter.h"
#include "database.h"
#include "demodata.h"
#include "devcertificates.h"
#include "devices.h"
#include "devroutes.h"
#include "eidauth.h"
#include "eidrevocation.h"
#include "handoff.h"
#include "httpendpoint.h"
#include "idempotency.h"
#include "loginthrottle.h"
#include "mailbox.h"
#include "payments.h"
#include "profile.h"
#include "provider.h"
#include "requests.h"
#include "sessions.h"
#include "staff.h"
#include "workflow.h"

#include <cstdio>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

CityServer::CityServer(const CityOptions& options, QObject* parent)
    : QObject(parent)
{
    m_city.options = options;
}

CityServer::~CityServer()
{
    delete m_city.catalogue;
    delete m_city.throttle;
    delete m_city.mailbox;
    delete m_city.sessions;
    delete m_city.crls;
}

bool CityServer::start(QString* error)
{
    const QString dir = QDir(m_city.options.stateDir).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    if (!ensureDevCertificates(dir + "/tls", error))
        return false;
    const QSslConfiguration tls
        = serverTlsConfiguration(dir + "/tls", m_city.options.tlsVariant, error);
    if (!error->isEmpty())
        return false;
    QFile stationCa(dir + "/tls/ca.pem");
    if (stationCa.open(QIODevice::ReadOnly))
        m_city.stationCaPem = stationCa.readAll();
    if (!openCityDatabase(dir + "/city.sqlite", &m_city.db, error))
        return false;

    m_city.catalogue = new Catalogue;
    if (!m_city.catalogue->load(":/city/catalogue.json", error))
        return false;
    m_city.throttle
        = new LoginThrottle(m_city.options.loginBackoffBaseMs, m_city.options.loginFreeAttempts);
    m_city.mailbox = new Mailbox(m_city.db, dir + "/mail");
    m_city.sessions
        = new SessionStore(m_city.db, m_city.options.sessionIdleS, m_city.options.sessionAbsoluteS);
    m_city.crls = new CrlCache;
    m_city.workflow = new Workflow(m_city, this);
    m_city.payments = new PaymentService(m_city, this);
    m_idempotency = std::make_unique<IdempotencyStore>(m_city.db);

    m_router.setIdempotencyStore(m_idempotency.get());
    SessionStore* sessions = m_city.sessions;
    m_router.setSessionResolver([sessions](ApiRequest& r) { sessions->resolve(r); });
    addAccountRoutes(m_router, m_city);
    addAuthRoutes(m_router, m_city);
    addEidRoutes(m_router, m_city);
    addProfileRoutes(m_router, m_city);
    addCatalogueRoutes(m_router, m_city);
    addRequestRoutes(m_router, m_city);
    addPaymentRoutes(m_router, m_city);
    addDeviceRoutes(m_router, m_city);
    addStaffRoutes(m_router, m_city);
    addCounterRoutes(m_router, m_city);
    addHandoffRoutes(m_router, m_city);
    addProviderRoutes(m_router, m_city);
    if (m_city.options.dev)
        addDevRoutes(m_router, m_city);
    if (m_city.options.demoData)
        seedDemoData(m_city);

    Router* router = &m_router;
    QSqlDatabase db = m_city.db;
    // One transaction per HTTP request: all of a request's changes land together (or not
    // at all on a 500), and SQLite writes its journal once instead of per statement.
    m_endpoint = new HttpEndpoint(
        [router, db, log = m_city.options.logRequests](ApiRequest& r) mutable {
            QElapsedTimer timer;
            timer.start();
            db.transaction();
            ApiResponse response = router->dispatch(r);
            if (response.status >= 500)
                db.rollback();
            else
                db.commit();
            // The path only: queries and bodies may carry tokens or personal data.
            if (log)
                std::fprintf(stderr, "%s %s %d %lld ms\n", qPrintable(r.method), qPrintable(r.path),
                    response.status, static_cast<long long>(timer.elapsed()));
            return response;
        },
        this);
    m_port = m_endpoint->serveTls(m_city.options.address, m_city.options.port, tls);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(m_city.options.address.toString())
                     .arg(m_city.options.port);
        return false;
    }
    m_city.options.port = m_port; // the port really served (part of the eID login message)
    return true;
}

QString CityServer::url() const
{
    return QStringLiteral("https://%1:%2/v1").arg(m_city.options.address.toString()).arg(m_port);
}
