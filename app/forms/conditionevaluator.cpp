// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditionevaluator.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace {

/** A number, or a string that parses as one (field values arrive as strings). */
std::optional<double> asNumber(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

bool compare(Expression::Compare op, const QJsonValue& left, const QJsonValue& right)
{
    using C = Expression::Compare;
    if (left.isNull() || right.isNull() || left.isUndefined() || right.isUndefined()) {
        const bool bothNull
            = (left.isNull() || left.isUndefined()) && (right.isNull() || right.isUndefined());
        if (op == C::Equal)
            return bothNull;
        if (op == C::NotEqual)
            return !bothNull;
        return false; // null is not ordered
    }
    int order = 0;
    bool ordered = true;
    if (left.isDouble() || right.isDouble()) {
        // A string that does not parse as a number makes the whole comparison false.
        const std::optional<double> a = asNumber(left);
        const std::optional<double> b = asNumber(right);
        if (!a || !b)
            return false;
        order = *a < *b ? -1 : (*a > *b ? 1 : 0);
    } else if (left.isString() && right.isString()) {
        order = QString::compare(left.toString(), right.toString(), Qt::CaseSensitive);
    } else if (left.isBool() && right.isBool()) {
        order = int(left.toBool()) - int(right.toBool());
    } else {
        ordered = false; // arrays, or two different kinds: only (in)equality makes sense
        order = left == right ? 0 : 1;
    }
    switch (op) {
    case C::Equal:
        return order == 0;
    case C::NotEqual:
        return order != 0;
    case C::Less:
        return ordered && order < 0;
    case C::LessEqual:
        return ordered && order <= 0;
    case C::Greater:
        return ordered && order > 0;
    case C::GreaterEqual:
        return ordered && order >= 0;
    }
    return false;
}

QJsonValue arithmetic(bool add, const QJsonValue& left, const QJsonValue& right)
{
    const std::optional<double> a = asNumber(left);
    const std::optional<double> b = asNumber(right);
    if (a && b)
        return add ? *a + *b : *a - *b;
    if (add && (left.isString() || right.isString()) && !left.isNull() && !right.isNull())
        return left.toVariant().toString() + right.toVariant().toString();
    return QJsonValue(QJsonValue::Null);
}

QJsonValue call(Expression::Function function, const QJsonValue& first, const QJsonValue& second)
{
    switch (function) {
    case Expression::Function::Empty:
        return first.isNull() || first.isUndefined()
            || (first.isString() && first.toString().isEmpty())
            || (first.isArray() && first.toArray().isEmpty());
    case Expression::Function::Len:
        if (first.isString())
            return double(first.toString().size());
        if (first.isArray())
            return double(first.toArray().size());
        return 0.0;
    case Expression::Function::Contains:
        if (first.isArray())
            return first.toArray().contains(second);
        if (first.isString() && second.isString())
            return first.toString().contains(second.toString());
        return false;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue ConditionEvaluator::evaluate(const Expression& e, const Lookup& lookup)
{
    using K = Expression::Kind;
    switch (e.kind) {
    case K::Literal:
        return e.literal;
    case K::Field: {
        const QJsonValue value = lookup ? lookup(e.name) : QJsonValue();
        return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    }
    case K::Not:
        return !truthy(evaluate(*e.operands[0], lookup));
    case K::And:
        return truthy(evaluate(*e.operands[0], lookup)) && truthy(evaluate(*e.operands[1], lookup));
    case K::Or:
        return truthy(evaluate(*e.operands[0], lookup)) || truthy(evaluate(*e.operands[1], lookup));
    case K::Compare:
        return compare(
            e.compare, evaluate(*e.operands[0], lookup), evaluate(*e.operands[1], lookup));
    case K::Add:
    case K::Subtract:
        return arithmetic(
            e.kind == K::Add, evaluate(*e.operands[0], lookup), evaluate(*e.operands[1], lookup));
    case K::Call:
        return call(e.function, evaluate(*e.operands[0], lookup),
            e.operands.size() > 1 ? evaluate(*e.operands[1], lookup) : QJsonValue());
    }
    return QJsonValue(QJsonValue::Null);
}

bool ConditionEvaluator::isTrue(const Expression& expression, const Lookup& lookup)
{
    return truthy(evaluate(expression, lookup));
}

bool ConditionEvaluator::truthy(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    default:
        return false;
    }
}
