// SPDX-License-Identifier: GPL-3.0-or-later
#include "identityspec.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
QString mod97CheckDigits(qulonglong value, bool zeroMeans97)
{
    int check = static_cast<int>(value % 97);
    if (zeroMeans97 && check == 0)
        check = 97;
    return QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0'));
}
} // namespace

QString IdentitySpec::effectiveCardNumber() const
{
    if (!cardNumber.isEmpty())
        return cardNumber;
    const QString base = is18() ? QStringLiteral("5920012345") : QStringLiteral("5910012345");
    return base + mod97CheckDigits(base.toULongLong(), true);
}

QString IdentitySpec::effectiveNationalNumber() const
{
    if (!nationalNumber.isEmpty())
        return nationalNumber;
    const QStringList parts = birthDate.split(QLatin1Char('-'));
    const QString yy = parts.value(0).right(2);
    const QString mm = parts.value(1, QStringLiteral("00"));
    const QString dd = parts.value(2, QStringLiteral("00"));
    const QString serial
        = sex == QStringLiteral("M") ? QStringLiteral("153") : QStringLiteral("154");
    const QString nine = yy + mm + dd + serial;
    // Born in 2000 or later: the check is computed on "2" followed by the nine digits.
    const bool born2000 = parts.value(0).toInt() >= 2000;
    const qulonglong value = (born2000 ? QStringLiteral("2") + nine : nine).toULongLong();
    return nine + QStringLiteral("%1").arg(97 - value % 97, 2, 10, QLatin1Char('0'));
}

QString IdentitySpec::cardBirthDate() const
{
    static const char* const months[] = { "JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL",
        "AOUT", "SEPT", "OCT", "NOV", "DEC" };
    const QStringList parts = birthDate.split(QLatin1Char('-'));
    if (parts.size() == 1)
        return parts.at(0); // year only
    const QString month = QString::fromLatin1(months[qBound(1, parts.at(1).toInt(), 12) - 1])
                              .leftJustified(4, QLatin1Char(' '));
    const QString day = parts.size() == 3 ? parts.at(2) : QStringLiteral("  ");
    return day + QLatin1Char(' ') + month + QLatin1Char(' ') + parts.at(0);
}

QString IdentitySpec::validate() const
{
    if (applet != QStringLiteral("1.7") && applet != QStringLiteral("1.8"))
        return QStringLiteral("--applet must be 1.7 or 1.8");
    if (sex != QStringLiteral("M") && sex != QStringLiteral("F"))
        return QStringLiteral("--sex must be M or F");
    const QStringList parts = birthDate.split(QLatin1Char('-'));
    if (parts.isEmpty() || parts.size() > 3 || parts.at(0).size() != 4)
        return QStringLiteral("--birth-date must be YYYY-MM-DD, YYYY-MM or YYYY");
    if (pin.size() < 4 || pin.size() > 12
        || pin.contains(QRegularExpression(QStringLiteral("\\D"))))
        return QStringLiteral("--pin must be 4 to 12 digits");
    if (effectiveCardNumber().size() != 12 || effectiveNationalNumber().size() != 11)
        return QStringLiteral("card number must have 12 digits, national number 11");
    if (street.toUtf8().size() + zip.toUtf8().size() + municipality.toUtf8().size() > 250)
        return QStringLiteral("address too long");
    return {};
}
