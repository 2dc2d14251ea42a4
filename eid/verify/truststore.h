// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"

#include <string>
#include <vector>

namespace eid {

/**
 * Root certificates an RRN certificate may be issued by (directly: no intermediate), each with
 * the subject its RRN certificate must carry. A value type, cheap to copy.
 */
class TrustStore
{
public:
    /** The National Register's certificate subject on production cards. */
    static constexpr const char* kProductionRrnSubject = "C=BE, O=RRN, CN=RRN";

    /** Belgium Root CA3, CA4, CA4 re-issue and CA6, built in from resources/trust/. */
    static TrustStore production();

    /**
     * Adds every certificate of a PEM text; false when there is none. A line
     * "RRN-Subject: C=BE, O=test RRN, CN=test RRN" outside the certificate blocks sets the RRN
     * subject rule of that text's roots (test PKIs); without it the production subject applies.
     */
    bool addPem(const std::string& pem);
    bool addPemFile(const std::string& path);
    bool addDer(const Bytes& der, const std::string& rrnSubject = kProductionRrnSubject);

    const std::vector<Bytes>& roots() const { return m_roots; }
    /** The RRN subject rule of a root of this store; empty for a certificate not in it. */
    std::string rrnSubjectOf(const Bytes& rootDer) const;

private:
    std::vector<Bytes> m_roots; // DER
    std::vector<std::string> m_rrnSubjects; // same index as m_roots
};

} // namespace eid
