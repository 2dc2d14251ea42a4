// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "verify/openssltypes.h"

#include <string>

namespace eidtest {

/** Fresh keys for the test PKI, made per test run (no key material in the repository). */
eid::EvpPkeyPtr makeRsaKey(int bits = 2048);
eid::EvpPkeyPtr makeEcKey(); ///< P-384, as on 1.8 cards

/**
 * A certificate for key, signed by issuerKey (self-signed when issuer is null), valid from
 * now + notBeforeDays to now + notAfterDays.
 */
eid::X509Ptr makeCertificate(const std::string& commonName, EVP_PKEY* key, X509* issuer,
    EVP_PKEY* issuerKey, bool ca, int notBeforeDays = -1, int notAfterDays = 3650);

eid::Bytes toDer(X509* certificate);
std::string toPem(X509* certificate);
eid::Bytes publicKeyDer(EVP_PKEY* key); ///< SubjectPublicKeyInfo

/** RSA PKCS#1 v1.5 or ECDSA (DER) signature over data with the given digest. */
eid::Bytes sign(EVP_PKEY* key, const EVP_MD* md, const eid::Bytes& data);

/** ECDSA over a caller-provided digest, as plain r||s (what the card's PSO / INTERNAL AUTH give).
 */
eid::Bytes signDigestRaw(EVP_PKEY* key, const eid::Bytes& digest);

eid::Bytes sha(const EVP_MD* md, const eid::Bytes& data);

} // namespace eidtest
