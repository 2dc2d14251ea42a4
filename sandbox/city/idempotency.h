// SPDX-License-Identifier: GPL-3.0-or-later
// Idempotency-Key memory: the same key and body replay the first answer (24 h).
#pragma once

#include "apirequest.h"

#include <QSqlDatabase>

class IdempotencyStore
{
public:
    explicit IdempotencyStore(QSqlDatabase db)
        : m_db(db)
    { }

    struct Lookup
    {
        enum State { Unknown, Replay, Conflict } state = Unknown;
        ApiResponse response;
    };
    Lookup find(const QString& scope, const QByteArray& key, const QByteArray& body) const;
    void remember(const QString& scope, const QByteArray& key, const QByteArray& body,
        const ApiResponse& response);

private:
    QSqlDatabase m_db;
};
