// SPDX-License-Identifier: GPL-3.0-or-later
#include "authsigner.h"

#include "beid/atr.h"
#include "beid/beidcardreader.h"
#include "beid/pin.h"
#include "verify/ecdsasignature.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace eid {

AuthenticationSigner::AuthenticationSigner(CardTransport& transport, Bytes atr)
    : m_channel(transport)
    , m_atr(std::move(atr))
{ }

Result<int> AuthenticationSigner::prepare()
{
    BeidCardReader reader(m_channel.transport(), m_atr);
    Result<CardData> cardData = reader.readCardData(recogniseAtr(m_atr) == AtrFamily::Belpic18);
    if (!cardData)
        return cardData.error();
    m_cardData = cardData.value();
    if (m_cardData.appletVersion < 0x17)
        return Error { ErrorCode::UnsupportedCard, "applet older than 1.7" };
    FileReader files(m_channel);
    Result<Bytes> certificate
        = files.read(belpic::AuthenticationCertificate, ReadExtent::DerObject);
    if (!certificate)
        return certificate.error();
    if (certificate->empty())
        return Error { ErrorCode::UnsupportedCard, "no authentication certificate (kids card)" };
    m_certificate = certificate.value();
    // The city checks the chain up to its root: the citizen CA goes with the signature.
    Result<Bytes> ca = files.read(belpic::CaCertificate, ReadExtent::DerObject);
    if (!ca)
        return ca.error();
    m_caCertificate = ca.value();
    if (m_cardData.pinTriesLeft) {
        if (*m_cardData.pinTriesLeft == 0)
            return Error { ErrorCode::PinBlocked, "0 tries left" };
        return *m_cardData.pinTriesLeft;
    }
    TransactionGuard transaction(m_channel.transport());
    if (transaction.status())
        return *transaction.status();
    return pinTriesLeft(m_channel, m_cardData);
}

Result<AuthenticationSignature> AuthenticationSigner::sign(const Bytes& data, std::string& pin)
{
    return signAfter(data, [&]() { return verifyPin(m_channel, pin); });
}

Result<AuthenticationSignature> AuthenticationSigner::signWithPinPad(
    const Bytes& data, const PinPad& pinPad)
{
    return signAfter(data, [&]() { return verifyPinOnPinPad(m_channel.transport(), pinPad); });
}

template <typename VerifyStep>
Result<AuthenticationSignature> AuthenticationSigner::signAfter(
    const Bytes& data, VerifyStep verify)
{
    const bool ec = m_cardData.isEcApplet();
    // Algorithm references differ per applet ([RM17] Table 11, [RM18] Table 14).
    const EVP_MD* md = ec ? EVP_sha384() : EVP_sha256();
    const std::uint8_t algorithm = ec ? 0x02 : 0x08;
    Bytes digest(static_cast<std::size_t>(EVP_MD_get_size(md)));
    unsigned int digestLength = 0;
    if (EVP_Digest(data.data(), data.size(), digest.data(), &digestLength, md, nullptr) != 1) {
        wipe(digest);
        return Error { ErrorCode::Internal, "digest failed" };
    }

    TransactionGuard transaction(m_channel.transport());
    if (transaction.status())
        return *transaction.status();
    const Bytes mse { 0x00, 0x22, 0x41, 0xB6, 0x05, 0x04, 0x80, algorithm, 0x84, 0x82 };
    Result<ApduResponse> response = m_channel.transmit(mse);
    if (!response)
        return response.error();
    if (!response->ok())
        return Error { ErrorCode::Damaged, "MSE SET " + statusWordText(response->sw) };
    if (Status failed = verify())
        return *failed;
    // PSO: COMPUTE DIGITAL SIGNATURE, sent without Le under T=0; the data comes with 61xx.
    Bytes pso = apdu({ 0x00, 0x2A, 0x9E, 0x9A, static_cast<std::uint8_t>(digest.size()) }, digest);
    response = m_channel.transmit(pso);
    // Drop the PIN state whatever happened (LOG OFF, [RM18] §6.15).
    const Result<ApduResponse> logOff = m_channel.transmit(Bytes { 0x80, 0xE6, 0x00, 0x00 });
    (void)logOff;
    if (!response)
        return response.error();
    if (!response->ok() || response->data.empty())
        return Error { ErrorCode::Damaged, "PSO CDS " + statusWordText(response->sw) };
    AuthenticationSignature result;
    result.signature = ec ? ecdsaRawToDer(response->data) : response->data;
    result.algorithm = ec ? "ECDSA-SHA384" : "RSA-SHA256";
    result.certificate = m_certificate;
    result.caCertificate = m_caCertificate;
    result.applet = m_cardData.appletVersionText();
    return result;
}

Result<AuthenticationSignature> signWithCard(CardTransport& card, const Bytes& atr,
    const ReaderIdentity& reader, const Bytes& data, const PinProvider& pinProvider,
    const PinPadNotice& onPinPad)
{
    AuthenticationSigner signer(card, atr);
    Result<int> triesLeft = signer.prepare();
    if (!triesLeft)
        return triesLeft.error();
    Result<PinPadDetection> pinPad = detectPinPad(card, reader);
    if (!pinPad)
        return pinPad.error();
    if (pinPad->pinPad) {
        if (onPinPad)
            onPinPad(triesLeft.value());
        return signer.signWithPinPad(data, *pinPad->pinPad);
    }
    std::optional<std::string> pin = pinProvider ? pinProvider(triesLeft.value()) : std::nullopt;
    if (!pin)
        return Error { ErrorCode::Cancelled, "no PIN" };
    Result<AuthenticationSignature> signature = signer.sign(data, *pin);
    // sign() wipes the PIN once VERIFY is built; an earlier failure leaves it to us.
    OPENSSL_cleanse(pin->data(), pin->size());
    pin->clear();
    return signature;
}

} // namespace eid
