// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpki.h"

#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>
#include <QDir>
#include <QFile>

namespace {
const TestPki::Name RootName
    = { { "C", "BE" }, { "O", "e-Guichet sandbox" }, { "CN", "e-Guichet Test Root CA" } };
const TestPki::Name CaName = { { "C", "BE" }, { "O", "e-Guichet sandbox" },
    { "CN", "e-Guichet Test Citizen CA" }, { "serialNumber", "202002" } };
const TestPki::Name RrnName = { { "C", "BE" }, { "O", "RRN" }, { "CN", "RRN" } };

X509_NAME* makeName(const TestPki::Name& name)
{
    X509_NAME* out = X509_NAME_new();
    for (const auto& [field, value] : name) {
        const QByteArray utf8 = value.toUtf8();
        X509_NAME_add_entry_by_txt(out, field.toLatin1().constData(), MBSTRING_UTF8,
            reinterpret_cast<const unsigned char*>(utf8.constData()), utf8.size(), -1, 0);
    }
    return out;
}

/** certificatePolicies with one OID: built by hand, its text form needs a config database. */
void addPolicy(X509* cert, const char* oid)
{
    CERTIFICATEPOLICIES* policies = sk_POLICYINFO_new_null();
    POLICYINFO* info = POLICYINFO_new();
    info->policyid = OBJ_txt2obj(oid, 1);
    sk_POLICYINFO_push(policies, info);
    X509_add1_ext_i2d(cert, NID_certificate_policies, policies, 0, X509V3_ADD_DEFAULT);
    CERTIFICATEPOLICIES_free(policies);
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    if (nid == NID_certificate_policies) {
        addPolicy(cert, value);
        return;
    }
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    if (X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value)) {
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}
} // namespace

ossl::PKey TestPki::newKey(bool ec, int rsaBits)
{
    if (ec)
        return ossl::PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
    return ossl::PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(rsaBits)));
}

IssuedCert TestPki::issue(const Name& subject, const IssuedCert* issuer, const QDateTime& begin,
    const QDateTime& end, const char* basicConstraints, const char* keyUsage,
    const QList<QPair<int, QByteArray>>& extra) const
{
    IssuedCert out { newKey(ec), ossl::Cert(X509_new()) };
    X509* cert = out.cert.get();
    X509_set_version(cert, X509_VERSION_3);
    BIGNUM* serial = BN_new();
    BN_rand(serial, 64, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(cert));
    BN_free(serial);
    ASN1_TIME_set(X509_getm_notBefore(cert), begin.toSecsSinceEpoch());
    ASN1_TIME_set(X509_getm_notAfter(cert), end.toSecsSinceEpoch());
    X509_NAME* name = makeName(subject);
    X509_set_subject_name(cert, name);
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer->cert.get()) : name);
    X509_NAME_free(name);
    X509_set_pubkey(cert, out.key.get());
    X509* issuerCert = issuer ? issuer->cert.get() : cert;
    addExtension(cert, issuerCert, NID_basic_constraints, basicConstraints);
    addExtension(cert, issuerCert, NID_key_usage, keyUsage);
    addExtension(cert, issuerCert, NID_subject_key_identifier, "hash");
    addExtension(cert, issuerCert, NID_authority_key_identifier, "keyid:always");
    for (const auto& [nid, value] : extra)
        addExtension(cert, issuerCert, nid, value.constData());
    EVP_PKEY* signer = issuer ? issuer->key.get() : out.key.get();
    X509_sign(cert, signer, ec ? EVP_sha384() : EVP_sha256());
    return out;
}

bool TestPki::loadOrCreate(const QString& dir, bool ec, TestPki& out, QString* error)
{
    out.ec = ec;
    if (!dir.isEmpty() && QFile::exists(dir + QStringLiteral("/root.pem")))
        return out.load(dir, error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out.root = out.issue(RootName, nullptr, now.addYears(-1), now.addYears(20), "critical,CA:TRUE",
        "critical,keyCertSign,cRLSign");
    out.ca = out.issue(CaName, &out.root, now.addYears(-1), now.addYears(15),
        "critical,CA:TRUE,pathlen:0", "critical,keyCertSign,cRLSign");
    out.rrn = out.issue(RrnName, &out.root, now.addYears(-1), now.addYears(10), "CA:FALSE",
        "critical,digitalSignature,nonRepudiation");
    if (!out.root.cert || !out.ca.cert || !out.rrn.cert) {
        *error = QStringLiteral("OpenSSL could not create the test PKI");
        return false;
    }
    return dir.isEmpty() || out.save(dir, error);
}

IssuedCert TestPki::issueCitizen(const Name& subject, bool signature, const QDate& begin,
    const QDate& end, const QString& crlUrl) const
{
    // Root CA4's citizen policies (commons-eid's trust service lists them): .2.2
    // authentication, .2.1 signature. The city checks the authentication one.
    QList<QPair<int, QByteArray>> extra
        = { { NID_certificate_policies, signature ? "2.16.56.12.1.1.2.1" : "2.16.56.12.1.1.2.2" } };
    if (!crlUrl.isEmpty())
        extra.append({ NID_crl_distribution_points, "URI:" + crlUrl.toUtf8() });
    return issue(subject, &ca, begin.startOfDay(Qt::UTC), end.startOfDay(Qt::UTC), "CA:FALSE",
        signature ? "critical,nonRepudiation" : "critical,digitalSignature", extra);
}

IssuedCert TestPki::issueExpiredRrn() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return issue(RrnName, &root, now.addYears(-3), now.addDays(-1), "CA:FALSE",
        "critical,digitalSignature,nonRepudiation");
}

QByteArray TestPki::certDer(X509* cert)
{
    unsigned char* der = nullptr;
    const int size = i2d_X509(cert, &der);
    QByteArray out(reinterpret_cast<const char*>(der), qMax(size, 0));
    OPENSSL_free(der);
    return out;
}

QByteArray TestPki::certPem(X509* cert)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return ossl::bioBytes(bio.get());
}

QByteArray TestPki::keyPem(EVP_PKEY* key)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return ossl::bioBytes(bio.get());
}

QByteArray TestPki::publicKeyDer(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int size = i2d_PUBKEY(key, &der);
    QByteArray out(reinterpret_cast<const char*>(der), qMax(size, 0));
    OPENSSL_free(der);
    return out;
}

bool TestPki::save(const QString& dir, QString* error) const
{
    QDir().mkpath(dir);
    const QList<QPair<QString, const IssuedCert*>> parts = { { QStringLiteral("root"), &root },
        { QStringLiteral("ca"), &ca }, { QStringLiteral("rrn"), &rrn } };
    for (const auto& [name, issued] : parts) {
        if (!writeFile(
                dir + QLatin1Char('/') + name + QStringLiteral(".pem"), certPem(issued->cert.get()))
            || !writeFile(dir + QLatin1Char('/') + name + QStringLiteral(".key"),
                keyPem(issued->key.get()))) {
            *error = QStringLiteral("cannot write the PKI into %1").arg(dir);
            return false;
        }
    }
    return true;
}

bool TestPki::load(const QString& dir, QString* error)
{
    for (auto [name, issued] :
        QList<QPair<QString, IssuedCert*>> { { QStringLiteral("root"), &root },
            { QStringLiteral("ca"), &ca }, { QStringLiteral("rrn"), &rrn } }) {
        const QByteArray cert = readFile(dir + QLatin1Char('/') + name + QStringLiteral(".pem"));
        const QByteArray key = readFile(dir + QLatin1Char('/') + name + QStringLiteral(".key"));
        ossl::Bio certBio(BIO_new_mem_buf(cert.constData(), static_cast<int>(cert.size())));
        ossl::Bio keyBio(BIO_new_mem_buf(key.constData(), static_cast<int>(key.size())));
        issued->cert.reset(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
        issued->key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
        if (!issued->cert || !issued->key) {
            *error = QStringLiteral("%1: cannot read %2.pem / %2.key").arg(dir, name);
            return false;
        }
    }
    if ((EVP_PKEY_get_base_id(root.key.get()) == EVP_PKEY_EC) != ec) {
        *error
            = QStringLiteral("%1 holds a PKI of the other key type (1.7 = RSA, 1.8 = EC)").arg(dir);
        return false;
    }
    return true;
}
