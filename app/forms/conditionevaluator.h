// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expression.h"

#include <functional>

/**
 * Evaluates a parsed expression against the current field values. Values are JSON values as
 * submitted (string, number, bool, array, null); a lookup answers null for a hidden or unset
 * field. Evaluation never throws and never fails: every mismatch has a defined result in the
 * contract (e.g. a string that is not a number compared with a number is false).
 */
class ConditionEvaluator
{
public:
    using Lookup = std::function<QJsonValue(const QString& fieldId)>;

    static QJsonValue evaluate(const Expression& expression, const Lookup& lookup);
    /** Evaluates and applies the contract's truthiness (false, null, 0, '' and [] are false). */
    static bool isTrue(const Expression& expression, const Lookup& lookup);
    static bool truthy(const QJsonValue& value);
};
