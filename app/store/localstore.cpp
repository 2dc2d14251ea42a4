// SPDX-License-Identifier: GPL-3.0-or-later
#include "localstore.h"

#include "logging/logcategories.h"

#include <QDir>

LocalStore::LocalStore(const QString& dataDir, AppMode mode, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_mode(mode)
{ }

LocalStore::~LocalStore()
{
    // The outbox and stores use the connection: they go before the database.
    m_outbox.reset();
    m_drafts.reset();
    m_catalogue.reset();
}

bool LocalStore::open(QString* error)
{
    if (!QDir().mkpath(m_dataDir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_dataDir);
        return false;
    }
    m_database
        = LocalDatabase::open(QDir(m_dataDir).filePath(QStringLiteral("eguichet.sqlite")), error);
    if (!m_database)
        return false;
    const bool home = m_mode == AppMode::Home;
    m_drafts = std::make_unique<DraftStore>(m_database.get(), home);
    m_catalogue = std::make_unique<CatalogueCache>(m_database.get());
    m_outbox = std::make_unique<RequestOutbox>(m_database.get());
    if (!home)
        purgeSession(); // whatever a crash may have left from the previous citizen
    return true;
}

QString LocalStore::sessionTempDir() const
{
    const QString path = QDir(m_dataDir).filePath(QStringLiteral("session-tmp"));
    QDir().mkpath(path);
    return path;
}

void LocalStore::purgeSession()
{
    if (m_drafts)
        m_drafts->clear();
    if (m_outbox)
        m_outbox->purgeFinished();
    if (m_database)
        m_database->checkpoint();
    QDir temp(QDir(m_dataDir).filePath(QStringLiteral("session-tmp")));
    if (temp.exists())
        temp.removeRecursively();
    qCInfo(lcSession) << "session data purged";
}
