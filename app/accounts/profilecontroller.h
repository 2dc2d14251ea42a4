// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"
#include "profilefieldmodel.h"

#include <QHash>
#include <QObject>
#include <QVariantList>

class CityApiClient;

/**
 * The citizen's profile (GET/PATCH /v1/me): what pre-fills the forms (FAQ 5, 8). Fields that
 * came from the eID are shown locked and marked "carte d'identité", with the explanation of
 * FAQ 9 (only the commune of residence can correct them); the others are edited here and
 * saved together. Edits survive a failed save and a language change.
 */
class ProfileController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY profileChanged)
    Q_PROPERTY(QString email READ email NOTIFY profileChanged)
    Q_PROPERTY(QVariantList fields READ fields NOTIFY fieldsChanged)
    Q_PROPERTY(QAbstractItemModel* fieldModel READ fieldModel CONSTANT)
    Q_PROPERTY(bool modified READ modified NOTIFY editsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)
    Q_PROPERTY(QString lockedExplanation READ lockedExplanation NOTIFY profileChanged)
    Q_PROPERTY(bool hasCardData READ hasCardData NOTIFY profileChanged)

public:
    explicit ProfileController(CityApiClient* api, QObject* parent = nullptr);

    bool busy() const { return m_busy; }
    bool loaded() const { return m_loaded; }
    QString email() const { return m_email; }
    /** [{name, label, value, source, sourceLabel, editable, locked, error}] in display order. */
    QVariantList fields() const;
    /** The same rows as a model: an edit changes its own row only (the page types there). */
    QAbstractItemModel* fieldModel() { return &m_model; }
    bool modified() const { return !m_edits.isEmpty(); }
    QString errorMessage() const { return m_failure.ok() ? QString() : m_failure.userMessage(); }
    static QString lockedExplanation();
    /** Some values came from the eID card (an eID login): only then is lockedExplanation said. */
    bool hasCardData() const;

    /** The values forms are pre-filled from (`source: profile` attributes, and the e-mail). */
    QHash<QString, QString> prefillValues() const;

    Q_INVOKABLE void load();
    /** Keeps an edit locally; false for a locked or unknown field. */
    Q_INVOKABLE bool setField(const QString& name, const QString& value);
    Q_INVOKABLE void save();
    Q_INVOKABLE void discardChanges();
    /** Forgets everything (logout, end of a kiosk session). */
    void clear();

public slots:
    void retranslate();

signals:
    void busyChanged();
    void profileChanged();
    /** An edit was kept or dropped (`modified`); the profile itself did not change. */
    void editsChanged();
    /** Any row of `fields` changed (the page follows `fieldModel`, row by row). */
    void fieldsChanged();
    void messageChanged();
    void saved();

private:
    struct Field
    {
        QString value;
        QString source;
        bool editable = false;
    };
    void apply(const QJsonObject& me);
    QVariantMap fieldAt(int row) const;
    void profileReplaced();
    static QString labelOf(const QString& name);

    CityApiClient* m_api;
    bool m_busy = false;
    bool m_loaded = false;
    QString m_email;
    QStringList m_order;
    QHash<QString, Field> m_fields;
    QHash<QString, QString> m_edits;
    ApiResult m_failure;
    ProfileFieldModel m_model;
};
