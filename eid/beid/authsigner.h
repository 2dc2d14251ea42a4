// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beid/carddata.h"
#include "pcsc/apduchannel.h"
#include "pcsc/pinpad.h"

#include <string>

namespace eid {

/** A signature by the card's authentication key and what it was made with. */
struct AuthenticationSignature
{
    Bytes signature; ///< RSA: PKCS#1 v1.5 block; EC: DER SEQUENCE {r, s}
    std::string algorithm; ///< "RSA-SHA256" or "ECDSA-SHA384"
    Bytes certificate; ///< authentication certificate (DER), to check the signature
    Bytes caCertificate; ///< citizen CA (DER, EF 503A): the chain the city wants with it
    std::string applet; ///< "1.7", "1.8"
    std::string reader; ///< set by EidReader
};

/**
 * Signs data with the authentication key 82 (reference §7.2): MSE SET, VERIFY, PSO COMPUTE
 * DIGITAL SIGNATURE over SHA-256 (1.7, RSA PKCS#1 v1.5) or SHA-384 (1.8, ECDSA; raw r||s
 * turned into DER), then LOG OFF. Reads the certificate and the PIN counter first, in
 * separate transactions: none is held while the caller collects the PIN. Wipes the PIN.
 */
class AuthenticationSigner
{
public:
    AuthenticationSigner(CardTransport& transport, Bytes atr);

    /** Applet version, authentication certificate and tries left, before asking the PIN. */
    Result<int> prepare();
    /** VERIFY with a PIN typed on the computer; wipes it. */
    Result<AuthenticationSignature> sign(const Bytes& data, std::string& pin);
    /** VERIFY_PIN_DIRECT: the citizen types the PIN on the reader; the PC never sees it. */
    Result<AuthenticationSignature> signWithPinPad(const Bytes& data, const PinPad& pinPad);

    const CardData& cardData() const { return m_cardData; }

private:
    /** MSE SET, the given PIN step, PSO CDS, LOG OFF, in one transaction. */
    template <typename VerifyStep>
    Result<AuthenticationSignature> signAfter(const Bytes& data, VerifyStep verify);

    ApduChannel m_channel;
    Bytes m_atr;
    CardData m_cardData;
    Bytes m_certificate;
    Bytes m_caCertificate;
};

} // namespace eid
