// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity.h"

#include "beid/tlv.h"

#include <cctype>

namespace eid {

namespace {

std::string text(const TlvFields& fields, std::uint8_t tag)
{
    const auto it = fields.find(tag);
    return it == fields.end() ? std::string() : std::string(it->second.begin(), it->second.end());
}

Bytes binary(const TlvFields& fields, std::uint8_t tag)
{
    const auto it = fields.find(tag);
    return it == fields.end() ? Bytes() : it->second;
}

std::optional<int> number(const std::string& value)
{
    if (value.empty() || value.size() > 4)
        return std::nullopt;
    for (unsigned char c : value) {
        if (!std::isdigit(c))
            return std::nullopt;
    }
    return std::stoi(value);
}

Error malformed(const char* field)
{
    return Error { ErrorCode::ParseError, field };
}

} // namespace

Result<Identity> parseIdentity(const Bytes& file)
{
    Result<TlvFields> parsed = parseTlv(file);
    if (!parsed)
        return parsed.error();
    const TlvFields& f = parsed.value();
    Identity id;
    if (f.count(0x00) && f.at(0x00).size() == 2)
        id.fileStructureVersion = f.at(0x00)[0] << 8 | f.at(0x00)[1];
    id.cardNumber = text(f, 0x01);
    if (id.cardNumber.empty())
        return malformed("identity: no card number");
    id.chipNumber = binary(f, 0x02);
    const auto begin = parseDottedDate(text(f, 0x03));
    const auto end = parseDottedDate(text(f, 0x04));
    if (!begin || !end)
        return malformed("identity: validity dates");
    id.validityBegin = *begin;
    id.validityEnd = *end;
    id.issuingMunicipality = text(f, 0x05);
    id.nationalNumber = text(f, 0x06);
    id.surname = text(f, 0x07);
    id.firstNames = text(f, 0x08);
    id.thirdNameInitial = text(f, 0x09);
    id.nationality = text(f, 0x0A);
    id.birthPlace = text(f, 0x0B);
    const auto birth = parseBirthDate(text(f, 0x0C));
    if (!birth)
        return malformed("identity: birth date");
    id.birthDate = *birth;
    const std::string sex = text(f, 0x0D);
    if (sex == "M")
        id.sex = 'M';
    else if (sex == "F" || sex == "V" || sex == "W")
        id.sex = 'F';
    else
        return malformed("identity: sex");
    id.nobleCondition = text(f, 0x0E);
    const auto type = number(text(f, 0x0F));
    if (!type)
        return malformed("identity: document type");
    id.documentType = *type;
    const std::string status = text(f, 0x10);
    if (!status.empty()) {
        const auto value = number(status);
        if (!value)
            return malformed("identity: special status");
        id.specialStatus = *value;
    }
    id.photoHash = binary(f, 0x11);
    id.duplicate = text(f, 0x12);
    id.specialOrganisation = text(f, 0x13);
    id.memberOfFamily = f.count(0x14) != 0;
    id.dateAndCountryOfProtection = text(f, 0x15);
    id.workPermit = text(f, 0x16);
    id.employerVat1 = text(f, 0x17);
    id.employerVat2 = text(f, 0x18);
    id.regionalFileNumber = text(f, 0x19);
    id.basicKeyHash = binary(f, 0x1A);
    id.brexitMention1 = text(f, 0x1B);
    id.brexitMention2 = text(f, 0x1C);
    id.cardAMention1 = text(f, 0x1D);
    id.cardAMention2 = text(f, 0x1E);
    const std::string euStart = text(f, 0x1F);
    if (!euStart.empty())
        id.euCardStartDate = parseDottedDate(euStart);
    return id;
}

Result<Address> parseAddress(const Bytes& file)
{
    Result<TlvFields> parsed = parseTlv(file);
    if (!parsed)
        return parsed.error();
    Address address;
    address.streetAndNumber = text(parsed.value(), 0x01);
    address.zip = text(parsed.value(), 0x02);
    address.municipality = text(parsed.value(), 0x03);
    if (address.zip.empty() && address.municipality.empty())
        return malformed("address: empty");
    return address;
}

} // namespace eid
