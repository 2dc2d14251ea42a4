// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderror.h"

#include <QDate>
#include <QJsonValue>
#include <QString>

struct FormField;

/**
 * The validators of docs/api/form-schema.md, identical to the server's, so a form the app
 * accepts is accepted by the city. Pure functions: `today` is passed in so tests control it.
 */
class FieldValidator
{
public:
    /** Checks value for field; `required` is the field's effective requirement right now. */
    static FieldError::Code validate(
        const FormField& field, const QJsonValue& value, bool required, const QDate& today);

    static bool isMissing(const QJsonValue& value);
    static bool isValidEmail(const QString& text);
    static bool isValidBelgianPhone(const QString& text);
    static bool isValidIban(const QString& text);
    /** National Register or BIS number, births before or from 2000. */
    static bool isValidNationalNumber(const QString& text);
    /** Resolves a schema date bound ("today" or YYYY-MM-DD); invalid QDate when unbounded. */
    static QDate resolveBound(const QString& bound, const QDate& today);
};
