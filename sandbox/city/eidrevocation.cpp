// SPDX-License-Identifier: GPL-3.0-or-later
#include "eidrevocation.h"

#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <QDateTime>
#include <QFile>
#include <QStringList>
#include <QUrl>

namespace {

constexpr int kFetchTimeoutS = 10;
constexpr qint64 kMaxCrlBytes = 4 * 1024 * 1024;

QStringList distributionPoints(X509* cert)
{
    QStringList urls;
    auto* points = static_cast<CRL_DIST_POINTS*>(
        X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
    for (int i = 0; points && i < sk_DIST_POINT_num(points); ++i) {
        const DIST_POINT* point = sk_DIST_POINT_value(points, i);
        if (!point->distpoint || point->distpoint->type != 0)
            continue;
        const GENERAL_NAMES* names = point->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, j);
            if (name->type != GEN_URI)
                continue;
            const ASN1_IA5STRING* uri = name->d.uniformResourceIdentifier;
            urls << QString::fromLatin1(
                reinterpret_cast<const char*>(ASN1_STRING_get0_data(uri)), ASN1_STRING_length(uri));
        }
    }
    CRL_DIST_POINTS_free(points);
    return urls;
}

X509_CRL* fetch(const QString& url)
{
    const QUrl parsed(url);
    if (parsed.scheme() == QLatin1String("http"))
        return X509_CRL_load_http(url.toUtf8().constData(), nullptr, nullptr, kFetchTimeoutS);
    if (parsed.scheme() != QLatin1String("file"))
        return nullptr;
    QFile file(parsed.toLocalFile());
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxCrlBytes)
        return nullptr;
    const QByteArray bytes = file.readAll();
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    if (X509_CRL* der = d2i_X509_CRL(nullptr, &p, long(bytes.size())))
        return der;
    BIO* bio = BIO_new_mem_buf(bytes.constData(), int(bytes.size()));
    X509_CRL* pem = PEM_read_bio_X509_CRL(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return pem;
}

qint64 secondsOf(const ASN1_TIME* time)
{
    struct tm when = {};
    return time && ASN1_TIME_to_tm(time, &when) == 1 ? qint64(timegm(&when)) : 0;
}

} // namespace

std::shared_ptr<X509_CRL> CrlCache::current(const QString& url, X509* issuer)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto cached = m_entries.constFind(url);
    if (cached != m_entries.constEnd() && cached->nextUpdate > now)
        return cached->crl;
    m_entries.remove(url);
    std::shared_ptr<X509_CRL> crl(fetch(url), X509_CRL_free);
    if (!crl)
        return nullptr;
    // Only the issuer's own, current list counts.
    const qint64 thisUpdate = secondsOf(X509_CRL_get0_lastUpdate(crl.get()));
    const qint64 nextUpdate = secondsOf(X509_CRL_get0_nextUpdate(crl.get()));
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer)) != 0
        || X509_CRL_verify(crl.get(), X509_get0_pubkey(issuer)) != 1 || thisUpdate == 0
        || thisUpdate > now + 300 || nextUpdate <= now)
        return nullptr;
    m_entries.insert(url, { crl, nextUpdate });
    return crl;
}

RevocationStatus CrlCache::status(X509* cert, X509* issuer)
{
    for (const QString& url : distributionPoints(cert)) {
        const std::shared_ptr<X509_CRL> crl = current(url, issuer);
        if (!crl)
            continue;
        X509_REVOKED* entry = nullptr;
        // 1: listed; 2: listed as removeFromCRL (a hold lifted), which is not revoked.
        return X509_CRL_get0_by_cert(crl.get(), &entry, cert) == 1 ? RevocationStatus::Revoked
                                                                   : RevocationStatus::Good;
    }
    return RevocationStatus::Unknown;
}
