// SPDX-License-Identifier: GPL-3.0-or-later
// The generator's own test PKI: root -> citizen CA -> citizen certificates, root -> RRN.
#pragma once

#include "osslptr.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

/** A key and the certificate issued for it. */
struct IssuedCert
{
    ossl::PKey key;
    ossl::Cert cert;
};

/** RSA-2048 keys for applet 1.7 cards, EC P-384 for 1.8, as on real cards ([C54] §3.3). */
class TestPki
{
public:
    using Name = QList<QPair<QString, QString>>;

    /** Loads the PKI saved in `dir`, or creates one (and saves it there when `dir` is set). */
    static bool loadOrCreate(const QString& dir, bool ec, TestPki& out, QString* error);

    /** A card's authentication or signature certificate, with the Belgian eID policy of its
        role and, when crlUrl is set, that CRL distribution point. */
    IssuedCert issueCitizen(const Name& subject, bool signature, const QDate& begin,
        const QDate& end, const QString& crlUrl = {}) const;
    /** A second RRN certificate whose validity ended yesterday. */
    IssuedCert issueExpiredRrn() const;
    static ossl::PKey newKey(bool ec, int rsaBits = 2048);
    static QByteArray certDer(X509* cert);
    static QByteArray certPem(X509* cert);
    static QByteArray keyPem(EVP_PKEY* key);
    /** SubjectPublicKeyInfo DER of a key (EF(PuK#1) on 1.8 cards). */
    static QByteArray publicKeyDer(EVP_PKEY* key);

    bool ec = true;
    IssuedCert root;
    IssuedCert ca;
    IssuedCert rrn;

private:
    IssuedCert issue(const Name& subject, const IssuedCert* issuer, const QDateTime& begin,
        const QDateTime& end, const char* basicConstraints, const char* keyUsage,
        const QList<QPair<int, QByteArray>>& extra = {}) const;
    bool save(const QString& dir, QString* error) const;
    bool load(const QString& dir, QString* error);
};
