// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailbox.h"

#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {

// RFC 2047 so that accented subjects survive any mail reader.
QByteArray encodedWord(const QString& text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

void Mailbox::send(const QString& to, const QString& subject, const QString& body,
    const QString& token, const QString& link)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare("INSERT INTO mail (to_addr, subject, body, token, link, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?)");
    for (const QVariant& v :
        QVariantList { to, subject, body, token, link, now.toSecsSinceEpoch() })
        q.addBindValue(v);
    if (!q.exec())
        return;
    const qint64 id = q.lastInsertId().toLongLong();
    QDir().mkpath(m_dir);
    const QString file = QStringLiteral("%1/%2.eml").arg(m_dir).arg(id, 6, 10, QLatin1Char('0'));
    QFile eml(file);
    if (eml.open(QIODevice::WriteOnly)) {
        QByteArray out;
        out += "From: e-Guichet Ville de Namur (sandbox) <no-reply@namur.example>\r\n";
        out += "To: " + to.toUtf8() + "\r\n";
        out += "Subject: " + encodedWord(subject) + "\r\n";
        out += "Date: " + now.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
        out += "Message-ID: <" + QByteArray::number(id) + "@sandbox.namur.example>\r\n";
        out += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n";
        out += "Content-Transfer-Encoding: 8bit\r\n\r\n";
        out += body.toUtf8().replace("\n", "\r\n");
        eml.write(out);
    }
    execSql(m_db, "UPDATE mail SET file = ? WHERE id = ?", { file, id });
}

QJsonArray Mailbox::list(const QString& to) const
{
    QSqlQuery q(m_db);
    q.prepare("SELECT id, to_addr, subject, body, token, link, file, created_at FROM mail "
              "WHERE (? = '' OR lower(to_addr) = lower(?)) ORDER BY id DESC");
    q.addBindValue(to);
    q.addBindValue(to);
    QJsonArray out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append(QJsonObject {
            { "id", q.value(0).toLongLong() },
            { "to", q.value(1).toString() },
            { "subject", q.value(2).toString() },
            { "body", q.value(3).toString() },
            { "token", q.value(4).toString() },
            { "link", q.value(5).toString() },
            { "file", q.value(6).toString() },
            { "sent_at",
                QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC)
                    .toString(Qt::ISODate) },
        });
    }
    return out;
}
