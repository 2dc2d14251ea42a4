// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagecontroller.h"

#include "config/appconfig.h"
#include "logging/logcategories.h"

#include <QCoreApplication>
#include <QDate>
#include <QLibraryInfo>

LanguageController::LanguageController(QObject* parent)
    : QObject(parent)
    , m_language(QStringLiteral("fr"))
    , m_locale(QStringLiteral("fr_BE"))
{ }

LanguageController::~LanguageController()
{
    if (!QCoreApplication::instance())
        return;
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

bool LanguageController::setLanguage(const QString& code)
{
    if (!supportedLanguages().contains(code)) {
        qCWarning(lcI18n) << "unsupported language refused:" << code;
        return false;
    }

    auto app = std::make_unique<QTranslator>();
    // French is the source language: its .qm only carries plural forms, so a failed load is
    // not an error for fr.
    if (!app->load(QStringLiteral(":/i18n/eguichet_%1.qm").arg(code))
        && code != QLatin1String("fr"))
        qCWarning(lcI18n) << "no translation for" << code;
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QStringLiteral("qtbase_%1").arg(code),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(app);
    m_qtTranslator = std::move(qt);
    QCoreApplication::installTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());

    m_locale = QLocale(code + QStringLiteral("_BE"));
    QLocale::setDefault(m_locale);

    const bool changed = code != m_language;
    m_language = code;
    qCInfo(lcI18n) << "language set to" << code;
    if (changed)
        emit languageChanged();
    return true;
}

QVariantList LanguageController::languages() const
{
    QVariantList out;
    const QList<QPair<QString, QString>> names {
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("nl"), QStringLiteral("Nederlands") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("en"), QStringLiteral("English") },
    };
    for (const auto& [code, name] : names)
        out.append(
            QVariantMap { { QStringLiteral("code"), code }, { QStringLiteral("name"), name } });
    return out;
}

QString LanguageController::formatAmount(qint64 cents) const
{
    return m_locale.toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

QString LanguageController::formatDate(const QDate& date) const
{
    // Belgian usage: day first, four-digit year (31/12/2026; 31.12.2026 in German). CLDR's
    // short formats use two-digit years, which are ambiguous for birth dates.
    return m_locale.toString(date,
        m_language == QLatin1String("de") ? QStringLiteral("dd.MM.yyyy")
                                          : QStringLiteral("dd/MM/yyyy"));
}
