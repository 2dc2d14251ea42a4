// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expression.h"

/**
 * Turns expression text into an Expression tree by recursive descent over exactly the
 * grammar of docs/api/form-schema.md. Returns null and fills *error (with the offset of the
 * offending character) on any syntax error, so a bad schema is refused as a whole.
 */
class ExpressionParser
{
public:
    static ExpressionPtr parse(const QString& text, ExpressionError* error);
};
