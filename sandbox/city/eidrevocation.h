// SPDX-License-Identifier: GPL-3.0-or-later
// Revocation of eID certificates: the CRL named by the certificate's distribution point,
// checked against its issuer and kept until its own next update.
#pragma once

#include "eidcertificates.h"

#include <QHash>
#include <QString>

enum class RevocationStatus { Good, Revoked, Unknown };

/**
 * CRLs by URL, each cached until its nextUpdate (then fetched again). A CRL that cannot be
 * fetched, is not signed by the certificate's issuer or is out of date gives Unknown: the
 * login is refused rather than trusted blindly. http:// URLs are fetched with OpenSSL
 * (blocking, 10 s time-out); file:// URLs are read from disk (the sandbox's test PKIs).
 */
class CrlCache
{
public:
    RevocationStatus status(X509* cert, X509* issuer);

private:
    struct Entry
    {
        std::shared_ptr<X509_CRL> crl;
        qint64 nextUpdate = 0;
    };
    std::shared_ptr<X509_CRL> current(const QString& url, X509* issuer);

    QHash<QString, Entry> m_entries;
};
