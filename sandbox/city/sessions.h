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
    /** Fills request.accountId/authLevel from "Authorization: Bearer …" when valid. */
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
