// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariantList>

class LanguageController;

/**
 * The in-app help (the city's twelve FAQ answers adapted to the app) in the current language,
 * from resources/help/faq_<lang>.json (docs/help-content.md). Falls back to French when a
 * language's file is missing or broken, so help is never empty.
 */
class HelpCatalog : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title NOTIFY changed)
    /** [{id, question, answer}], in the FAQ's order. */
    Q_PROPERTY(QVariantList entries READ entries NOTIFY changed)

public:
    explicit HelpCatalog(LanguageController* language, QObject* parent = nullptr);

    QString title() const { return m_title; }
    QVariantList entries() const { return m_entries; }
    /** The answer with this id, or an empty map. */
    Q_INVOKABLE QVariantMap entry(const QString& id) const;

    /** Loads one language's file; false (and nothing changed) when it is missing or broken. */
    bool load(const QString& language);

signals:
    void changed();

private:
    QString m_title;
    QVariantList m_entries;
};
