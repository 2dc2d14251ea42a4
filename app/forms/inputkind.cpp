// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputkind.h"

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/** "[0-9]", "[1-9]", "[05-8]": a class of digits and digit ranges only (no negation). */
bool readDigitClass(const QString& p, int& i)
{
    ++i; // '['
    if (i >= p.size() || p.at(i) == QLatin1Char('^') || p.at(i) == QLatin1Char(']'))
        return false;
    while (i < p.size() && p.at(i) != QLatin1Char(']')) {
        const QChar c = p.at(i);
        if (c == QLatin1Char('-')) {
            // A range: between two digits only.
            if (i + 1 >= p.size() || !isDigit(p.at(i - 1)) || !isDigit(p.at(i + 1)))
                return false;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= p.size() || p.at(i + 1) != QLatin1Char('d'))
                return false;
            ++i;
        } else if (!isDigit(c)) {
            return false;
        }
        ++i;
    }
    if (i >= p.size())
        return false; // no closing ']'
    ++i;
    return true;
}

/** "{4}", "{2,}", "{1,3}". */
bool readCount(const QString& p, int& i)
{
    ++i; // '{'
    bool digits = false;
    while (i < p.size() && p.at(i) != QLatin1Char('}')) {
        if (isDigit(p.at(i)))
            digits = true;
        else if (p.at(i) != QLatin1Char(','))
            return false;
        ++i;
    }
    if (i >= p.size() || !digits)
        return false;
    ++i;
    return true;
}

} // namespace

bool patternIsDigitsOnly(const QString& p)
{
    bool matchesSomething = false;
    int i = 0;
    while (i < p.size()) {
        const QChar c = p.at(i);
        if (isDigit(c)) {
            matchesSomething = true;
            ++i;
        } else if (c == QLatin1Char('[')) {
            if (!readDigitClass(p, i))
                return false;
            matchesSomething = true;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= p.size() || p.at(i + 1) != QLatin1Char('d'))
                return false;
            matchesSomething = true;
            i += 2;
        } else if (c == QLatin1Char('{')) {
            if (!readCount(p, i))
                return false;
        } else if (c == QLatin1Char('(')) {
            ++i;
            if (p.mid(i, 2) == QLatin1String("?:"))
                i += 2;
        } else if (c == QLatin1Char(')') || c == QLatin1Char('|') || c == QLatin1Char('?')
            || c == QLatin1Char('*') || c == QLatin1Char('+')) {
            ++i;
        } else {
            return false; // '.', letters, other escapes, anchors: not only digits
        }
    }
    return matchesSomething;
}

InputKind inputKindOf(const FormField& field)
{
    switch (field.type) {
    case FieldType::Date:
        return InputKind::Date;
    case FieldType::Email:
        return InputKind::Email;
    case FieldType::String:
        break;
    default:
        return InputKind::Text; // text areas, choices, files, computed values
    }
    switch (field.validation.type) {
    case FieldValidation::Type::Digits:
        return InputKind::Digits;
    case FieldValidation::Type::NationalNumber:
        return InputKind::NationalNumber;
    case FieldValidation::Type::Phone:
        return InputKind::Phone;
    case FieldValidation::Type::Email:
        return InputKind::Email;
    case FieldValidation::Type::Regex:
        if (!patternIsDigitsOnly(field.validation.pattern))
            return InputKind::Text;
        // The contract's name for a postcode is the prefill attribute `zip`.
        return field.prefill.attribute == QLatin1String("zip") ? InputKind::Postcode
                                                               : InputKind::Digits;
    default:
        return InputKind::Text;
    }
}

QString inputKindName(InputKind kind)
{
    switch (kind) {
    case InputKind::Email:
        return QStringLiteral("email");
    case InputKind::Digits:
        return QStringLiteral("digits");
    case InputKind::Postcode:
        return QStringLiteral("postcode");
    case InputKind::NationalNumber:
        return QStringLiteral("nrn-be");
    case InputKind::Phone:
        return QStringLiteral("phone");
    case InputKind::Date:
        return QStringLiteral("date");
    case InputKind::Text:
        break;
    }
    return QStringLiteral("text");
}
