// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordpolicy.h"

#include <QVariantMap>

namespace {

struct Kinds
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool punct = false;
    int count() const { return int(lower) + int(upper) + int(digit) + int(punct); }
};

// The same classification as the city's (sandbox/city/passwords.cpp): one kind per character.
Kinds kindsIn(const QString& password)
{
    Kinds k;
    for (const QChar c : password) {
        if (c.isLower())
            k.lower = true;
        else if (c.isUpper())
            k.upper = true;
        else if (c.isDigit())
            k.digit = true;
        else if (c.isPunct() || c.isSymbol())
            k.punct = true;
    }
    return k;
}

} // namespace

PasswordPolicy PasswordPolicy::fromJson(const QJsonObject& json)
{
    PasswordPolicy policy;
    policy.minLength = json.value(QLatin1String("min_length")).toInt(policy.minLength);
    policy.minClasses = json.value(QLatin1String("min_classes")).toInt(policy.minClasses);
    return policy;
}

QList<PasswordPolicy::Check> PasswordPolicy::evaluate(const QString& password) const
{
    const Kinds k = kindsIn(password);
    return {
        { QStringLiteral("min_length"), tr("Au moins %1 caractères").arg(minLength),
            password.size() >= minLength, false },
        { QStringLiteral("min_classes"),
            tr("Au moins %1 types de caractères parmi les suivants").arg(minClasses),
            k.count() >= minClasses, false },
        { QStringLiteral("lowercase"), tr("minuscules (abc…)"), k.lower, true },
        { QStringLiteral("uppercase"), tr("majuscules (ABC…)"), k.upper, true },
        { QStringLiteral("digits"), tr("chiffres (123…)"), k.digit, true },
        { QStringLiteral("punctuation"), tr("ponctuation (!?#…)"), k.punct, true },
    };
}

bool PasswordPolicy::accepts(const QString& password) const
{
    return password.size() >= minLength && kindsIn(password).count() >= minClasses;
}

QVariantList PasswordPolicy::checklist(const QString& password) const
{
    QVariantList out;
    for (const Check& check : evaluate(password))
        out.append(QVariantMap { { QStringLiteral("id"), check.id },
            { QStringLiteral("label"), check.label }, { QStringLiteral("ok"), check.ok },
            { QStringLiteral("kind"), check.kind } });
    return out;
}
