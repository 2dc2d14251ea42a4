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

std::string subjectLine(X509* certificate)
{
    std::string line;
    const X509_NAME* name = X509_get_subject_name(certificate);
    for (int i = 0; name && i < X509_NAME_entry_count(name); ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        if (!line.empty())
            line += ", ";
        line += nid == NID_undef ? "?" : OBJ_nid2sn(nid);
        line += '=';
        if (length > 0)
            line.append(reinterpret_cast<const char*>(utf8), static_cast<std::size_t>(length));
        OPENSSL_free(utf8);
    }
    return line;
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
