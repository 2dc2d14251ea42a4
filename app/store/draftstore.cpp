// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "localdatabase.h"
#include "logging/logcategories.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString memoryKey(const QString& userId, const QString& slug)
{
    return userId + QLatin1Char('\n') + slug;
}

} // namespace

DraftStore::DraftStore(LocalDatabase* database, bool persist)
    : m_database(database)
    , m_persist(persist)
{ }

bool DraftStore::save(const QString& userId, const QString& serviceSlug, const QJsonObject& draft)
{
    if (!m_persist) {
        m_memory.insert(memoryKey(userId, serviceSlug), draft);
        return true;
    }
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO drafts (user_id, service_slug, content, updated_at, schema_version)"
        " VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(userId);
    query.addBindValue(serviceSlug);
    query.addBindValue(QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(draft.value(QLatin1String("schema_version")).toInt());
    if (!query.exec()) {
        qCWarning(lcStore) << "draft not saved";
        return false;
    }
    return true;
}

std::optional<QJsonObject> DraftStore::load(const QString& userId, const QString& serviceSlug) const
{
    if (!m_persist) {
        const auto it = m_memory.constFind(memoryKey(userId, serviceSlug));
        return it == m_memory.constEnd() ? std::nullopt : std::optional<QJsonObject>(*it);
    }
    QSqlQuery query(m_database->database());
    query.prepare(
        QStringLiteral("SELECT content FROM drafts WHERE user_id = ? AND service_slug = ?"));
    query.addBindValue(userId);
    query.addBindValue(serviceSlug);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

void DraftStore::remove(const QString& userId, const QString& serviceSlug)
{
    m_memory.remove(memoryKey(userId, serviceSlug));
    if (!m_persist)
        return;
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE user_id = ? AND service_slug = ?"));
    query.addBindValue(userId);
    query.addBindValue(serviceSlug);
    query.exec();
}

void DraftStore::clear()
{
    m_memory.clear();
    QSqlQuery query(m_database->database());
    query.exec(QStringLiteral("DELETE FROM drafts"));
}
