// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardidentity.h"

#include "cardreading.h"

namespace {

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8).trimmed();
}

} // namespace

std::optional<VerifiedIdentity> verifiedIdentityFrom(const eid::CardReading& reading)
{
    if (!reading.verification.verified())
        return std::nullopt;
    const eid::Identity& id = reading.identity;
    VerifiedIdentity out;
    out.surname = text(id.surname);
    out.firstNames = text(id.firstNames);
    out.nationalNumber = text(id.nationalNumber);
    if (id.birthDate.month > 0 && id.birthDate.day > 0)
        out.birthDate = QDate(id.birthDate.year, id.birthDate.month, id.birthDate.day);
    out.birthPlace = text(id.birthPlace);
    out.nationality = text(id.nationality);
    if (id.sex == 'M' || id.sex == 'F')
        out.sex = QString(QLatin1Char(id.sex));
    out.streetAndNumber = text(reading.address.streetAndNumber);
    out.zip = text(reading.address.zip);
    out.municipality = text(reading.address.municipality);
    return out;
}
