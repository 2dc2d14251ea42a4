// SPDX-License-Identifier: GPL-3.0-or-later
#include "formmodel.h"

#include "fieldvalidator.h"
#include "inputkind.h"
#include "logging/logcategories.h"

#include <QDate>
#include <QJsonArray>

namespace {

QString typeName(FieldType type)
{
    static const char* const names[] = { "string", "text", "email", "date", "item", "items", "bool",
        "file", "title", "comment", "computed" };
    return QString::fromLatin1(names[int(type)]);
}

/** QML hands us QVariants; the form keeps the JSON shape the contract submits. */
QJsonValue toJson(const FormField& field, const QVariant& value)
{
    if (field.type == FieldType::Date && value.metaType().id() == QMetaType::QDate)
        return value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    if (field.type == FieldType::Bool)
        return value.toBool();
    if (field.type == FieldType::Items)
        return QJsonArray::fromStringList(value.toStringList());
    return QJsonValue::fromVariant(value);
}

} // namespace

FormModel::FormModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void FormModel::setSchema(const FormSchema& schema)
{
    beginResetModel();
    m_state = FormState(schema);
    m_page = m_state.firstPage();
    m_shown.clear();
    endResetModel();
    emit schemaChanged();
    emit pageChanged();
    emit errorsChanged();
    emit valuesChanged();
}

void FormModel::replaceSchema(const FormSchema& schema)
{
    const QString page = pageId();
    beginResetModel();
    m_state.replaceSchema(schema);
    m_page = m_state.firstPage();
    for (int p = 0; p < schema.pages.size(); ++p) {
        if (schema.pages.at(p).id == page && m_state.isPageVisible(p))
            m_page = p;
    }
    if (!m_shown.isEmpty())
        m_shown = m_state.validatePage(m_page); // post-condition texts in the new language
    endResetModel();
    emit schemaChanged();
    emit pageChanged();
    emit errorsChanged();
}

void FormModel::applyPrefill(
    const VerifiedIdentity& identity, const QHash<QString, QString>& profile)
{
    m_state.applyPrefill(identity, profile);
    refreshRows();
    emit valuesChanged();
}

void FormModel::applyServerErrors(const QHash<QString, QStringList>& errors)
{
    m_state.setServerErrors(errors);
    int target = -1;
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        int page = m_state.locate(it.key()).first;
        if (it.key().startsWith(QLatin1String("page:"))) {
            const QString id = it.key().mid(5);
            for (int p = 0; p < m_state.schema().pages.size(); ++p) {
                if (m_state.schema().pages.at(p).id == id)
                    page = p;
            }
        }
        if (page >= 0 && (target < 0 || page < target))
            target = page;
    }
    if (target >= 0)
        goTo(target);
    m_shown = m_state.validatePage(m_page);
    refreshRows();
    emit errorsChanged();
}

const FormField* FormModel::fieldAt(int row) const
{
    if (m_page < 0 || row < 0 || row >= m_state.schema().pages.at(m_page).fields.size())
        return nullptr;
    return &m_state.schema().pages.at(m_page).fields.at(row);
}

int FormModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_page < 0)
        return 0;
    return m_state.schema().pages.at(m_page).fields.size();
}

QVariant FormModel::data(const QModelIndex& index, int role) const
{
    const FormField* field = fieldAt(index.row());
    if (!field)
        return {};
    switch (role) {
    case IdRole:
        return field->id;
    case TypeRole:
        return typeName(field->type);
    case LabelRole:
        return field->label;
    case HintRole:
        return field->hint;
    case ValueRole:
        return m_state.value(field->id).toVariant();
    case RequiredRole:
        return m_state.isRequired(*field);
    case VisibleRole:
        return m_state.isVisible(*field);
    case LockedRole:
        return m_state.isLocked(field->id) || field->type == FieldType::Computed;
    case SourceRole:
        return sourceName(m_state.sourceOf(field->id));
    case SourceLabelRole:
        return sourceLabel(m_state.sourceOf(field->id));
    case ErrorRole:
        for (const FormState::Issue& issue : m_shown) {
            if (issue.fieldId == field->id)
                return issue.code != FieldError::None
                    ? FieldError::message(issue.code, *field, m_state.today())
                    : issue.text;
        }
        return QString();
    case OptionsRole: {
        QVariantList options;
        for (const FieldOption& option : field->options)
            options.append(QVariantMap { { QStringLiteral("value"), option.value },
                { QStringLiteral("label"), option.label },
                { QStringLiteral("priceCents"), option.priceCents } });
        return options;
    }
    case InputKindRole:
        return inputKindName(inputKindOf(*field));
    default:
        return {};
    }
}

QHash<int, QByteArray> FormModel::roleNames() const
{
    return { { IdRole, "fieldId" }, { TypeRole, "type" }, { LabelRole, "label" },
        { HintRole, "hint" }, { ValueRole, "value" }, { RequiredRole, "required" },
        { VisibleRole, "visible" }, { LockedRole, "locked" }, { SourceRole, "source" },
        { SourceLabelRole, "sourceLabel" }, { ErrorRole, "error" }, { OptionsRole, "options" },
        { InputKindRole, "inputKind" } };
}

QString FormModel::pageId() const
{
    return m_page >= 0 ? m_state.schema().pages.at(m_page).id : QString();
}

QString FormModel::pageTitle() const
{
    return m_page >= 0 ? m_state.schema().pages.at(m_page).title : QString();
}

int FormModel::pageNumber() const
{
    return m_state.visiblePages().indexOf(m_page) + 1;
}

int FormModel::pageCount() const
{
    return m_state.visiblePages().size();
}

QVariantList FormModel::errors() const
{
    QVariantList out;
    for (const FormState::Issue& issue : m_shown) {
        const FormField* field = m_state.field(issue.fieldId);
        QString message = issue.text;
        if (field && issue.code != FieldError::None)
            message = FieldError::message(issue.code, *field, m_state.today());
        if (field) // "Label: message", so the summary reads on its own
            message = tr("%1 : %2").arg(field->label, message);
        out.append(QVariantMap {
            { QStringLiteral("fieldId"), issue.fieldId }, { QStringLiteral("message"), message } });
    }
    return out;
}

bool FormModel::setValue(const QString& fieldId, const QVariant& value)
{
    const FormField* field = m_state.field(fieldId);
    if (!field || !m_state.setValue(fieldId, toJson(*field, value)))
        return false;
    // Once errors are shown, keep them current as the citizen corrects the page.
    if (!m_shown.isEmpty()) {
        m_shown = m_state.validatePage(m_page);
        emit errorsChanged();
    }
    refreshRows(); // visibility, requirement and computed values may all depend on this one
    emit valuesChanged();
    emit pageChanged(); // page conditions may have changed the page count
    return true;
}

bool FormModel::validatePage()
{
    m_shown = m_state.validatePage(m_page);
    refreshRows();
    emit errorsChanged();
    return m_shown.isEmpty();
}

bool FormModel::next()
{
    if (!validatePage())
        return false;
    const int next = m_state.nextPage(m_page);
    if (next < 0)
        return false;
    goTo(next);
    return true;
}

bool FormModel::back()
{
    const int previous = m_state.previousPage(m_page);
    if (previous < 0)
        return false;
    goTo(previous);
    return true;
}

bool FormModel::validateAll()
{
    for (int page : m_state.visiblePages()) {
        if (m_state.validatePage(page).isEmpty())
            continue;
        goTo(page);
        validatePage();
        return false;
    }
    return true;
}

void FormModel::goTo(int page)
{
    if (page == m_page)
        return;
    beginResetModel();
    m_page = page;
    m_shown.clear();
    endResetModel();
    emit pageChanged();
    emit errorsChanged();
}

void FormModel::refreshRows()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

int FormModel::rowOf(const QString& fieldId) const
{
    const QPair<int, int> where = m_state.locate(fieldId);
    return where.first == m_page ? where.second : -1;
}

QVariantList FormModel::reviewSummary() const
{
    QVariantList out;
    for (const FormState::ReviewEntry& entry : m_state.review())
        out.append(QVariantMap { { QStringLiteral("pageTitle"), entry.pageTitle },
            { QStringLiteral("fieldId"), entry.fieldId }, { QStringLiteral("label"), entry.label },
            { QStringLiteral("value"), entry.value },
            { QStringLiteral("source"), sourceName(entry.source) },
            { QStringLiteral("sourceLabel"), sourceLabel(entry.source) } });
    return out;
}

QJsonObject FormModel::draft() const
{
    // The card's values are not the citizen's to keep: they come back from the card.
    QJsonObject values = m_state.values();
    for (auto it = values.begin(); it != values.end();) {
        if (m_state.sourceOf(it.key()) == FormState::Source::Eid)
            it = values.erase(it);
        else
            ++it;
    }
    return { { QStringLiteral("values"), values }, { QStringLiteral("page"), pageId() },
        { QStringLiteral("schema_version"), m_state.schema().version } };
}

void FormModel::restoreDraft(const QJsonObject& draft)
{
    beginResetModel();
    m_state.setValues(draft.value(QLatin1String("values")).toObject());
    const QString page = draft.value(QLatin1String("page")).toString();
    for (int p = 0; p < m_state.schema().pages.size(); ++p) {
        if (m_state.schema().pages.at(p).id == page && m_state.isPageVisible(p))
            m_page = p;
    }
    m_shown.clear();
    endResetModel();
    emit pageChanged();
    emit errorsChanged();
    emit valuesChanged();
}

QString FormModel::sourceName(FormState::Source source)
{
    switch (source) {
    case FormState::Source::Eid:
        return QStringLiteral("eid");
    case FormState::Source::Profile:
        return QStringLiteral("profile");
    case FormState::Source::None:
        break;
    }
    return {};
}

QString FormModel::sourceLabel(FormState::Source source)
{
    switch (source) {
    case FormState::Source::Eid:
        return tr("carte d'identité");
    case FormState::Source::Profile:
        return tr("profil");
    case FormState::Source::None:
        break;
    }
    return {};
}

void FormModel::retranslate()
{
    refreshRows();
    emit errorsChanged();
    emit valuesChanged();
}
