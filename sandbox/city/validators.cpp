// SPDX-License-Identifier: GPL-3.0-or-later
#include "validators.h"

#include <QRegularExpression>

bool isValidEmail(const QString& value)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (value.count(QLatin1Char('@')) != 1 || value.contains(space))
        return false;
    const int at = value.indexOf(QLatin1Char('@'));
    const QString domain = value.mid(at + 1);
    return at > 0 && domain.contains(QLatin1Char('.'));
}

bool isDigits(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    return re.match(value).hasMatch();
}

bool isValidNrn(const QString& value)
{
    QString digits = value;
    digits.remove(QRegularExpression(QStringLiteral("[.\\- ]")));
    if (digits.size() != 11 || !isDigits(digits))
        return false;
    const qint64 body = digits.left(9).toLongLong();
    const int check = digits.right(2).toInt();
    // Born before 2000: 97 - (body mod 97); from 2000 the body is prefixed with 2. BIS
    // numbers (month + 20 or + 40) use the same checks, so either century may match.
    const bool before2000 = 97 - int(body % 97) == check;
    const bool from2000 = 97 - int((2000000000LL + body) % 97) == check;
    // form-schema.md checks the digits only (as the app does), not the date they encode.
    return before2000 || from2000;
}

bool isValidIban(const QString& value)
{
    QString iban = value.toUpper();
    iban.remove(QLatin1Char(' '));
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!shape.match(iban).hasMatch())
        return false;
    if (iban.startsWith(QLatin1String("BE")) && iban.size() != 16)
        return false;
    const QString rotated = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rotated) {
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = v >= 10 ? (remainder * 100 + v) % 97 : (remainder * 10 + v) % 97;
    }
    return remainder == 1;
}

bool isValidBelgianPhone(const QString& value)
{
    QString v = value;
    v.remove(QRegularExpression(QStringLiteral("[ ./\\-]")));
    static const QRegularExpression re(
        QStringLiteral("^(0[1-9][0-9]{7,8}|\\+32[1-9][0-9]{7,8}|0032[1-9][0-9]{7,8})$"));
    return re.match(v).hasMatch();
}

QDate parseIsoDate(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!re.match(value).hasMatch())
        return {};
    return QDate::fromString(value, Qt::ISODate);
}
