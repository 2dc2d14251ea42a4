// SPDX-License-Identifier: GPL-3.0-or-later
#include "structuredcommunication.h"

#include <QRegularExpression>

namespace {

constexpr qint64 kTenDigits = 10000000000LL;

int checkOf(qint64 tenDigits)
{
    const int remainder = int(tenDigits % 97);
    return remainder == 0 ? 97 : remainder;
}

} // namespace

namespace StructuredCommunication {

QString fromReference(qint64 reference)
{
    if (reference < 0)
        return {};
    const qint64 ten = reference % kTenDigits;
    const QString all = QStringLiteral("%1%2")
                            .arg(ten, 10, 10, QLatin1Char('0'))
                            .arg(checkOf(ten), 2, 10, QLatin1Char('0'));
    return QStringLiteral("+++%1/%2/%3+++").arg(all.left(3), all.mid(3, 4), all.mid(7));
}

QString digits(const QString& text)
{
    // Banks print it with '+' or '*' around; we write and accept the '+' form only.
    static const QRegularExpression shape(
        QStringLiteral("^\\+\\+\\+(\\d{3})/(\\d{4})/(\\d{5})\\+\\+\\+$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QString all = m.captured(1) + m.captured(2) + m.captured(3);
    if (all.right(2).toInt() != checkOf(all.left(10).toLongLong()))
        return {};
    return all;
}

bool isValid(const QString& text)
{
    return !digits(text).isEmpty();
}

} // namespace StructuredCommunication
