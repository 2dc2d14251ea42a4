// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardreading.h"

#include <openssl/crypto.h>

namespace eid {

Result<CardReading> readAndVerify(CardTransport& transport, const Bytes& atr,
    const ReadOptions& readOptions, const VerifyOptions& verifyOptions,
    const ProgressCallback& progress)
{
    BeidCardReader reader(transport, atr);
    Result<CardFiles> files = reader.read(readOptions, progress);
    if (!files)
        return files.error();
    CardReading reading;
    reading.files = std::move(files.value());
    // Both files parsed once already during the read; parsing again keeps the reader simple.
    Result<Identity> identity = parseIdentity(reading.files.identity);
    Result<Address> address = parseAddress(reading.files.address);
    if (!identity)
        return identity.error();
    if (!address)
        return address.error();
    reading.identity = std::move(identity.value());
    reading.address = std::move(address.value());
    reading.verification = verifyCardFiles(reading.files, reading.identity, verifyOptions);
    reading.stats = reader.stats();
    return reading;
}

namespace {

void wipeText(std::string& text)
{
    if (!text.empty())
        OPENSSL_cleanse(text.data(), text.size());
    text.clear();
}

} // namespace

void CardReading::wipe()
{
    for (Bytes* file : { &files.identity, &files.identitySignature, &files.address,
             &files.addressSignature, &files.photo, &files.rrnCertificate, &files.basicPublicKey,
             &files.authenticationCertificate, &files.signingCertificate, &files.caCertificate,
             &files.rootCertificate, &files.challenge, &files.challengeResponse,
             &identity.chipNumber, &identity.photoHash, &identity.basicKeyHash })
        eid::wipe(*file);
    for (std::string* text : { &identity.cardNumber, &identity.issuingMunicipality,
             &identity.nationalNumber, &identity.surname, &identity.firstNames,
             &identity.thirdNameInitial, &identity.nationality, &identity.birthPlace,
             &identity.nobleCondition, &identity.duplicate, &identity.specialOrganisation,
             &identity.dateAndCountryOfProtection, &identity.workPermit, &identity.employerVat1,
             &identity.employerVat2, &identity.regionalFileNumber, &identity.brexitMention1,
             &identity.brexitMention2, &identity.cardAMention1, &identity.cardAMention2,
             &address.streetAndNumber, &address.zip, &address.municipality })
        wipeText(*text);
    identity = Identity {};
    address = Address {};
    files = CardFiles {};
}

} // namespace eid
