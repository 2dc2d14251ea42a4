// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expression.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** The field kinds of docs/api/form-schema.md. Title and Comment only display their label. */
enum class FieldType {
    String,
    Text,
    Email,
    Date,
    Item,
    Items,
    Bool,
    File,
    Title,
    Comment,
    Computed
};

struct FieldOption
{
    QString value;
    QString label;
    int priceCents = 0;
};

struct FieldValidation
{
    enum class Type { None, NationalNumber, Iban, Regex, Digits, Phone, Email };
    Type type = Type::None;
    QString pattern; // Regex only, matched against the whole value
    int minLength = -1;
    int maxLength = -1;
};

struct FieldPrefill
{
    enum class Source { None, Eid, Profile };
    Source source = Source::None;
    QString attribute;
    bool locked = false;
};

struct FormField
{
    QString id;
    FieldType type = FieldType::String;
    QString label;
    QString hint;
    bool required = false;
    FieldValidation validation;
    QString min; // dates: YYYY-MM-DD or "today"; empty = unbounded
    QString max;
    QList<FieldOption> options;
    FieldPrefill prefill;
    ExpressionPtr visibleWhen; // null = always visible
    ExpressionPtr requiredWhen; // null = `required` decides
    qint64 fileMaxBytes = -1;
    QStringList fileTypes;
    ExpressionPtr expression; // Computed only

    /** Whether the field carries a value the citizen (or an expression) provides. */
    bool holdsValue() const { return type != FieldType::Title && type != FieldType::Comment; }
};

struct PostCondition
{
    ExpressionPtr condition;
    QString error;
};

struct FormPage
{
    QString id;
    QString title;
    ExpressionPtr condition; // null = always shown
    QList<FormField> fields;
    QList<PostCondition> postConditions;
};

/**
 * A service's form as served by GET /v1/services/{slug}/schema: pages of fields with their
 * rules, every expression already parsed. A value type: copy it freely.
 */
struct FormSchema
{
    QString slug;
    int version = 0;
    QString title;
    QList<FormPage> pages;

    /** Parses and checks the whole schema; refuses it (nullopt, *error set) on any fault. */
    static std::optional<FormSchema> fromJson(const QJsonObject& json, QString* error);

    const FormField* field(const QString& id) const;
    int fieldCount() const;
};
