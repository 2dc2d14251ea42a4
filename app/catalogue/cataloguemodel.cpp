// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguemodel.h"

#include "catalogue/cataloguerepository.h"

#include <QJsonObject>

CatalogueModel::CatalogueModel(CatalogueRepository* repository, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{ }

int CatalogueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CatalogueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject s = m_services.at(m_rows.at(index.row())).toObject();
    switch (role) {
    case SlugRole:
        return s.value(QLatin1String("slug")).toString();
    case Qt::DisplayRole:
    case TitleRole:
        return s.value(QLatin1String("title")).toString();
    case DescriptionRole:
        return s.value(QLatin1String("description")).toString();
    case CategoryRole:
        return s.value(QLatin1String("category_slug")).toString();
    case KindRole:
        return s.value(QLatin1String("kind")).toString();
    case AuthRole:
        return s.value(QLatin1String("auth")).toString();
    case PriceCentsRole:
        return s.value(QLatin1String("price_cents")).toInt();
    case HandledByRole:
        return s.value(QLatin1String("handled_by")).toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogueModel::roleNames() const
{
    return { { SlugRole, "slug" }, { TitleRole, "title" }, { DescriptionRole, "description" },
        { CategoryRole, "category" }, { KindRole, "kind" }, { AuthRole, "auth" },
        { PriceCentsRole, "priceCents" }, { HandledByRole, "handledBy" } };
}

QVariantList CatalogueModel::categories() const
{
    QVariantList out;
    for (const QJsonValue& c : m_categories) {
        const QJsonObject o = c.toObject();
        out.append(QVariantMap { { QStringLiteral("slug"), o.value(QLatin1String("slug")) },
            { QStringLiteral("title"), o.value(QLatin1String("title")).toString() },
            { QStringLiteral("description"), o.value(QLatin1String("description")).toString() } });
    }
    return out;
}

void CatalogueModel::setCategory(const QString& slug)
{
    if (slug == m_category)
        return;
    m_category = slug;
    refilter();
}

void CatalogueModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    refilter();
}

QString CatalogueModel::folded(const QString& text)
{
    // Case and accents ignored: "menage" finds "ménage".
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

void CatalogueModel::refilter()
{
    const QStringList words = folded(m_search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> rows;
    for (int i = 0; i < m_services.size(); ++i) {
        const QJsonObject s = m_services.at(i).toObject();
        // A search looks through every category; without one, the chosen category only.
        if (words.isEmpty() && !m_category.isEmpty()
            && s.value(QLatin1String("category_slug")).toString() != m_category)
            continue;
        QStringList haystack { s.value(QLatin1String("title")).toString(),
            s.value(QLatin1String("description")).toString() };
        for (const QJsonValue& k : s.value(QLatin1String("keywords")).toArray())
            haystack.append(k.toString());
        const QString text = folded(haystack.join(QLatin1Char(' ')));
        bool all = true;
        for (const QString& w : words)
            all = all && text.contains(w);
        if (all)
            rows.append(i);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit filterChanged();
}

void CatalogueModel::setDocuments(const QJsonArray& categories, const QJsonArray& services)
{
    m_categories = categories;
    m_services = services;
    if (m_category.isEmpty() && !m_categories.isEmpty())
        m_category = m_categories.first().toObject().value(QLatin1String("slug")).toString();
    emit documentsChanged();
    refilter();
}

void CatalogueModel::load()
{
    const auto categories = m_repository->cached(QStringLiteral("/categories"));
    const auto services = m_repository->cached(QStringLiteral("/services"));
    if (categories && services)
        setDocuments(categories->toArray(), services->toArray());
    if (m_pending > 0)
        return;
    m_busy = true;
    m_pending = 2;
    m_failure = {};
    m_stale = false;
    emit stateChanged();
    auto fresh = std::make_shared<std::pair<QJsonArray, QJsonArray>>();
    auto done = [this, fresh](const CatalogueRepository::Answer& answer, bool isCategories) {
        if (!answer.failure.ok())
            m_failure = answer.failure;
        m_stale = m_stale || answer.stale;
        (isCategories ? fresh->first : fresh->second) = answer.data.toArray();
        if (--m_pending > 0)
            return;
        m_busy = false;
        if (m_failure.ok())
            setDocuments(fresh->first, fresh->second);
        emit stateChanged();
    };
    m_repository->fetch(QStringLiteral("/categories"), this,
        [done](const CatalogueRepository::Answer& a) { done(a, true); });
    m_repository->fetch(QStringLiteral("/services"), this,
        [done](const CatalogueRepository::Answer& a) { done(a, false); });
}

QVariantMap CatalogueModel::service(const QString& slug) const
{
    for (const QJsonValue& v : m_services) {
        const QJsonObject s = v.toObject();
        if (s.value(QLatin1String("slug")).toString() != slug)
            continue;
        QString categoryTitle;
        for (const QJsonValue& c : m_categories) {
            if (c.toObject().value(QLatin1String("slug"))
                == s.value(QLatin1String("category_slug")))
                categoryTitle = c.toObject().value(QLatin1String("title")).toString();
        }
        return { { QStringLiteral("slug"), slug },
            { QStringLiteral("title"), s.value(QLatin1String("title")).toString() },
            { QStringLiteral("description"), s.value(QLatin1String("description")).toString() },
            { QStringLiteral("category"), s.value(QLatin1String("category_slug")).toString() },
            { QStringLiteral("categoryTitle"), categoryTitle },
            { QStringLiteral("kind"), s.value(QLatin1String("kind")).toString() },
            { QStringLiteral("auth"), s.value(QLatin1String("auth")).toString() },
            { QStringLiteral("priceCents"), s.value(QLatin1String("price_cents")).toInt() },
            { QStringLiteral("handledBy"), s.value(QLatin1String("handled_by")).toString() },
            { QStringLiteral("downloadUrl"), s.value(QLatin1String("download_url")).toString() },
            { QStringLiteral("redirectUrl"), s.value(QLatin1String("redirect_url")).toString() } };
    }
    return {};
}
