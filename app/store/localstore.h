// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/cataloguecache.h"
#include "config/appconfig.h"
#include "draftstore.h"
#include "localdatabase.h"
#include "requestoutbox.h"

#include <QObject>

#include <memory>

/**
 * Everything the app keeps on this computer: one SQLite file in the data folder with the
 * drafts (home mode only), the outbox and the catalogue cache, plus a folder for the current
 * session's temporary files (downloaded documents). purgeSession() is the kiosk's and the
 * counter's "the citizen has left": no personal trace stays behind.
 */
class LocalStore : public QObject
{
    Q_OBJECT

public:
    /** Drafts are kept on disk in home mode only; kiosk and counter keep them in memory. */
    LocalStore(const QString& dataDir, AppMode mode, QObject* parent = nullptr);
    ~LocalStore() override;

    /** Opens (creating and migrating) the database; false and *error on failure. */
    bool open(QString* error);

    LocalDatabase* database() const { return m_database.get(); }
    DraftStore* drafts() const { return m_drafts.get(); }
    CatalogueCache* catalogue() const { return m_catalogue.get(); }
    RequestOutbox* outbox() const { return m_outbox.get(); }
    /** Created on demand; emptied by purgeSession(). */
    QString sessionTempDir() const;

    /**
     * Drafts, delivered or rejected outbox entries and temporary files go; submissions not yet
     * delivered stay (they are on their way to the city) and so does the non-personal
     * catalogue.
     */
    void purgeSession();

private:
    QString m_dataDir;
    AppMode m_mode;
    std::unique_ptr<LocalDatabase> m_database;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<CatalogueCache> m_catalogue;
    std::unique_ptr<RequestOutbox> m_outbox;
};
