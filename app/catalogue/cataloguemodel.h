// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"

#include <QAbstractListModel>
#include <QJsonArray>

class CatalogueRepository;

/**
 * The catalogue screen's data: the city's categories and the services of the chosen category
 * that match the search text (title, description, keywords; case and accents ignored). Shown at
 * once from the cache, then refreshed from the city; `stale` when the city could not confirm it.
 */
class CatalogueModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QVariantList categories READ categories NOTIFY documentsChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY filterChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(bool stale READ stale NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)

public:
    enum Role {
        SlugRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        CategoryRole,
        KindRole,
        AuthRole,
        PriceCentsRole,
        HandledByRole,
    };
    Q_ENUM(Role)

    explicit CatalogueModel(CatalogueRepository* repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariantList categories() const;
    QString category() const { return m_category; }
    void setCategory(const QString& slug);
    QString search() const { return m_search; }
    void setSearch(const QString& text);
    int count() const { return int(m_rows.size()); }
    bool busy() const { return m_busy; }
    bool stale() const { return m_stale; }
    QString errorMessage() const { return m_failure.ok() ? QString() : m_failure.userMessage(); }

    /** Cached copy at once, then the city's (in the current language). */
    Q_INVOKABLE void load();
    /** One service as {slug, title, description, category, categoryTitle, kind, auth,
     *  priceCents, handledBy, downloadUrl, redirectUrl}; empty when unknown. */
    Q_INVOKABLE QVariantMap service(const QString& slug) const;
    /** The documents themselves (tests, and load()). */
    void setDocuments(const QJsonArray& categories, const QJsonArray& services);

signals:
    void documentsChanged();
    void filterChanged();
    void stateChanged();

private:
    void refilter();
    static QString folded(const QString& text);

    CatalogueRepository* m_repository;
    QJsonArray m_categories;
    QJsonArray m_services;
    QList<int> m_rows; // indexes into m_services
    QString m_category;
    QString m_search;
    bool m_busy = false;
    bool m_stale = false;
    int m_pending = 0;
    ApiResult m_failure;
};
