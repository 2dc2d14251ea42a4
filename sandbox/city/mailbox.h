// SPDX-License-Identifier: GPL-3.0-or-later
// The city's outgoing e-mail, kept as .eml files in STATE_DIR/mail and listed by /dev/mail.
#pragma once

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

class Mailbox
{
public:
    Mailbox(QSqlDatabase db, QString mailDir)
        : m_db(db)
        , m_dir(std::move(mailDir))
    { }

    /** Writes one message; `token` and `link` are also stored apart for scripts and tests. */
    void send(const QString& to, const QString& subject, const QString& body,
        const QString& token = {}, const QString& link = {});
    /** Newest first; `to` filters on the recipient when not empty. */
    QJsonArray list(const QString& to) const;

private:
    QSqlDatabase m_db;
    QString m_dir;
};
