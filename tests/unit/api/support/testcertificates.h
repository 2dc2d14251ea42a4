// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

/**
 * Certificates made on the fly for TLS tests (OpenSSL, EC P-256): an authority and server
 * certificates it signs, valid, for another host name, or expired.
 */
struct TestIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QByteArray certificatePem;
    QByteArray keyPem;
};

class TestCertificates
{
public:
    /** A self-signed authority. */
    static TestIdentity authority(const QString& commonName);
    /**
     * A server certificate signed by `issuer` for `subjectAltName` (e.g. "IP:127.0.0.1"),
     * valid from now + notBeforeDays to now + notAfterDays.
     */
    static TestIdentity server(const TestIdentity& issuer, const QString& subjectAltName,
        int notBeforeDays = -1, int notAfterDays = 30);
    /** Writes the certificate PEM to path; false on failure. */
    static bool writePem(const TestIdentity& identity, const QString& path);
};
