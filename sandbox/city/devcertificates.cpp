// SPDX-License-Identifier: GPL-3.0-or-later
#include "devcertificates.h"

#include <functional>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSslKey>

namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;

constexpr long Day = 24 * 3600;

struct CertSpec
{
    QString commonName;
    bool isCa = false;
    QString subjectAltName; // OpenSSL syntax, e.g. "IP:127.0.0.1,DNS:localhost"
    long notBeforeOffset = -Day; // relative to now, seconds
    long notAfterOffset = 825 * Day;
    const char* extendedKeyUsage = "serverAuth";
    QString organizationalUnit; // stations: StationUnit
};

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

CertPtr makeCertificate(const CertSpec& spec, EVP_PKEY* key, X509* issuer, EVP_PKEY* issuerKey)
{
    CertPtr cert(X509_new(), X509_free);
    X509* x = cert.get();
    X509_set_version(x, 2);
    ASN1_INTEGER_set_int64(
        X509_get_serialNumber(x), qint64(QRandomGenerator::system()->generate64() >> 2));
    X509_gmtime_adj(X509_getm_notBefore(x), spec.notBeforeOffset);
    X509_gmtime_adj(X509_getm_notAfter(x), spec.notAfterOffset);
    X509_set_pubkey(x, key);
    X509_NAME* name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char*>("e-Guichet sandbox"), -1, -1, 0);
    if (!spec.organizationalUnit.isEmpty()) {
        const QByteArray ou = spec.organizationalUnit.toUtf8();
        X509_NAME_add_entry_by_txt(name, "OU", MBSTRING_UTF8,
            reinterpret_cast<const unsigned char*>(ou.constData()), -1, -1, 0);
    }
    const QByteArray cn = spec.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : name);
    bool ok = addExtension(x, issuer, NID_subject_key_identifier, "hash");
    if (spec.isCa) {
        ok = ok && addExtension(x, issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExtension(x, issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        const QByteArray san = spec.subjectAltName.toLatin1();
        ok = ok && addExtension(x, issuer, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(x, issuer, NID_key_usage, "critical,digitalSignature")
            && addExtension(x, issuer, NID_ext_key_usage, spec.extendedKeyUsage)
            && (san.isEmpty() || addExtension(x, issuer, NID_subject_alt_name, san.constData()))
            && addExtension(x, issuer, NID_authority_key_identifier, "keyid");
    }
    if (!ok || X509_sign(x, issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return CertPtr(nullptr, X509_free);
    return cert;
}

bool writeBio(const QString& path, const std::function<int(BIO*)>& write)
{
    BIO* bio = BIO_new(BIO_s_mem());
    const bool ok = write(bio) == 1;
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QFile file(path);
    // A key is created 0600 (never readable by others, not even for a moment); a
    // certificate 0644.
    const bool isKey = path.endsWith(QLatin1String(".key"));
    QFile::remove(path);
    const bool saved = ok
        && file.open(QIODevice::WriteOnly | QIODevice::Truncate,
            isKey ? QFile::ReadOwner | QFile::WriteOwner
                  : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)
        && file.write(data, size) == size;
    BIO_free(bio);
    return saved;
}

bool save(const QString& base, X509* cert, EVP_PKEY* key)
{
    return writeBio(base + ".pem", [cert](BIO* b) { return PEM_write_bio_X509(b, cert); })
        && writeBio(base + ".key", [key](BIO* b) {
               return PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr);
           });
}

template <typename T, typename F>
std::unique_ptr<T, void (*)(T*)> readPem(const QString& path, F reader, void (*deleter)(T*))
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { nullptr, deleter };
    const QByteArray pem = file.readAll();
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    T* value = reader(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return { value, deleter };
}

} // namespace

bool ensureDevCertificates(const QString& tlsDir, QString* error)
{
    if (!QDir().mkpath(tlsDir)) {
        *error = QStringLiteral("cannot create %1").arg(tlsDir);
        return false;
    }
    const QString caBase = tlsDir + QStringLiteral("/ca");
    auto caCert = readPem<X509>(caBase + ".pem", PEM_read_bio_X509, X509_free);
    auto caKey = readPem<EVP_PKEY>(caBase + ".key", PEM_read_bio_PrivateKey, EVP_PKEY_free);
    if (!caCert || !caKey) {
        KeyPtr key(EVP_EC_gen("P-256"), EVP_PKEY_free);
        CertPtr cert = makeCertificate(
            { "e-Guichet sandbox development CA", true, {}, -Day, 3650 * Day, "serverAuth", {} },
            key.get(), nullptr, nullptr);
        if (!key || !cert || !save(caBase, cert.get(), key.get())) {
            *error = QStringLiteral("cannot create the development CA in %1").arg(tlsDir);
            return false;
        }
        caCert = { cert.release(), X509_free };
        caKey = { key.release(), EVP_PKEY_free };
        // A new CA invalidates older server certificates.
        for (const char* old : { "server", "expired", "wrong-host" })
            QFile::remove(tlsDir + "/" + old + ".pem");
    }
    const struct
    {
        const char* base;
        CertSpec spec;
    } variants[] = {
        { "server",
            { "127.0.0.1", false, "IP:127.0.0.1,DNS:localhost", -Day, 825 * Day, "serverAuth",
                {} } },
        { "expired",
            { "127.0.0.1", false, "IP:127.0.0.1,DNS:localhost", -30 * Day, -Day, "serverAuth",
                {} } },
        { "wrong-host",
            { "wrong-host.invalid", false, "DNS:wrong-host.invalid", -Day, 825 * Day, "serverAuth",
                {} } },
    };
    for (const auto& v : variants) {
        const QString base = tlsDir + "/" + v.base;
        if (QFile::exists(base + ".pem") && QFile::exists(base + ".key"))
            continue;
        KeyPtr key(EVP_EC_gen("P-256"), EVP_PKEY_free);
        CertPtr cert = makeCertificate(v.spec, key.get(), caCert.get(), caKey.get());
        if (!key || !cert || !save(base, cert.get(), key.get())) {
            *error = QStringLiteral("cannot create %1.pem").arg(base);
            return false;
        }
    }
    return true;
}

QSslConfiguration serverTlsConfiguration(
    const QString& tlsDir, const QString& variant, QString* error)
{
    const QString base
        = tlsDir + "/" + (variant == QLatin1String("valid") ? QStringLiteral("server") : variant);
    QFile certFile(base + ".pem");
    QFile keyFile(base + ".key");
    QFile caFile(tlsDir + "/ca.pem");
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)
        || !caFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("missing TLS files in %1").arg(tlsDir);
        return tls;
    }
    const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        *error = QStringLiteral("unreadable TLS files in %1").arg(tlsDir);
        return tls;
    }
    tls.setPrivateKey(key);
    // Ask for a client certificate without requiring one: citizens' apps have none, stations
    // (kiosk, counter) present theirs. Which one counts is decided per route (stations.h),
    // never by the handshake alone; the CA list tells clients which certificate to send.
    const QSslCertificate ca(caFile.readAll(), QSsl::Pem);
    tls.setLocalCertificateChain({ cert, ca });
    tls.setCaCertificates({ ca });
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    return tls;
}

bool issueStationCertificate(const QString& tlsDir, const QString& deviceId, const QString& outDir,
    QByteArray* sha256, QString* error)
{
    if (!ensureDevCertificates(tlsDir, error))
        return false;
    auto caCert = readPem<X509>(tlsDir + "/ca.pem", PEM_read_bio_X509, X509_free);
    auto caKey = readPem<EVP_PKEY>(tlsDir + "/ca.key", PEM_read_bio_PrivateKey, EVP_PKEY_free);
    if (!caCert || !caKey || !QDir().mkpath(outDir)) {
        *error = QStringLiteral("cannot read the development CA in %1 or create %2")
                     .arg(tlsDir, outDir);
        return false;
    }
    const CertSpec spec { deviceId, false, {}, -Day, 825 * Day, "clientAuth",
        QString::fromLatin1(StationUnit) };
    KeyPtr key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    CertPtr cert = makeCertificate(spec, key.get(), caCert.get(), caKey.get());
    const QString base = outDir + QStringLiteral("/station");
    QFile::remove(outDir + "/ca.pem.tmp");
    if (!key || !cert || !save(base, cert.get(), key.get())
        || !QFile::copy(tlsDir + "/ca.pem", outDir + "/ca.pem.tmp")) {
        *error = QStringLiteral("cannot write %1.pem").arg(base);
        return false;
    }
    QFile::remove(outDir + "/ca.pem");
    QFile::rename(outDir + "/ca.pem.tmp", outDir + "/ca.pem");
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(cert.get(), EVP_sha256(), digest, &length);
    *sha256 = QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
    return true;
}

QString stationIdOf(const QByteArray& der, const QByteArray& caPem)
{
    if (der.isEmpty() || caPem.isEmpty())
        return {};
    const unsigned char* p = reinterpret_cast<const unsigned char*>(der.constData());
    CertPtr leaf(d2i_X509(nullptr, &p, long(der.size())), X509_free);
    BIO* bio = BIO_new_mem_buf(caPem.constData(), int(caPem.size()));
    CertPtr ca(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr), X509_free);
    BIO_free(bio);
    if (!leaf || !ca)
        return {};
    // Chain to the CA alone, valid now, and fit for a TLS client (extendedKeyUsage
    // clientAuth): the server certificates the same CA signs do not pass.
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(
        X509_STORE_new(), X509_STORE_free);
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(
        X509_STORE_CTX_new(), X509_STORE_CTX_free);
    if (!store || !ctx || X509_STORE_add_cert(store.get(), ca.get()) != 1
        || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), nullptr) != 1
        || X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_CLIENT) != 1
        || X509_verify_cert(ctx.get()) != 1)
        return {};
    const auto field = [&leaf](int nid) {
        X509_NAME* subject = X509_get_subject_name(leaf.get());
        const int at = X509_NAME_get_index_by_NID(subject, nid, -1);
        if (at < 0 || X509_NAME_get_index_by_NID(subject, nid, at) >= 0)
            return QString(); // absent or given twice
        ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, at));
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, value);
        const QString out = length < 0
            ? QString()
            : QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
        OPENSSL_free(utf8);
        return out;
    };
    if (field(NID_organizationalUnitName) != QLatin1String(StationUnit))
        return {};
    return field(NID_commonName);
}
