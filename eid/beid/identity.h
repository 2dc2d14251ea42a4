// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beid/partialdate.h"
#include "bytes.h"
#include "result.h"

#include <optional>
#include <string>

namespace eid {

/** Parsed identity file EF(ID#RN) (reference §4.2). Texts are UTF-8 as stored. */
struct Identity
{
    std::optional<int> fileStructureVersion; ///< tag 00
    std::string cardNumber; ///< 01
    Bytes chipNumber; ///< 02
    PartialDate validityBegin; ///< 03
    PartialDate validityEnd; ///< 04
    std::string issuingMunicipality; ///< 05
    std::string nationalNumber; ///< 06
    std::string surname; ///< 07
    std::string firstNames; ///< 08
    std::string thirdNameInitial; ///< 09
    std::string nationality; ///< 0A
    std::string birthPlace; ///< 0B
    PartialDate birthDate; ///< 0C
    char sex = 0; ///< 0D normalised: 'M' or 'F' (V and W are F)
    std::string nobleCondition; ///< 0E
    int documentType = 0; ///< 0F ("1" and "01" both give 1)
    int specialStatus = 0; ///< 10
    Bytes photoHash; ///< 11
    std::string duplicate; ///< 12
    std::string specialOrganisation; ///< 13
    bool memberOfFamily = false; ///< 14: presence of the tag
    std::string dateAndCountryOfProtection; ///< 15
    std::string workPermit; ///< 16
    std::string employerVat1; ///< 17
    std::string employerVat2; ///< 18
    std::string regionalFileNumber; ///< 19
    Bytes basicKeyHash; ///< 1A (1.8)
    std::string brexitMention1; ///< 1B
    std::string brexitMention2; ///< 1C
    std::string cardAMention1; ///< 1D
    std::string cardAMention2; ///< 1E
    std::optional<PartialDate> euCardStartDate; ///< 1F
};

/** Parsed address file EF(ID#Address) (reference §4.5). */
struct Address
{
    std::string streetAndNumber;
    std::string zip;
    std::string municipality;
};

/** ParseError when a mandatory field is missing or malformed; unknown tags are skipped. */
Result<Identity> parseIdentity(const Bytes& file);
Result<Address> parseAddress(const Bytes& file);

} // namespace eid
