// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beid/carddata.h"
#include "pcsc/apduchannel.h"
#include "pcsc/pinpad.h"

#include <functional>
#include <optional>
#include <string>

namespace eid {

/** Asked for the PIN once the tries left are known; nullopt cancels. No transaction is held. */
using PinProvider = std::function<std::optional<std::string>(int triesLeft)>;

/**
 * Called instead of the PinProvider when the reader has a usable PIN pad, just before it
 * waits for the citizen's keys (up to 30 s): the UI says "type your PIN on the reader".
 */
using PinPadNotice = std::function<void(int triesLeft)>;

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

/**
 * The whole card side of an eID login on one connected card: prepare (tries left), PIN-pad
 * detection, then the PIN from the reader's keypad (onPinPad is told) or from pinProvider,
 * and the signature. Cancelled when the provider gives no PIN. Wipes the PIN it was given.
 */
Result<AuthenticationSignature> signWithCard(CardTransport& card, const Bytes& atr,
    const ReaderIdentity& reader, const Bytes& data, const PinProvider& pinProvider,
    const PinPadNotice& onPinPad);

} // namespace eid
