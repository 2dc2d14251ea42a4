// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate.h"

#include <openssl/bio.h>
#include <openssl/pem.h>

namespace eid {

X509Ptr parseCertificateDer(const Bytes& der)
{
    const unsigned char* p = der.data();
    X509Ptr certificate(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    return certificate;
}

X509Ptr parseCertificatePem(const std::string& pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    if (!bio)
        return nullptr;
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

std::size_t rsaSignatureLength(const Bytes& certificateDer)
{
    X509Ptr certificate = parseCertificateDer(certificateDer);
    if (!certificate)
        return 0;
    EVP_PKEY* key = X509_get0_pubkey(certificate.get());
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
        return 0;
    return static_cast<std::size_t>(EVP_PKEY_get_size(key));
}

} // namespace eid
