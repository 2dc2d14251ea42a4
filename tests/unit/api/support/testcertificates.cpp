// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcertificates.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;

KeyPtr newKey()
{
    return KeyPtr(EVP_EC_gen("P-256"), &EVP_PKEY_free);
}

QByteArray toPem(X509* cert)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

QByteArray toPem(EVP_PKEY* key)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

KeyPtr fromPem(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return KeyPtr(key, &EVP_PKEY_free);
}

CertPtr certFromPem(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return CertPtr(cert, &X509_free);
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

TestIdentity make(const QString& cn, const QString& san, bool ca, const TestIdentity* issuer,
    int notBeforeDays, int notAfterDays)
{
    KeyPtr key = newKey();
    CertPtr cert(X509_new(), &X509_free);
    X509_set_version(cert.get(), 2);
    unsigned char serial[8];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), long(notBeforeDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(notAfterDays) * 86400);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cnUtf8 = cn.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char*>(cnUtf8.constData()), -1, -1, 0);

    CertPtr issuerCert(nullptr, &X509_free);
    KeyPtr issuerKey(nullptr, &EVP_PKEY_free);
    if (issuer) {
        issuerCert = certFromPem(issuer->certificatePem);
        issuerKey = fromPem(issuer->keyPem);
        X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert.get()));
    } else {
        X509_set_issuer_name(cert.get(), name);
    }
    X509* signer = issuer ? issuerCert.get() : cert.get();
    addExtension(cert.get(), signer, NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
    addExtension(cert.get(), signer, NID_key_usage,
        ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature,keyEncipherment");
    addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (issuer)
        addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid");
    if (!san.isEmpty()) {
        addExtension(cert.get(), signer, NID_subject_alt_name, san.toLatin1().constData());
        addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
    }
    X509_sign(cert.get(), issuer ? issuerKey.get() : key.get(), EVP_sha256());

    TestIdentity out;
    out.certificatePem = toPem(cert.get());
    out.keyPem = toPem(key.get());
    out.certificate = QSslCertificate(out.certificatePem, QSsl::Pem);
    out.key = QSslKey(out.keyPem, QSsl::Ec, QSsl::Pem);
    return out;
}

} // namespace

TestIdentity TestCertificates::authority(const QString& commonName)
{
    return make(commonName, {}, true, nullptr, -1, 365);
}

TestIdentity TestCertificates::server(
    const TestIdentity& issuer, const QString& subjectAltName, int notBeforeDays, int notAfterDays)
{
    return make(QStringLiteral("city test server"), subjectAltName, false, &issuer, notBeforeDays,
        notAfterDays);
}

bool TestCertificates::writePem(const TestIdentity& identity, const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(identity.certificatePem) > 0;
}
