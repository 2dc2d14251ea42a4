// SPDX-License-Identifier: GPL-3.0-or-later
// The test PKI's certificate revocation list: what the city's revocation check fetches from a
// card certificate's CRL distribution point (docs/virtual-card.md).
#pragma once

#include "testpki.h"

#include <QList>
#include <QString>

namespace TestCrl {
/** `<pkiDir>/ca.crl`: the citizen CA's CRL (DER) that a PKI directory keeps. */
QString path(const QString& pkiDir);
/** The default distribution point of a PKI's cards: the file URL of path(pkiDir). */
QString fileUrl(const QString& pkiDir);
/**
 * Re-issues the CRL: every serial it already lists plus `revoke`, this update now, next update
 * in validSeconds, signed by the citizen CA.
 */
bool update(const QString& pkiDir, const TestPki& pki, const QList<X509*>& revoke,
    qint64 validSeconds, QString* error);
} // namespace TestCrl
