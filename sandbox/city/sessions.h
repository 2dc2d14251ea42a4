// SPDX-License-Identifier: GPL-3.0-or-later
// Bearer sessions: opaque tokens, stored hashed, with idle and absolute timeouts.
#pragma once

#include "apirequest.h"

#include <QDateTime>
#include <QSqlDatabase>

class SessionStore
{
public:
    SessionStore(QSqlDatabase db, int idleS, int absoluteS)
        : m_db(db)
        , m_idleS(idleS)
        , m_absoluteS(absoluteS)
    { }

    struct Issued
    {
        QString token;
        QDateTime expiresAt;
    };
    Issued open(qint64 accountId, const QString& authLevel);
    /** A clerk's session, bound to the counter station it was opened at. */
    Issued openStaff(qint64 staffId, const QString& deviceId, const QString& authLevel);
    /** Ends every session of a clerk (deactivated). */
    static void closeStaff(QSqlDatabase db, qint64 staffId);
    /** Fills request.accountId/authLevel (a citizen's token) or request.staffId/staffDevice/
        authLevel (a clerk's) from "Authorization: Bearer …" when valid. */
    void resolve(ApiRequest& request);
    void close(const ApiRequest& request);
    /** Ends every session of the account except the one whose stored hash is `keepDigest`. */
    void closeOthers(qint64 accountId, const QString& keepDigest);
    int idleSeconds() const { return m_idleS; }

private:
    QSqlDatabase m_db;
    int m_idleS;
    int m_absoluteS;
};
