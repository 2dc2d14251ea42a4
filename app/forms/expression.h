// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

/**
 * One node of a parsed condition or computed-field expression (docs/api/form-schema.md,
 * "Expressions"). Immutable once parsed, so a schema's expressions are shared freely between
 * models and threads.
 */
struct Expression
{
    enum class Kind { Literal, Field, Not, And, Or, Compare, Add, Subtract, Call };
    enum class Compare { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };
    enum class Function { Empty, Len, Contains };

    Kind kind = Kind::Literal;
    QJsonValue literal; // Literal
    QString name; // Field: the field id
    Compare compare = Compare::Equal;
    Function function = Function::Empty;
    std::vector<std::shared_ptr<const Expression>> operands;

    /** Every field id the expression reads, so a schema can refuse unknown names. */
    QStringList fieldNames() const;
};

using ExpressionPtr = std::shared_ptr<const Expression>;

/** Where and why an expression does not follow the grammar; position is a 0-based offset. */
struct ExpressionError
{
    int position = -1;
    QString message; // English, for logs and the schema-refusal details; not user text

    bool isError() const { return position >= 0; }
};
