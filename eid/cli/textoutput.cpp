// SPDX-License-Identifier: GPL-3.0-or-later
#include "textoutput.h"

namespace {

void line(std::FILE* out, const char* label, const std::string& value)
{
    std::fprintf(out, "%-22s %s\n", label, value.c_str());
}

} // namespace

void printReading(const eid::CardReading& reading, std::FILE* out)
{
    const eid::Identity& id = reading.identity;
    const eid::VerificationReport& v = reading.verification;
    line(out, "Reader:", reading.reader);
    line(out, "ATR:", eid::toHex(reading.files.atr));
    line(out, "Applet:", reading.files.cardData.appletVersionText());
    line(out, "Card number:", id.cardNumber);
    line(out, "Chip number:", eid::toHex(id.chipNumber));
    line(out, "Valid:", id.validityBegin.iso() + " to " + id.validityEnd.iso());
    line(out, "Issued by:", id.issuingMunicipality);
    line(out, "National number:", id.nationalNumber);
    line(out, "Surname:", id.surname);
    line(out, "First names:",
        id.firstNames + (id.thirdNameInitial.empty() ? "" : " ") + id.thirdNameInitial);
    line(out, "Nationality:", id.nationality);
    line(out, "Born:", id.birthDate.iso() + ", " + id.birthPlace);
    line(out, "Sex:", std::string(1, id.sex));
    if (!id.nobleCondition.empty())
        line(out, "Noble condition:", id.nobleCondition);
    line(out, "Document type:", std::to_string(id.documentType));
    line(out, "Special status:", std::to_string(id.specialStatus));
    line(out, "Address:",
        reading.address.streetAndNumber + ", " + reading.address.zip + " "
            + reading.address.municipality);
    line(out, "Photo:",
        reading.files.photoSkipped ? std::string("not read")
                                   : std::to_string(reading.files.photo.size()) + " bytes");
    line(out, "Identity signature:", eid::checkResultName(v.identitySignature));
    line(out, "Address signature:", eid::checkResultName(v.addressSignature));
    line(out, "Photo hash:", eid::checkResultName(v.photoHash));
    line(out, "RRN certificate:", eid::certificateStatusName(v.rrnCertificate));
    if (reading.files.cardData.isEcApplet()) {
        line(out, "Basic key hash:", eid::checkResultName(v.basicKeyHash));
        line(out, "Card authentication:", eid::checkResultName(v.cardAuthentication));
    }
    line(out, "Overall:", v.verified() ? "verified" : "failed");
    line(out, "Cost:",
        std::to_string(reading.stats.apdus) + " APDUs, " + std::to_string(reading.stats.bytesRead)
            + " bytes, " + std::to_string(reading.stats.milliseconds) + " ms");
}
