// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpcatalog.h"

#include "i18n/languagecontroller.h"
#include "logging/logcategories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

HelpCatalog::HelpCatalog(LanguageController* language, QObject* parent)
    : QObject(parent)
{
    auto reload = [this, language]() {
        if (!load(language->language()))
            load(QStringLiteral("fr"));
    };
    connect(language, &LanguageController::languageChanged, this, reload);
    reload();
}

bool HelpCatalog::load(const QString& language)
{
    QFile file(QStringLiteral(":/help/faq_%1.json").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "no help file for" << language;
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonArray entries = doc.object().value(QLatin1String("entries")).toArray();
    if (error.error != QJsonParseError::NoError || entries.isEmpty()) {
        qCWarning(lcUi) << "broken help file for" << language << error.errorString();
        return false;
    }
    QVariantList out;
    for (const QJsonValue& e : entries) {
        const QJsonObject o = e.toObject();
        if (o.value(QLatin1String("question")).toString().isEmpty()
            || o.value(QLatin1String("answer")).toString().isEmpty()) {
            qCWarning(lcUi) << "help entry without text in" << language;
            return false;
        }
        out.append(o.toVariantMap());
    }
    m_title = doc.object().value(QLatin1String("title")).toString();
    m_entries = out;
    emit changed();
    return true;
}

QVariantMap HelpCatalog::entry(const QString& id) const
{
    for (const QVariant& e : m_entries) {
        const QVariantMap m = e.toMap();
        if (m.value(QStringLiteral("id")).toString() == id)
            return m;
    }
    return {};
}
