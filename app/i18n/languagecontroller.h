// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <QVariantList>

#include <memory>

/**
 * Switches the interface language at run time (fr, nl, de, en; fr is the source language).
 * Swaps our translator and Qt's own, sets the default locale to the Belgian variant so dates
 * and amounts are formatted the Belgian way, then emits languageChanged; main() connects that
 * to QQmlEngine::retranslate() so every qsTr binding updates without a restart.
 */
class LanguageController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QString localeName READ localeName NOTIFY languageChanged)

public:
    explicit LanguageController(QObject* parent = nullptr);
    ~LanguageController() override;

    QString language() const { return m_language; }
    /** Returns false (and changes nothing) for a language we do not ship. */
    Q_INVOKABLE bool setLanguage(const QString& code);

    /** [{code, name}] with each language named in itself, for the language picker. */
    QVariantList languages() const;
    QString localeName() const { return m_locale.name(); }
    QLocale locale() const { return m_locale; }

    /** Formats an amount in euro cents the Belgian way for the current language. */
    Q_INVOKABLE QString formatAmount(qint64 cents) const;
    Q_INVOKABLE QString formatDate(const QDate& date) const;

signals:
    void languageChanged();

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
