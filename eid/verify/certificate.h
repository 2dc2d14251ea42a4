// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "verify/openssltypes.h"

#include <string>

namespace eid {

/** Parses a DER certificate; null when malformed. */
X509Ptr parseCertificateDer(const Bytes& der);

/** Parses the first certificate of a PEM text; null when there is none. */
X509Ptr parseCertificatePem(const std::string& pem);

/**
 * The subject as "C=BE, O=RRN, CN=RRN": short names and values in the certificate's own order,
 * joined by ", " (the form RRN subject rules are written in).
 */
std::string subjectLine(X509* certificate);

/** Modulus length in bytes when the certificate has an RSA key, 0 otherwise (EC or invalid). */
std::size_t rsaSignatureLength(const Bytes& certificateDer);

} // namespace eid
