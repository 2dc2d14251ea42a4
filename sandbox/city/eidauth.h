// SPDX-License-Identifier: GPL-3.0-or-later
// eID login: POST /v1/auth/eid/challenge and /v1/auth/eid/verify (signature over the nonce
// with the card's authentication key, chain to the configured roots, National Register
// signatures over the identity and address files).
#pragma once

#include <openssl/x509.h>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

class Router;
struct ApiRequest;
struct CityContext;

void addEidRoutes(Router& router, CityContext& city);

/*
 * The checks of an eID login, shared with the clerk's eID sign-in and the identification of
 * a citizen by their card at a counter (staff.h, counter.h). Each returns the err_code of the
 * first check that fails (eid_untrusted, eid_revoked, eid_revocation_unknown,
 * eid_signature_invalid), or an empty string.
 */

/** The authentication certificate chains to a trust anchor through one CA of `chainB64`,
    carries the eID policy, is not on its CA's current CRL; *nrn from its subject. */
QString checkAuthenticationCertificate(
    CityContext& city, X509* auth, const QJsonArray& chainB64, QString* nrn);

/** The identity file (its number must be `nrn`) and address file of `body` with their
    National Register signatures and certificate (`identity_file_b64`, `identity_sig_b64`,
    `address_file_b64`, `address_sig_b64`, `rrn_cert_der_b64`); fills *fields from them. */
QString checkNationalRegisterFiles(
    CityContext& city, const QJsonObject& body, const QString& nrn, QMap<QString, QString>* fields);

/** Steps 2 to 5 of POST /v1/auth/eid/verify on `r.json` for the taken challenge's nonce:
    signature over the login message, certificate, files. *fields: the card's values. */
QString verifyEidLogin(CityContext& city, const ApiRequest& r, const QByteArray& nonce,
    QString* nrn, QMap<QString, QString>* fields);

/** The account an earlier eID login linked to this national number, or 0. */
qint64 eidLinkedAccountOf(CityContext& city, const QString& nrn);

/** Takes a challenge of POST /v1/auth/eid/challenge (single use); empty when unusable. */
QByteArray takeEidChallenge(CityContext& city, const QString& id);

/** The birth date a national number encodes (YYYY-MM-DD), empty for BIS numbers. */
QString birthDateFromNationalNumber(const QString& nrn);

/** Values of a Belgian eID TLV file (identity 4031 or address 4033), by tag. */
QMap<int, QByteArray> parseEidTlv(const QByteArray& file);
