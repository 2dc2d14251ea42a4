// SPDX-License-Identifier: GPL-3.0-or-later
#include "formstate.h"

#include "conditionevaluator.h"
#include "fieldvalidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace {

QString optionLabel(const FormField& field, const QString& value)
{
    for (const FieldOption& option : field.options) {
        if (option.value == value)
            return option.label;
    }
    return value;
}

/** Computed values are submitted as strings (docs/api/form-schema.md, "Values in data"). */
QJsonValue asSubmitted(const FormField& field, const QJsonValue& value)
{
    if (field.type != FieldType::Computed || value.isNull())
        return value;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toVariant().toString();
}

} // namespace

FormState::FormState(FormSchema schema)
    : m_schema(std::move(schema))
{
    rebuildIndex();
}

void FormState::replaceSchema(FormSchema schema)
{
    m_schema = std::move(schema);
    rebuildIndex();
    invalidate();
}

void FormState::rebuildIndex()
{
    m_index.clear();
    for (int p = 0; p < m_schema.pages.size(); ++p) {
        const QList<FormField>& fields = m_schema.pages.at(p).fields;
        for (int f = 0; f < fields.size(); ++f)
            m_index.insert(fields.at(f).id, { p, f });
    }
}

void FormState::invalidate() const
{
    m_effective.clear();
    m_pageVisible.clear();
}

const FormField* FormState::field(const QString& fieldId) const
{
    const auto it = m_index.constFind(fieldId);
    if (it == m_index.constEnd())
        return nullptr;
    return &m_schema.pages.at(it->first).fields.at(it->second);
}

void FormState::applyPrefill(
    const VerifiedIdentity& identity, const QHash<QString, QString>& profile)
{
    // Card values belong to the card's session: an identity that left (card pulled, another
    // person logged in) takes its values and locks with it.
    for (auto it = m_sources.begin(); it != m_sources.end();) {
        if (it.value() == Source::Eid) {
            m_values.remove(it.key());
            m_locked.remove(it.key());
            it = m_sources.erase(it);
        } else {
            ++it;
        }
    }
    for (const FormPage& page : std::as_const(m_schema.pages)) {
        for (const FormField& f : page.fields) {
            if (f.prefill.source == FieldPrefill::Source::Eid) {
                // Verified by the National Register: always wins, and cannot be edited.
                const QString value = identity.attribute(f.prefill.attribute);
                if (value.isEmpty())
                    continue;
                m_values.insert(f.id, value);
                m_sources.insert(f.id, Source::Eid);
                m_locked.insert(f.id);
            } else if (f.prefill.source == FieldPrefill::Source::Profile) {
                // A suggestion: never overwrites what the citizen already typed.
                const QString value = profile.value(f.prefill.attribute);
                if (value.isEmpty() || !FieldValidator::isMissing(m_values.value(f.id)))
                    continue;
                m_values.insert(f.id, value);
                m_sources.insert(f.id, Source::Profile);
                if (f.prefill.locked)
                    m_locked.insert(f.id);
            }
        }
    }
    invalidate();
}

QJsonValue FormState::value(const QString& fieldId) const
{
    const FormField* f = field(fieldId);
    if (f && f->type == FieldType::Computed)
        return effectiveValue(fieldId);
    const QJsonValue v = m_values.value(fieldId);
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

bool FormState::setValue(const QString& fieldId, const QJsonValue& value)
{
    const FormField* f = field(fieldId);
    if (!f || !f->holdsValue() || f->type == FieldType::Computed || m_locked.contains(fieldId))
        return false;
    m_values.insert(fieldId, value);
    if (m_sources.value(fieldId) == Source::Profile)
        m_sources.remove(fieldId); // the citizen's own value now, no longer the profile's
    m_serverErrors.remove(fieldId);
    // A page-level refusal may depend on any field of the page: re-checked locally now.
    m_serverErrors.remove(
        QStringLiteral("page:") + m_schema.pages.at(m_index.value(fieldId).first).id);
    invalidate();
    return true;
}

void FormState::setValues(const QJsonObject& values)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!m_locked.contains(it.key()))
            m_values.insert(it.key(), it.value());
    }
    invalidate();
}

QJsonValue FormState::lookup(const QString& fieldId) const
{
    return effectiveValue(fieldId);
}

QJsonValue FormState::effectiveValue(const QString& fieldId) const
{
    const auto cached = m_effective.constFind(fieldId);
    if (cached != m_effective.constEnd())
        return *cached;
    const FormField* f = field(fieldId);
    if (!f || !f->holdsValue() || m_evaluating.contains(fieldId))
        return QJsonValue(QJsonValue::Null);
    m_evaluating.insert(fieldId);
    QJsonValue result(QJsonValue::Null);
    if (isVisible(*f)) {
        if (f->type == FieldType::Computed) {
            result = ConditionEvaluator::evaluate(
                *f->expression, [this](const QString& id) { return lookup(id); });
        } else {
            result = m_values.value(fieldId);
            if (result.isUndefined())
                result = QJsonValue(QJsonValue::Null);
        }
    }
    m_evaluating.remove(fieldId);
    m_effective.insert(fieldId, result);
    return result;
}

bool FormState::isPageVisible(int pageIndex) const
{
    if (pageIndex < 0 || pageIndex >= m_schema.pages.size())
        return false;
    const ExpressionPtr& condition = m_schema.pages.at(pageIndex).condition;
    if (!condition)
        return true;
    const auto cached = m_pageVisible.constFind(pageIndex);
    if (cached != m_pageVisible.constEnd())
        return *cached;
    const QString guard = QStringLiteral("#page%1").arg(pageIndex);
    if (m_evaluating.contains(guard))
        return false;
    m_evaluating.insert(guard);
    const bool visible
        = ConditionEvaluator::isTrue(*condition, [this](const QString& id) { return lookup(id); });
    m_evaluating.remove(guard);
    m_pageVisible.insert(pageIndex, visible);
    return visible;
}

bool FormState::isVisible(const FormField& f) const
{
    if (!isPageVisible(m_index.value(f.id, { -1, -1 }).first))
        return false;
    return !f.visibleWhen || ConditionEvaluator::isTrue(*f.visibleWhen, [this](const QString& id) {
        return lookup(id);
    });
}

bool FormState::isRequired(const FormField& f) const
{
    if (!f.requiredWhen)
        return f.required;
    return ConditionEvaluator::isTrue(
        *f.requiredWhen, [this](const QString& id) { return lookup(id); });
}

FieldError::Code FormState::check(const FormField& f) const
{
    if (!f.holdsValue() || !isVisible(f))
        return FieldError::None;
    return FieldValidator::validate(f, value(f.id), isRequired(f), m_today);
}

QString FormState::serverError(const QString& fieldId) const
{
    const QStringList messages = m_serverErrors.value(fieldId);
    return messages.isEmpty() ? QString() : messages.join(QLatin1Char(' '));
}

QList<FormState::Issue> FormState::validatePage(int pageIndex) const
{
    QList<Issue> issues;
    if (!isPageVisible(pageIndex))
        return issues;
    const FormPage& page = m_schema.pages.at(pageIndex);
    for (const FormField& f : page.fields) {
        const FieldError::Code code = check(f);
        if (code != FieldError::None)
            issues.append({ f.id, code, {} });
        else if (isVisible(f) && m_serverErrors.contains(f.id))
            issues.append({ f.id, FieldError::None, serverError(f.id) });
    }
    for (const PostCondition& post : page.postConditions) {
        if (!ConditionEvaluator::isTrue(
                *post.condition, [this](const QString& id) { return lookup(id); }))
            issues.append({ {}, FieldError::None, post.error });
    }
    // The city reports a failed post-condition as errors["page:<page id>"].
    const QString pageKey = QStringLiteral("page:") + page.id;
    if (issues.isEmpty() && m_serverErrors.contains(pageKey))
        issues.append({ {}, FieldError::None, serverError(pageKey) });
    return issues;
}

QList<FormState::Issue> FormState::validateAll() const
{
    QList<Issue> issues;
    for (int p = 0; p < m_schema.pages.size(); ++p)
        issues += validatePage(p);
    return issues;
}

int FormState::firstPage() const
{
    return nextPage(-1);
}

int FormState::nextPage(int from) const
{
    for (int p = from + 1; p < m_schema.pages.size(); ++p) {
        if (isPageVisible(p))
            return p;
    }
    return -1;
}

int FormState::previousPage(int from) const
{
    for (int p = from - 1; p >= 0; --p) {
        if (isPageVisible(p))
            return p;
    }
    return -1;
}

QList<int> FormState::visiblePages() const
{
    QList<int> pages;
    for (int p = nextPage(-1); p >= 0; p = nextPage(p))
        pages.append(p);
    return pages;
}

QString FormState::displayValue(const FormField& f) const
{
    const QJsonValue v = value(f.id);
    switch (f.type) {
    case FieldType::Item:
        return optionLabel(f, v.toString());
    case FieldType::Items: {
        QStringList labels;
        for (const QJsonValue& item : v.toArray())
            labels.append(optionLabel(f, item.toString()));
        return labels.join(QStringLiteral(", "));
    }
    case FieldType::Bool:
        return v.toBool() ? QCoreApplication::translate("FormState", "Oui")
                          : QCoreApplication::translate("FormState", "Non");
    case FieldType::Date: {
        const QDate date = QDate::fromString(v.toString(), QStringLiteral("yyyy-MM-dd"));
        return date.isValid() ? QLocale().toString(date, QStringLiteral("dd/MM/yyyy"))
                              : v.toString();
    }
    case FieldType::File:
        return v.toObject().value(QLatin1String("name")).toString();
    default:
        return asSubmitted(f, v).toString();
    }
}

QList<FormState::ReviewEntry> FormState::review() const
{
    QList<ReviewEntry> entries;
    for (int p : visiblePages()) {
        const FormPage& page = m_schema.pages.at(p);
        for (const FormField& f : page.fields) {
            if (!f.holdsValue() || !isVisible(f))
                continue;
            const QJsonValue v = value(f.id);
            if (FieldValidator::isMissing(v) && f.type != FieldType::Bool)
                continue;
            entries.append({ page.title, f.id, f.label, displayValue(f), sourceOf(f.id) });
        }
    }
    return entries;
}

int FormState::totalPriceCents() const
{
    int total = 0;
    for (const FormPage& page : m_schema.pages) {
        for (const FormField& f : page.fields) {
            if ((f.type != FieldType::Item && f.type != FieldType::Items) || !isVisible(f))
                continue;
            const QJsonValue v = value(f.id);
            const QJsonArray chosen = v.isArray() ? v.toArray() : QJsonArray { v };
            for (const FieldOption& option : f.options) {
                if (chosen.contains(QJsonValue(option.value)))
                    total += option.priceCents;
            }
        }
    }
    return total;
}

QJsonObject FormState::payload() const
{
    QJsonObject data;
    for (int p : visiblePages()) {
        for (const FormField& f : m_schema.pages.at(p).fields) {
            if (!f.holdsValue() || !isVisible(f))
                continue;
            const QJsonValue v = effectiveValue(f.id);
            if (f.type != FieldType::Bool && FieldValidator::isMissing(v))
                continue;
            data.insert(
                f.id, f.type == FieldType::Bool ? QJsonValue(v.toBool()) : asSubmitted(f, v));
        }
    }
    return data;
}
