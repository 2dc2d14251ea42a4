// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderror.h"
#include "formschema.h"
#include "verifiedidentity.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSet>

/**
 * The logic of one form being filled, without Qt models: values, prefill and locks,
 * visibility, validation, page navigation, review and the submission payload. FormModel wraps
 * it for QML; tests and the benchmark use it directly. Values the citizen typed are kept for
 * hidden fields too (so nothing is lost when a choice is undone), but hidden fields read as
 * null in expressions and are neither validated nor submitted.
 */
class FormState
{
public:
    enum class Source { None, Eid, Profile };

    struct Issue
    {
        QString fieldId; // empty for a page (post-condition) error
        FieldError::Code code = FieldError::None;
        QString text; // post-condition or server text; empty when code says it all
    };

    struct ReviewEntry
    {
        QString pageTitle;
        QString fieldId;
        QString label;
        QString value; // as shown to the citizen
        Source source = Source::None;
    };

    explicit FormState(FormSchema schema = {});

    const FormSchema& schema() const { return m_schema; }
    /** Swaps in the same form in another language (or version); values are kept by field id. */
    void replaceSchema(FormSchema schema);
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const { return m_today; }

    /**
     * Applies prefill; eID values lock their field, profile values stay editable. eID values
     * of an earlier call are dropped first, so an empty identity unlocks and empties them.
     */
    void applyPrefill(const VerifiedIdentity& identity, const QHash<QString, QString>& profile);
    Source sourceOf(const QString& fieldId) const { return m_sources.value(fieldId); }
    bool isLocked(const QString& fieldId) const { return m_locked.contains(fieldId); }

    QJsonValue value(const QString& fieldId) const;
    /** False (nothing changes) for an unknown, locked, display-only or computed field. */
    bool setValue(const QString& fieldId, const QJsonValue& value);
    QJsonObject values() const { return m_values; }
    void setValues(const QJsonObject& values);

    /** The value as expressions see it: null when hidden, computed fields evaluated. */
    QJsonValue effectiveValue(const QString& fieldId) const;
    bool isPageVisible(int pageIndex) const;
    bool isVisible(const FormField& field) const;
    bool isRequired(const FormField& field) const;
    FieldError::Code check(const FormField& field) const;

    /** Field errors, then post-condition errors, of one page; empty when it may be left. */
    QList<Issue> validatePage(int pageIndex) const;
    QList<Issue> validateAll() const;

    int firstPage() const;
    /** The next (previous) page whose condition holds, or -1. */
    int nextPage(int from) const;
    int previousPage(int from) const;
    QList<int> visiblePages() const;

    QList<ReviewEntry> review() const;
    QString displayValue(const FormField& field) const;
    int totalPriceCents() const;
    /** `data` of POST /v1/requests: visible, value-holding, non-empty fields only. */
    QJsonObject payload() const;

    /**
     * Errors the server gave per field (HTTP 422), and per page as "page:<id>" for a failed
     * post-condition; each is cleared when its field (or a field of its page) changes.
     */
    void setServerErrors(const QHash<QString, QStringList>& errors) { m_serverErrors = errors; }
    QString serverError(const QString& fieldId) const;

    /** A field's position: page index and index in the page. */
    QPair<int, int> locate(const QString& fieldId) const
    {
        return m_index.value(fieldId, { -1, -1 });
    }
    const FormField* field(const QString& fieldId) const;

private:
    void rebuildIndex();
    void invalidate() const;
    QJsonValue lookup(const QString& fieldId) const;

    FormSchema m_schema;
    QHash<QString, QPair<int, int>> m_index;
    QJsonObject m_values;
    QHash<QString, Source> m_sources;
    QSet<QString> m_locked;
    QHash<QString, QStringList> m_serverErrors;
    QDate m_today = QDate::currentDate();

    // Evaluation caches, dropped on every change; `m_evaluating` breaks reference cycles.
    mutable QHash<QString, QJsonValue> m_effective;
    mutable QHash<int, bool> m_pageVisible;
    mutable QSet<QString> m_evaluating;
};
