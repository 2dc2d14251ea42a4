// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

class LocalDatabase;

/**
 * Unfinished forms, one per user and service. At home they are written to the database so a
 * closed window loses nothing; in kiosk mode (persist = false) they live in memory only and
 * go with the session, because the next citizen at the terminal must find nothing.
 */
class DraftStore
{
public:
    DraftStore(LocalDatabase* database, bool persist);

    bool save(const QString& userId, const QString& serviceSlug, const QJsonObject& draft);
    std::optional<QJsonObject> load(const QString& userId, const QString& serviceSlug) const;
    void remove(const QString& userId, const QString& serviceSlug);
    /** Every draft, of every user (kiosk session end). */
    void clear();
    bool persists() const { return m_persist; }

private:
    LocalDatabase* m_database;
    bool m_persist;
    QHash<QString, QJsonObject> m_memory; // kiosk: key = user + '\n' + slug
};
