// SPDX-License-Identifier: GPL-3.0-or-later
#include "truststore.h"

#include "verify/certificate.h"
#include "verify/productionroots.h"

#include <fstream>
#include <iterator>
#include <openssl/bio.h>
#include <openssl/pem.h>

namespace eid {

TrustStore TrustStore::production()
{
    TrustStore store;
    for (const char* pem : productionRootPems())
        store.addPem(pem);
    return store;
}

bool TrustStore::addPem(const std::string& pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    bool added = false;
    while (bio) {
        X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!certificate)
            break;
        const int length = i2d_X509(certificate.get(), nullptr);
        if (length <= 0)
            break;
        Bytes der(static_cast<std::size_t>(length));
        unsigned char* out = der.data();
        i2d_X509(certificate.get(), &out);
        m_roots.push_back(std::move(der));
        added = true;
    }
    return added;
}

bool TrustStore::addPemFile(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return false;
    const std::string pem((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    return addPem(pem);
}

bool TrustStore::addDer(const Bytes& der)
{
    if (!parseCertificateDer(der))
        return false;
    m_roots.push_back(der);
    return true;
}

} // namespace eid
