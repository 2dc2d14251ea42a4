// SPDX-License-Identifier: GPL-3.0-or-later
// The demo city's categories, services and form schemas (catalogue.json, made by
// make-catalogue.py) and the /v1/categories and /v1/services routes.
#pragma once

#include "language.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class Router;
struct CityContext;

class Catalogue
{
public:
    /** Loads and checks every schema; false and *error when one is broken. */
    bool load(const QString& resource, QString* error);

    QJsonArray categories(Lang lang) const;
    /** Services, optionally of one category and matching q (title, description, keywords). */
    QJsonArray services(Lang lang, const QString& category, const QString& q) const;
    bool has(const QString& slug) const { return m_services.contains(slug); }
    /** The raw (unlocalised) service entry, pages included. */
    QJsonObject raw(const QString& slug) const { return m_services.value(slug); }
    QJsonObject summary(const QString& slug, Lang lang) const;
    /** The schema of docs/api/form-schema.md in one language. */
    QJsonObject schema(const QString& slug, Lang lang) const;
    QString title(const QString& slug, Lang lang) const;

private:
    QJsonArray m_categories;
    QStringList m_order;
    QHash<QString, QJsonObject> m_services;
};

void addCatalogueRoutes(Router& router, CityContext& city);
