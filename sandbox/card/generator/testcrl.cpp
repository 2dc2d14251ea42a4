// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcrl.h"

#include <memory>
#include <openssl/x509.h>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUrl>

namespace {
using CrlPtr = std::unique_ptr<X509_CRL, decltype(&X509_CRL_free)>;
using TimePtr = std::unique_ptr<ASN1_TIME, decltype(&ASN1_TIME_free)>;

CrlPtr readCrl(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return CrlPtr(nullptr, X509_CRL_free);
    const QByteArray der = f.readAll();
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return CrlPtr(d2i_X509_CRL(nullptr, &p, long(der.size())), X509_CRL_free);
}
} // namespace

QString TestCrl::path(const QString& pkiDir)
{
    return QDir(pkiDir).absoluteFilePath(QStringLiteral("ca.crl"));
}

QString TestCrl::fileUrl(const QString& pkiDir)
{
    return QUrl::fromLocalFile(path(pkiDir)).toString(QUrl::FullyEncoded);
}

bool TestCrl::update(const QString& pkiDir, const TestPki& pki, const QList<X509*>& revoke,
    qint64 validSeconds, QString* error)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    CrlPtr crl(X509_CRL_new(), X509_CRL_free);
    TimePtr thisUpdate(ASN1_TIME_set(nullptr, now - 60), ASN1_TIME_free);
    TimePtr nextUpdate(ASN1_TIME_set(nullptr, now + validSeconds), ASN1_TIME_free);
    bool ok = crl && thisUpdate && nextUpdate && X509_CRL_set_version(crl.get(), 1) == 1
        && X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(pki.ca.cert.get())) == 1
        && X509_CRL_set1_lastUpdate(crl.get(), thisUpdate.get()) == 1
        && X509_CRL_set1_nextUpdate(crl.get(), nextUpdate.get()) == 1;
    // What was revoked stays revoked: the cards of one PKI are made one run at a time.
    if (CrlPtr previous = readCrl(path(pkiDir))) {
        STACK_OF(X509_REVOKED)* listed = X509_CRL_get_REVOKED(previous.get());
        for (int i = 0; ok && i < sk_X509_REVOKED_num(listed); ++i)
            ok = X509_CRL_add0_revoked(
                     crl.get(), X509_REVOKED_dup(sk_X509_REVOKED_value(listed, i)))
                == 1;
    }
    for (X509* cert : revoke) {
        X509_REVOKED* entry = X509_REVOKED_new();
        ok = ok && entry && X509_REVOKED_set_serialNumber(entry, X509_get_serialNumber(cert)) == 1
            && X509_REVOKED_set_revocationDate(entry, thisUpdate.get()) == 1
            && X509_CRL_add0_revoked(crl.get(), entry) == 1;
        if (!ok)
            X509_REVOKED_free(entry);
    }
    ok = ok && X509_CRL_sort(crl.get()) == 1
        && X509_CRL_sign(crl.get(), pki.ca.key.get(), pki.ec ? EVP_sha384() : EVP_sha256()) > 0;
    unsigned char* der = nullptr;
    const int length = ok ? i2d_X509_CRL(crl.get(), &der) : 0;
    QFile out(path(pkiDir));
    ok = length > 0 && QDir().mkpath(pkiDir) && out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && out.write(reinterpret_cast<const char*>(der), length) == length;
    OPENSSL_free(der);
    if (!ok)
        *error = QStringLiteral("cannot write the test CRL %1").arg(path(pkiDir));
    return ok;
}
