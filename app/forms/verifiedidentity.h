// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/**
 * Identity and address read from the eID card whose National Register signatures have been
 * verified (the card library fills it). Only verified data goes here: a field prefilled from
 * it is locked, because the citizen cannot change what the National Register says (FAQ 9).
 * Attribute names are those of docs/api/form-schema.md, `source: eid`.
 */
struct VerifiedIdentity
{
    QString surname;
    QString firstNames;
    QString nationalNumber; // 11 digits, no separators
    QDate birthDate;
    QString birthPlace;
    QString nationality;
    QString sex; // "M" or "F" as on the card
    QString streetAndNumber;
    QString zip;
    QString municipality;

    bool isEmpty() const { return nationalNumber.isEmpty() && surname.isEmpty(); }

    /** The value of a contract attribute (e.g. "first_names"); empty for an unknown name. */
    QString attribute(const QString& name) const
    {
        if (name == QLatin1String("surname"))
            return surname;
        if (name == QLatin1String("first_names"))
            return firstNames;
        if (name == QLatin1String("national_number"))
            return nationalNumber;
        if (name == QLatin1String("birth_date"))
            return birthDate.isValid() ? birthDate.toString(Qt::ISODate) : QString();
        if (name == QLatin1String("birth_place"))
            return birthPlace;
        if (name == QLatin1String("nationality"))
            return nationality;
        if (name == QLatin1String("sex"))
            return sex;
        if (name == QLatin1String("street_and_number"))
            return streetAndNumber;
        if (name == QLatin1String("zip"))
            return zip;
        if (name == QLatin1String("municipality"))
            return municipality;
        return {};
    }

    /** Overwrites every field, so no identity stays in memory after a session ends. */
    void clear() { *this = VerifiedIdentity {}; }
};
