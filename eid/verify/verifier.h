// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beid/cardfiles.h"
#include "beid/identity.h"
#include "verify/truststore.h"
#include "verify/verificationreport.h"

#include <ctime>
#include <optional>

namespace eid {

struct VerifyOptions
{
    TrustStore trust = TrustStore::production();
    /** Check the certificate validity at this time instead of now (tests, old specimens). */
    std::optional<std::time_t> atTime;
};

/**
 * Checks what a card read with OpenSSL 3: RRN signatures over the identity file and over
 * (address without trailing zeros || identity signature file), photo hash, 1.8 basic-key hash
 * and challenge, and the RRN certificate against the trust anchors.
 */
VerificationReport verifyCardFiles(
    const CardFiles& files, const Identity& identity, const VerifyOptions& options);

/** RRN certificate chain against trust anchors alone. */
CertificateStatus verifyRrnCertificate(const Bytes& certificateDer, const VerifyOptions& options);

} // namespace eid
