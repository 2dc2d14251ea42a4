// SPDX-License-Identifier: GPL-3.0-or-later
#include "beidcardreader.h"

#include "beid/atr.h"
#include "verify/certificate.h"

#include <chrono>
#include <openssl/rand.h>

namespace eid {

BeidCardReader::BeidCardReader(CardTransport& transport, Bytes atr)
    : m_channel(transport)
    , m_files(m_channel)
    , m_atr(std::move(atr))
{ }

Result<CardData> BeidCardReader::readCardData(bool withPinTries)
{
    TransactionGuard transaction(m_channel.transport());
    if (transaction.status())
        return *transaction.status();
    // P2=01 adds the PIN counter on 1.8 (Le 1F); older applets only know P2=00 (Le 1C).
    const Bytes extended { 0x80, 0xE4, 0x00, 0x01, 0x1F };
    const Bytes basic { 0x80, 0xE4, 0x00, 0x00, 0x1C };
    Result<ApduResponse> response = m_channel.transmit(withPinTries ? extended : basic);
    if (response && !response->ok() && withPinTries)
        response = m_channel.transmit(basic);
    if (!response)
        return response.error();
    if (!response->ok())
        return Error { ErrorCode::UnsupportedCard,
            "GET CARD DATA " + statusWordText(response->sw) };
    return parseCardData(response->data);
}

Result<CardFiles> BeidCardReader::read(const ReadOptions& options, const ProgressCallback& progress)
{
    const auto started = std::chrono::steady_clock::now();
    const auto report = [&](ReadStage stage, const Identity* identity, const Address* address) {
        if (progress)
            progress(ReadProgress { stage, identity, address });
    };
    CardFiles files;
    files.atr = m_atr;
    // An unknown ATR is still tried: GET CARD DATA is the real test (reference §1.1).
    const AtrFamily family = recogniseAtr(m_atr);
    Result<CardData> cardData = readCardData(family == AtrFamily::Belpic18);
    if (!cardData)
        return cardData.error();
    files.cardData = cardData.value();
    if (files.cardData.lifeCycle != 0 && files.cardData.lifeCycle != 0x0F)
        return Error { ErrorCode::UnsupportedCard, "card not personalised" };
    if (files.cardData.appletVersion < 0x17)
        m_channel.setWrongLengthDelay(std::chrono::milliseconds(10)); // 1.0/1.1 need it
    report(ReadStage::CardData, nullptr, nullptr);

    Result<Bytes> identityFile = m_files.read(belpic::Identity, ReadExtent::ToEnd);
    if (!identityFile)
        return identityFile.error();
    files.identity = identityFile.value();
    Result<Identity> identity = parseIdentity(files.identity);
    if (!identity)
        return identity.error();
    report(ReadStage::Identity, &identity.value(), nullptr);

    Result<Bytes> addressFile = m_files.read(belpic::Address, ReadExtent::ToEnd);
    if (!addressFile)
        return addressFile.error();
    files.address = addressFile.value();
    Result<Address> address = parseAddress(files.address);
    if (!address)
        return address.error();
    report(ReadStage::Address, &identity.value(), &address.value());

    // The RRN key type tells how long the signatures are: RSA ones have the modulus length
    // and need no end-of-file probe; EC ones are DER objects in padded files.
    Result<Bytes> rrn = m_files.read(belpic::RrnCertificate, ReadExtent::DerObject);
    if (!rrn)
        return rrn.error();
    files.rrnCertificate = rrn.value();
    if (options.otherCertificates) {
        if (Status failed = readCertificates(files))
            return *failed;
    }
    report(ReadStage::Certificates, &identity.value(), &address.value());

    const std::size_t rsaLength = rsaSignatureLength(files.rrnCertificate);
    Result<Bytes> identitySignature = rsaLength
        ? m_files.read(belpic::IdentitySignature, ReadExtent::Exact, rsaLength)
        : m_files.read(belpic::IdentitySignature, ReadExtent::ToEnd);
    if (!identitySignature)
        return identitySignature.error();
    files.identitySignature = identitySignature.value();
    Result<Bytes> addressSignature = rsaLength
        ? m_files.read(belpic::AddressSignature, ReadExtent::Exact, rsaLength)
        : m_files.read(belpic::AddressSignature, ReadExtent::DerObject);
    if (!addressSignature)
        return addressSignature.error();
    files.addressSignature = addressSignature.value();
    report(ReadStage::Signatures, &identity.value(), &address.value());

    if (options.photo) {
        Result<Bytes> photo = m_files.read(belpic::Photo, ReadExtent::ToEnd);
        if (!photo)
            return photo.error();
        files.photo = photo.value();
    } else {
        files.photoSkipped = true;
    }

    if (files.cardData.isEcApplet()) {
        Result<Bytes> basicKey = m_files.read(belpic::BasicPublicKey, ReadExtent::ToEnd);
        if (!basicKey)
            return basicKey.error();
        files.basicPublicKey = basicKey.value();
        if (options.internalAuthenticate) {
            if (Status failed = challengeBasicKey(files))
                return *failed;
        }
    }
    report(ReadStage::Photo, &identity.value(), &address.value());
    m_channel.stats().milliseconds = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started)
                                         .count();
    report(ReadStage::Done, &identity.value(), &address.value());
    return files;
}

Status BeidCardReader::readCertificates(CardFiles& files)
{
    const std::pair<BelpicFile, Bytes*> certificates[] = {
        { belpic::AuthenticationCertificate, &files.authenticationCertificate },
        { belpic::SigningCertificate, &files.signingCertificate },
        { belpic::CaCertificate, &files.caCertificate },
        { belpic::RootCertificate, &files.rootCertificate },
    };
    for (const auto& [file, target] : certificates) {
        Result<Bytes> content = m_files.read(file, ReadExtent::DerObject);
        if (!content)
            return content.error();
        *target = content.value();
    }
    return std::nullopt;
}

Status BeidCardReader::challengeBasicKey(CardFiles& files)
{
    // INTERNAL AUTHENTICATE, basic key 81, ECDSA SHA-384 over a 48-byte off-card "hash"
    // ([RM18] §6.11): 00 88 02 81 32 94 30 <48 bytes>, sent without Le under T=0.
    Bytes challenge(48);
    if (RAND_bytes(challenge.data(), static_cast<int>(challenge.size())) != 1)
        return Error { ErrorCode::Internal, "no random challenge" };
    const Bytes command = apdu({ 0x00, 0x88, 0x02, 0x81, 0x32, 0x94, 0x30 }, challenge);
    TransactionGuard transaction(m_channel.transport());
    if (transaction.status())
        return *transaction.status();
    Result<ApduResponse> response = m_channel.transmit(command);
    if (!response)
        return response.error();
    if (!response->ok())
        return fileStatusError(response->sw);
    files.challenge = challenge;
    files.challengeResponse = response->data;
    return std::nullopt;
}

} // namespace eid
