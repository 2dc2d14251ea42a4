// SPDX-License-Identifier: GPL-3.0-or-later
#include "formschema.h"

#include "expressionparser.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {

const QStringList& eidAttributes()
{
    static const QStringList names { QStringLiteral("surname"), QStringLiteral("first_names"),
        QStringLiteral("national_number"), QStringLiteral("birth_date"),
        QStringLiteral("birth_place"), QStringLiteral("nationality"), QStringLiteral("sex"),
        QStringLiteral("street_and_number"), QStringLiteral("zip"),
        QStringLiteral("municipality") };
    return names;
}

const QStringList& profileAttributes()
{
    static const QStringList names { QStringLiteral("email"), QStringLiteral("phone"),
        QStringLiteral("surname"), QStringLiteral("first_names"),
        QStringLiteral("street_and_number"), QStringLiteral("zip"), QStringLiteral("municipality"),
        QStringLiteral("iban") };
    return names;
}

std::optional<FieldType> fieldTypeNamed(const QString& name)
{
    static const QList<QPair<QString, FieldType>> types {
        { QStringLiteral("string"), FieldType::String },
        { QStringLiteral("text"), FieldType::Text },
        { QStringLiteral("email"), FieldType::Email },
        { QStringLiteral("date"), FieldType::Date },
        { QStringLiteral("item"), FieldType::Item },
        { QStringLiteral("items"), FieldType::Items },
        { QStringLiteral("bool"), FieldType::Bool },
        { QStringLiteral("file"), FieldType::File },
        { QStringLiteral("title"), FieldType::Title },
        { QStringLiteral("comment"), FieldType::Comment },
        { QStringLiteral("computed"), FieldType::Computed },
    };
    for (const auto& [text, type] : types) {
        if (text == name)
            return type;
    }
    return std::nullopt;
}

std::optional<FieldValidation::Type> validationNamed(const QString& name)
{
    using T = FieldValidation::Type;
    static const QList<QPair<QString, T>> types { { QStringLiteral("nrn-be"), T::NationalNumber },
        { QStringLiteral("iban"), T::Iban }, { QStringLiteral("regex"), T::Regex },
        { QStringLiteral("digits"), T::Digits }, { QStringLiteral("phone"), T::Phone },
        { QStringLiteral("email"), T::Email } };
    for (const auto& [text, type] : types) {
        if (text == name)
            return type;
    }
    return std::nullopt;
}

bool isDateBound(const QString& bound)
{
    return bound.isEmpty() || bound == QLatin1String("today")
        || QDate::fromString(bound, Qt::ISODate).isValid();
}

/** Collects the first fault; every parse step bails out as soon as one is recorded. */
struct Faults
{
    QString first;
    bool add(const QString& message)
    {
        if (first.isEmpty())
            first = message;
        return false;
    }
};

ExpressionPtr parseExpression(const QString& text, const QString& where, Faults* faults)
{
    ExpressionError error;
    ExpressionPtr parsed = ExpressionParser::parse(text, &error);
    if (!parsed)
        faults->add(QStringLiteral("%1: syntax error at %2: %3")
                        .arg(where)
                        .arg(error.position)
                        .arg(error.message));
    return parsed;
}

bool parseField(const QJsonObject& json, FormField* field, Faults* faults)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    field->id = json.value(QLatin1String("id")).toString();
    if (!idPattern.match(field->id).hasMatch())
        return faults->add(QStringLiteral("invalid field id '%1'").arg(field->id));
    const std::optional<FieldType> type
        = fieldTypeNamed(json.value(QLatin1String("type")).toString());
    if (!type)
        return faults->add(QStringLiteral("field %1: unknown type").arg(field->id));
    field->type = *type;
    field->label = json.value(QLatin1String("label")).toString();
    field->hint = json.value(QLatin1String("hint")).toString();
    field->required = json.value(QLatin1String("required")).toBool(false);

    const QJsonObject validation = json.value(QLatin1String("validation")).toObject();
    if (!validation.isEmpty()) {
        const auto vtype = validationNamed(validation.value(QLatin1String("type")).toString());
        if (!vtype)
            return faults->add(QStringLiteral("field %1: unknown validation").arg(field->id));
        field->validation.type = *vtype;
        field->validation.pattern = validation.value(QLatin1String("pattern")).toString();
        field->validation.minLength = validation.value(QLatin1String("min_length")).toInt(-1);
        field->validation.maxLength = validation.value(QLatin1String("max_length")).toInt(-1);
        if (*vtype == FieldValidation::Type::Regex
            && !QRegularExpression(field->validation.pattern).isValid())
            return faults->add(QStringLiteral("field %1: invalid pattern").arg(field->id));
    }
    field->min = json.value(QLatin1String("min")).toString();
    field->max = json.value(QLatin1String("max")).toString();
    if (!isDateBound(field->min) || !isDateBound(field->max))
        return faults->add(QStringLiteral("field %1: invalid date bound").arg(field->id));

    for (const QJsonValue& option : json.value(QLatin1String("options")).toArray()) {
        const QJsonObject o = option.toObject();
        field->options.append({ o.value(QLatin1String("value")).toString(),
            o.value(QLatin1String("label")).toString(),
            o.value(QLatin1String("price_cents")).toInt(0) });
    }
    if ((field->type == FieldType::Item || field->type == FieldType::Items)
        && field->options.isEmpty())
        return faults->add(QStringLiteral("field %1: no options").arg(field->id));

    const QJsonObject prefill = json.value(QLatin1String("prefill")).toObject();
    if (!prefill.isEmpty()) {
        const QString source = prefill.value(QLatin1String("source")).toString();
        const QString attribute = prefill.value(QLatin1String("attribute")).toString();
        const bool eid = source == QLatin1String("eid");
        if (!(eid ? eidAttributes() : profileAttributes()).contains(attribute)
            || (!eid && source != QLatin1String("profile")))
            return faults->add(QStringLiteral("field %1: invalid prefill").arg(field->id));
        field->prefill.source = eid ? FieldPrefill::Source::Eid : FieldPrefill::Source::Profile;
        field->prefill.attribute = attribute;
        field->prefill.locked = prefill.value(QLatin1String("locked")).toBool(false);
    }

    const QJsonObject condition = json.value(QLatin1String("condition")).toObject();
    const QString where = QStringLiteral("field %1").arg(field->id);
    if (condition.contains(QLatin1String("visible"))
        && !(field->visibleWhen
            = parseExpression(condition.value(QLatin1String("visible")).toString(), where, faults)))
        return false;
    if (condition.contains(QLatin1String("required"))
        && !(field->requiredWhen = parseExpression(
                 condition.value(QLatin1String("required")).toString(), where, faults)))
        return false;

    const QJsonObject file = json.value(QLatin1String("file")).toObject();
    field->fileMaxBytes = qint64(file.value(QLatin1String("max_bytes")).toDouble(-1));
    for (const QJsonValue& type : file.value(QLatin1String("types")).toArray())
        field->fileTypes.append(type.toString());
    if (field->type == FieldType::Computed
        && !(field->expression
            = parseExpression(json.value(QLatin1String("expression")).toString(), where, faults)))
        return false;
    return true;
}

bool parsePage(const QJsonObject& json, FormPage* page, Faults* faults)
{
    page->id = json.value(QLatin1String("id")).toString();
    page->title = json.value(QLatin1String("title")).toString();
    const QString where = QStringLiteral("page %1").arg(page->id);
    if (json.contains(QLatin1String("condition"))
        && !(page->condition
            = parseExpression(json.value(QLatin1String("condition")).toString(), where, faults)))
        return false;
    for (const QJsonValue& value : json.value(QLatin1String("fields")).toArray()) {
        FormField field;
        if (!parseField(value.toObject(), &field, faults))
            return false;
        page->fields.append(field);
    }
    for (const QJsonValue& value : json.value(QLatin1String("post_conditions")).toArray()) {
        const QJsonObject o = value.toObject();
        PostCondition post;
        post.error = o.value(QLatin1String("error")).toString();
        if (!(post.condition
                = parseExpression(o.value(QLatin1String("condition")).toString(), where, faults)))
            return false;
        page->postConditions.append(post);
    }
    return true;
}

/** Every name an expression reads must be a field of the schema. */
bool checkNames(const ExpressionPtr& expression, const QSet<QString>& ids, Faults* faults)
{
    if (!expression)
        return true;
    for (const QString& name : expression->fieldNames()) {
        if (!ids.contains(name))
            return faults->add(QStringLiteral("unknown field '%1' in an expression").arg(name));
    }
    return true;
}

} // namespace

std::optional<FormSchema> FormSchema::fromJson(const QJsonObject& json, QString* error)
{
    FormSchema schema;
    Faults faults;
    schema.slug = json.value(QLatin1String("slug")).toString();
    schema.version = json.value(QLatin1String("version")).toInt();
    schema.title = json.value(QLatin1String("title")).toString();
    const QJsonArray pages = json.value(QLatin1String("pages")).toArray();
    if (pages.isEmpty())
        faults.add(QStringLiteral("no pages"));
    for (const QJsonValue& value : pages) {
        FormPage page;
        if (!parsePage(value.toObject(), &page, &faults))
            break;
        schema.pages.append(page);
    }
    QSet<QString> ids;
    for (const FormPage& page : std::as_const(schema.pages)) {
        for (const FormField& field : page.fields) {
            if (ids.contains(field.id))
                faults.add(QStringLiteral("duplicate field id '%1'").arg(field.id));
            ids.insert(field.id);
        }
    }
    for (const FormPage& page : std::as_const(schema.pages)) {
        checkNames(page.condition, ids, &faults);
        for (const PostCondition& post : page.postConditions)
            checkNames(post.condition, ids, &faults);
        for (const FormField& field : page.fields) {
            checkNames(field.visibleWhen, ids, &faults);
            checkNames(field.requiredWhen, ids, &faults);
            checkNames(field.expression, ids, &faults);
        }
    }
    if (!faults.first.isEmpty()) {
        if (error)
            *error = faults.first;
        return std::nullopt;
    }
    return schema;
}

const FormField* FormSchema::field(const QString& id) const
{
    for (const FormPage& page : pages) {
        for (const FormField& f : page.fields) {
            if (f.id == id)
                return &f;
        }
    }
    return nullptr;
}

int FormSchema::fieldCount() const
{
    int count = 0;
    for (const FormPage& page : pages)
        count += page.fields.size();
    return count;
}
