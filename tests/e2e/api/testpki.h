// SPDX-License-Identifier: GPL-3.0-or-later
// A test eID PKI made at test time with OpenSSL: keys, certificates (root -> citizen CA ->
// authentication certificate; root -> National Register), card-like signatures, CRLs and
// BELPIC TLV files. Shared by the API tests that need cards (tst_api_eid, tst_api_counter).
#pragma once

#include <memory>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace testpki {

using Key = std::shared_ptr<EVP_PKEY>;
using Cert = std::shared_ptr<X509>;

inline Key ecKey()
{
    return Key(EVP_EC_gen("P-384"), EVP_PKEY_free);
}
inline Key rsaKey()
{
    return Key(EVP_RSA_gen(2048), EVP_PKEY_free);
}

inline void addEntry(X509_NAME* name, int nid, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8,
        reinterpret_cast<const unsigned char*>(utf8.constData()), -1, -1, 0);
}

inline void addExt(X509* cert, X509* issuer, int nid, const char* value)
{
    if (nid == NID_certificate_policies) { // one OID; the text form needs a config database
        CERTIFICATEPOLICIES* policies = sk_POLICYINFO_new_null();
        POLICYINFO* info = POLICYINFO_new();
        info->policyid = OBJ_txt2obj(value, 1);
        sk_POLICYINFO_push(policies, info);
        X509_add1_ext_i2d(cert, NID_certificate_policies, policies, 0, X509V3_ADD_DEFAULT);
        CERTIFICATEPOLICIES_free(policies);
        return;
    }
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

inline Cert makeCert(const QList<QPair<int, QString>>& subject, const Key& key, const Cert& issuer,
    const Key& issuerKey, bool ca, const QList<QPair<int, QByteArray>>& extra = {})
{
    static long serial = 1;
    Cert cert(X509_new(), X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial++);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600L * 24 * 365);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    for (const auto& entry : subject)
        addEntry(name, entry.first, entry.second);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer.get()) : name);
    addExt(cert.get(), issuer.get(), NID_basic_constraints,
        ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    addExt(cert.get(), issuer.get(), NID_key_usage,
        ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature");
    for (const auto& [nid, value] : extra)
        addExt(cert.get(), issuer.get(), nid, value.constData());
    X509_sign(cert.get(), (issuerKey ? issuerKey : key).get(),
        EVP_PKEY_get_base_id((issuerKey ? issuerKey : key).get()) == EVP_PKEY_EC ? EVP_sha384()
                                                                                 : EVP_sha256());
    return cert;
}

inline QByteArray der(const Cert& cert)
{
    unsigned char* out = nullptr;
    const int len = i2d_X509(cert.get(), &out);
    QByteArray bytes(reinterpret_cast<const char*>(out), len);
    OPENSSL_free(out);
    return bytes;
}

inline QByteArray pem(const Cert& cert)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert.get());
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

/** Signs like the card: ECDSA SHA-384 as raw r||s, RSA PKCS#1 v1.5 SHA-256. */
inline QByteArray sign(const Key& key, const QByteArray& data, bool rawEcdsa = true)
{
    const bool ec = EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_EC;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestSignInit(ctx, nullptr, ec ? EVP_sha384() : EVP_sha256(), nullptr, key.get());
    size_t len = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(data.constData());
    EVP_DigestSign(ctx, nullptr, &len, in, size_t(data.size()));
    QByteArray sig(int(len), Qt::Uninitialized);
    EVP_DigestSign(
        ctx, reinterpret_cast<unsigned char*>(sig.data()), &len, in, size_t(data.size()));
    EVP_MD_CTX_free(ctx);
    sig.resize(int(len));
    if (!ec || !rawEcdsa)
        return sig;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(sig.constData());
    ECDSA_SIG* parsed = d2i_ECDSA_SIG(nullptr, &p, long(sig.size()));
    QByteArray raw(96, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(parsed), reinterpret_cast<unsigned char*>(raw.data()), 48);
    BN_bn2binpad(ECDSA_SIG_get0_s(parsed), reinterpret_cast<unsigned char*>(raw.data()) + 48, 48);
    ECDSA_SIG_free(parsed);
    return raw;
}

/** A CRL of `ca` listing `revoked`, valid for a day: what the cards' distribution point holds. */
inline QByteArray crlDer(const Cert& ca, const Key& caKey, const QList<Cert>& revoked)
{
    X509_CRL* crl = X509_CRL_new();
    X509_CRL_set_version(crl, 1);
    X509_CRL_set_issuer_name(crl, X509_get_subject_name(ca.get()));
    ASN1_TIME* now = X509_gmtime_adj(nullptr, -60);
    ASN1_TIME* next = X509_gmtime_adj(nullptr, 86400);
    X509_CRL_set1_lastUpdate(crl, now);
    X509_CRL_set1_nextUpdate(crl, next);
    for (const Cert& cert : revoked) {
        X509_REVOKED* entry = X509_REVOKED_new();
        X509_REVOKED_set_serialNumber(entry, X509_get_serialNumber(cert.get()));
        X509_REVOKED_set_revocationDate(entry, now);
        X509_CRL_add0_revoked(crl, entry);
    }
    X509_CRL_sign(crl, caKey.get(), EVP_sha384());
    unsigned char* out = nullptr;
    const int len = i2d_X509_CRL(crl, &out);
    QByteArray bytes(reinterpret_cast<const char*>(out), len);
    OPENSSL_free(out);
    ASN1_TIME_free(now);
    ASN1_TIME_free(next);
    X509_CRL_free(crl);
    return bytes;
}

inline QByteArray tlv(const QList<QPair<int, QByteArray>>& fields)
{
    QByteArray out;
    for (const auto& f : fields) {
        out += char(f.first);
        out += char(f.second.size());
        out += f.second;
    }
    return out;
}

inline QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace testpki
