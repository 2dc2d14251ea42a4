// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpki.h"

#include "verify/ecdsasignature.h"

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace eidtest {

eid::EvpPkeyPtr makeRsaKey(int bits)
{
    return eid::EvpPkeyPtr(EVP_RSA_gen(static_cast<unsigned>(bits)));
}

eid::EvpPkeyPtr makeEcKey()
{
    return eid::EvpPkeyPtr(EVP_EC_gen("P-384"));
}

static void addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
}

eid::X509Ptr makeCertificate(const std::string& commonName, EVP_PKEY* key, X509* issuer,
    EVP_PKEY* issuerKey, bool ca, int notBeforeDays, int notAfterDays)
{
    static long serial = 1;
    eid::X509Ptr certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), serial++);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 86400L * notBeforeDays);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 86400L * notAfterDays);
    X509_set_pubkey(certificate.get(), key);
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(
        name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("BE"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
        reinterpret_cast<const unsigned char*>(commonName.c_str()), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : name);
    addExtension(
        certificate.get(), issuer, NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
    addExtension(certificate.get(), issuer, NID_key_usage,
        ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature,nonRepudiation");
    const EVP_MD* md = EVP_PKEY_get_base_id(issuerKey) == EVP_PKEY_EC ? EVP_sha384() : EVP_sha256();
    X509_sign(certificate.get(), issuerKey, md);
    return certificate;
}

eid::Bytes toDer(X509* certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    eid::Bytes der(static_cast<std::size_t>(length));
    unsigned char* out = der.data();
    i2d_X509(certificate, &out);
    return der;
}

std::string toPem(X509* certificate)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_X509(bio.get(), certificate);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(length));
}

eid::Bytes publicKeyDer(EVP_PKEY* key)
{
    const int length = i2d_PUBKEY(key, nullptr);
    eid::Bytes der(static_cast<std::size_t>(length));
    unsigned char* out = der.data();
    i2d_PUBKEY(key, &out);
    return der;
}

eid::Bytes sign(EVP_PKEY* key, const EVP_MD* md, const eid::Bytes& data)
{
    eid::EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key);
    std::size_t length = 0;
    EVP_DigestSign(ctx.get(), nullptr, &length, data.data(), data.size());
    eid::Bytes signature(length);
    EVP_DigestSign(ctx.get(), signature.data(), &length, data.data(), data.size());
    signature.resize(length);
    return signature;
}

eid::Bytes signDigestRaw(EVP_PKEY* key, const eid::Bytes& digest)
{
    eid::EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(key, nullptr));
    EVP_PKEY_sign_init(ctx.get());
    std::size_t length = 0;
    EVP_PKEY_sign(ctx.get(), nullptr, &length, digest.data(), digest.size());
    eid::Bytes der(length);
    EVP_PKEY_sign(ctx.get(), der.data(), &length, digest.data(), digest.size());
    der.resize(length);
    return eid::ecdsaDerToRaw(der, 48);
}

eid::Bytes sha(const EVP_MD* md, const eid::Bytes& data)
{
    eid::Bytes out(static_cast<std::size_t>(EVP_MD_get_size(md)));
    unsigned int length = 0;
    EVP_Digest(data.data(), data.size(), out.data(), &length, md, nullptr);
    return out;
}

} // namespace eidtest
