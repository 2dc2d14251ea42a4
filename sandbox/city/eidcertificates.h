// SPDX-License-Identifier: GPL-3.0-or-later
// Which certificates the city accepts in an eID login (docs/api/openapi.yaml, eID login):
// the roots it trusts, each with the subject its National Register certificate must carry;
// the authentication certificate's chain (root -> citizen CA -> card) and policy; the RRN
// certificate right under a root.
#pragma once

#include <memory>
#include <openssl/x509.h>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

using X509Shared = std::shared_ptr<X509>;

/** A root trusted for eID logins and the subject its RRN certificate must have. */
struct EidAnchor
{
    X509Shared cert;
    QString rrnSubject;
};

/** The production National Register certificate's subject. */
inline constexpr char kProductionRrnSubject[] = "C=BE, O=RRN, CN=RRN";

/**
 * Every certificate of each PEM file. A line "RRN-Subject: ..." outside the certificate
 * blocks sets the RRN subject rule of that file's roots (test PKIs); otherwise production's.
 */
QList<EidAnchor> loadEidAnchors(const QStringList& pemFiles);

X509Shared certificateFromDer(const QByteArray& der);
QByteArray certificateDer(X509* cert);

/** "C=BE, O=RRN, CN=RRN": the subject's short names and values in order. */
QString subjectLine(X509* cert);

/**
 * The National Register's certificate: issued directly by an anchor (no intermediate), not a
 * CA, valid now, its subject the one that anchor's rule names.
 */
bool isNationalRegisterCertificate(X509* rrn, const QList<EidAnchor>& anchors);

/**
 * The citizen's authentication certificate: anchor -> one CA from `chain` -> this leaf,
 * exactly; the CA is a CA, the leaf is not, allows digital signatures and carries a Belgian
 * eID authentication policy (2.16.56.<root>.1.1.2.2 citizen, .7.2 foreigner). Returns the
 * issuing CA (for the revocation check), or null.
 */
X509Shared trustedAuthenticationIssuer(
    X509* auth, const QList<QByteArray>& chain, const QList<EidAnchor>& anchors);
