// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formstate.h"

#include <QAbstractListModel>

/**
 * The form wizard for QML: one row per field of the current page, page navigation that skips
 * pages whose condition is false, the error summary shown at the top of the page with the ids
 * of the fields to jump to (FAQ 12), the review summary and the submission payload. Errors are
 * kept as codes and turned into text when read, so a language change re-translates them; the
 * values typed so far survive errors, language changes and schema reloads.
 */
class FormModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title NOTIFY schemaChanged)
    Q_PROPERTY(QString pageId READ pageId NOTIFY pageChanged)
    Q_PROPERTY(QString pageTitle READ pageTitle NOTIFY pageChanged)
    Q_PROPERTY(int pageNumber READ pageNumber NOTIFY pageChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY pageChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY pageChanged)
    Q_PROPERTY(bool lastPage READ lastPage NOTIFY pageChanged)
    Q_PROPERTY(QVariantList errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(int totalPriceCents READ totalPriceCents NOTIFY valuesChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,
        LabelRole,
        HintRole,
        ValueRole,
        RequiredRole,
        VisibleRole,
        LockedRole,
        SourceRole,
        SourceLabelRole,
        ErrorRole,
        OptionsRole,
        InputKindRole, // "text", "digits", "postcode", "nrn-be", "phone", "date", "email"
    };
    Q_ENUM(Role)

    explicit FormModel(QObject* parent = nullptr);

    /** Starts a form: the first visible page, no errors shown. */
    void setSchema(const FormSchema& schema);
    /** The same form in another language: values, page and shown errors are kept. */
    void replaceSchema(const FormSchema& schema);
    void applyPrefill(const VerifiedIdentity& identity, const QHash<QString, QString>& profile);
    /** 422 from the server: shows its messages and moves to the first page concerned. */
    void applyServerErrors(const QHash<QString, QStringList>& errors);
    FormState& state() { return m_state; }
    const FormState& state() const { return m_state; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString title() const { return m_state.schema().title; }
    QString pageId() const;
    QString pageTitle() const;
    int pageNumber() const;
    int pageCount() const;
    bool canGoBack() const { return m_state.previousPage(m_page) >= 0; }
    bool lastPage() const { return m_state.nextPage(m_page) < 0; }
    /** [{fieldId, message}] for the summary at the top; fieldId is "" for page errors. */
    QVariantList errors() const;
    int totalPriceCents() const { return m_state.totalPriceCents(); }

    Q_INVOKABLE bool setValue(const QString& fieldId, const QVariant& value);
    /** Shows every error of the current page; true when the page may be left. */
    Q_INVOKABLE bool validatePage();
    /** Validates, then moves to the next visible page; false (and errors shown) otherwise. */
    Q_INVOKABLE bool next();
    Q_INVOKABLE bool back();
    /** Before sending: checks every visible page; on a fault, shows the first such page. */
    Q_INVOKABLE bool validateAll();
    /** The row of a field on the current page, for "jump to the field"; -1 elsewhere. */
    Q_INVOKABLE int rowOf(const QString& fieldId) const;
    /** [{pageTitle, fieldId, label, value, source, sourceLabel}] of what will be sent. */
    Q_INVOKABLE QVariantList reviewSummary() const;
    QJsonObject payload() const { return m_state.payload(); }
    /** Draft contents: values and page, for DraftStore. */
    QJsonObject draft() const;
    void restoreDraft(const QJsonObject& draft);

    static QString sourceName(FormState::Source source);
    static QString sourceLabel(FormState::Source source);

public slots:
    /** Re-reads every translated text (connect to LanguageController::languageChanged). */
    void retranslate();

signals:
    void schemaChanged();
    void pageChanged();
    void errorsChanged();
    void valuesChanged();

private:
    const FormField* fieldAt(int row) const;
    void goTo(int page);
    void refreshRows();

    FormState m_state;
    int m_page = -1;
    QList<FormState::Issue> m_shown; // errors of the current page shown to the citizen
};
