// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"

#include <string>
#include <vector>

namespace eid {

/** Root certificates an RRN certificate may chain to; a value type, cheap to copy. */
class TrustStore
{
public:
    /** Belgium Root CA3, CA4, CA4 re-issue and CA6, built in from resources/trust/. */
    static TrustStore production();

    /** Adds every certificate of a PEM text; false when there is none. */
    bool addPem(const std::string& pem);
    bool addPemFile(const std::string& path);
    bool addDer(const Bytes& der);

    const std::vector<Bytes>& roots() const { return m_roots; }

private:
    std::vector<Bytes> m_roots; // DER
};

} // namespace eid
