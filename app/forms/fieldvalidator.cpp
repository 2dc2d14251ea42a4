// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalidator.h"

#include "formschema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString withoutAny(QString text, const QString& characters)
{
    for (const QChar c : characters)
        text.remove(c);
    return text;
}

bool allDigits(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

FieldError::Code checkText(const FormField& field, const QString& text)
{
    const FieldValidation& v = field.validation;
    if (v.minLength >= 0 && text.size() < v.minLength)
        return FieldError::TooShort;
    if (v.maxLength >= 0 && text.size() > v.maxLength)
        return FieldError::TooLong;
    switch (v.type) {
    case FieldValidation::Type::None:
        break;
    case FieldValidation::Type::Regex: {
        const QRegularExpression re(QRegularExpression::anchoredPattern(v.pattern));
        if (!re.match(text).hasMatch())
            return FieldError::Pattern;
        break;
    }
    case FieldValidation::Type::Digits:
        if (!allDigits(text))
            return FieldError::Digits;
        break;
    case FieldValidation::Type::Email:
        if (!FieldValidator::isValidEmail(text))
            return FieldError::Email;
        break;
    case FieldValidation::Type::Phone:
        if (!FieldValidator::isValidBelgianPhone(text))
            return FieldError::Phone;
        break;
    case FieldValidation::Type::Iban:
        if (!FieldValidator::isValidIban(text))
            return FieldError::Iban;
        break;
    case FieldValidation::Type::NationalNumber:
        if (!FieldValidator::isValidNationalNumber(text))
            return FieldError::NationalNumber;
        break;
    }
    if (field.type == FieldType::Email && !FieldValidator::isValidEmail(text))
        return FieldError::Email;
    return FieldError::None;
}

FieldError::Code checkDate(const FormField& field, const QJsonValue& value, const QDate& today)
{
    const QString text = value.toString();
    // Strict YYYY-MM-DD: Qt::ISODate also accepts forms the server would refuse.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!value.isString() || !shape.match(text).hasMatch() || !date.isValid())
        return FieldError::InvalidDate;
    const QDate min = FieldValidator::resolveBound(field.min, today);
    const QDate max = FieldValidator::resolveBound(field.max, today);
    if (min.isValid() && date < min)
        return FieldError::DateTooEarly;
    if (max.isValid() && date > max)
        return FieldError::DateTooLate;
    return FieldError::None;
}

bool isOption(const FormField& field, const QJsonValue& value)
{
    if (!value.isString())
        return false;
    for (const FieldOption& option : field.options) {
        if (option.value == value.toString())
            return true;
    }
    return false;
}

FieldError::Code checkFile(const FormField& field, const QJsonValue& value)
{
    const QJsonObject file = value.toObject();
    if (!value.isObject() || !file.value(QLatin1String("base64")).isString())
        return FieldError::InvalidValue;
    // Decoded size from the base64 length, without decoding megabytes to count them.
    const QByteArray encoded = file.value(QLatin1String("base64")).toString().toLatin1();
    const qint64 padding = encoded.endsWith("==") ? 2 : (encoded.endsWith('=') ? 1 : 0);
    const qint64 size = encoded.size() / 4 * 3 - padding;
    if (field.fileMaxBytes >= 0 && size > field.fileMaxBytes)
        return FieldError::FileTooLarge;
    if (!field.fileTypes.isEmpty()
        && !field.fileTypes.contains(file.value(QLatin1String("content_type")).toString()))
        return FieldError::FileType;
    return FieldError::None;
}

} // namespace

bool FieldValidator::isMissing(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    case QJsonValue::Double:
        return false;
    default:
        return true; // null or absent
    }
}

FieldError::Code FieldValidator::validate(
    const FormField& field, const QJsonValue& value, bool required, const QDate& today)
{
    if (!field.holdsValue())
        return FieldError::None;
    if (isMissing(value))
        return required ? FieldError::Required : FieldError::None;
    switch (field.type) {
    case FieldType::String:
    case FieldType::Text:
    case FieldType::Email:
        return value.isString() ? checkText(field, value.toString()) : FieldError::InvalidValue;
    case FieldType::Date:
        return checkDate(field, value, today);
    case FieldType::Item:
        return isOption(field, value) ? FieldError::None : FieldError::NotAnOption;
    case FieldType::Items:
        if (!value.isArray())
            return FieldError::NotAnOption;
        for (const QJsonValue& item : value.toArray()) {
            if (!isOption(field, item))
                return FieldError::NotAnOption;
        }
        return FieldError::None;
    case FieldType::Bool:
        return value.isBool() ? FieldError::None : FieldError::InvalidValue;
    case FieldType::File:
        return checkFile(field, value);
    case FieldType::Title:
    case FieldType::Comment:
    case FieldType::Computed:
        return FieldError::None;
    }
    return FieldError::None;
}

bool FieldValidator::isValidEmail(const QString& text)
{
    if (text.count(QLatin1Char('@')) != 1
        || text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return false;
    const int at = text.indexOf(QLatin1Char('@'));
    return at > 0 && text.mid(at + 1).contains(QLatin1Char('.'));
}

bool FieldValidator::isValidBelgianPhone(const QString& text)
{
    static const QRegularExpression phone(QStringLiteral("^(0|\\+32|0032)[1-9][0-9]{7,8}$"));
    return phone.match(withoutAny(text, QStringLiteral(" ./-"))).hasMatch();
}

bool FieldValidator::isValidIban(const QString& text)
{
    const QString iban = withoutAny(text, QStringLiteral(" ")).toUpper();
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!shape.match(iban).hasMatch())
        return false;
    if (iban.startsWith(QLatin1String("BE")) && iban.size() != 16)
        return false;
    // ISO 13616: move the first four characters to the end, letters become 10..35, and the
    // number mod 97 must be 1. Computed piecewise so it never overflows.
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int digit = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = digit >= 10 ? (remainder * 100 + digit) % 97 : (remainder * 10 + digit) % 97;
    }
    return remainder == 1;
}

bool FieldValidator::isValidNationalNumber(const QString& text)
{
    const QString digits = withoutAny(text, QStringLiteral(".- "));
    if (digits.size() != 11 || !allDigits(digits))
        return false;
    const qint64 base = digits.left(9).toLongLong();
    const int check = digits.right(2).toInt();
    // Births before 2000 use the nine digits; from 2000, "2" is prepended. BIS numbers (month
    // + 20 or + 40) follow the same rule, and either century is accepted.
    const bool before2000 = 97 - int(base % 97) == check;
    const bool from2000 = 97 - int((2000000000LL + base) % 97) == check;
    return before2000 || from2000;
}

QDate FieldValidator::resolveBound(const QString& bound, const QDate& today)
{
    if (bound == QLatin1String("today"))
        return today;
    return QDate::fromString(bound, QStringLiteral("yyyy-MM-dd"));
}
