// SPDX-License-Identifier: GPL-3.0-or-later
// The development CA and server certificates under STATE_DIR/tls (created on first run).
#pragma once

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

/**
 * Makes sure STATE_DIR/tls holds ca.pem/ca.key and one certificate + key per variant:
 * server.pem (valid, for 127.0.0.1 and localhost), expired.pem (same names, expired
 * yesterday) and wrong-host.pem (valid, but only for wrong-host.invalid). All are signed by
 * ca.pem, so a client trusting ca.pem sees exactly one problem per variant.
 */
bool ensureDevCertificates(const QString& tlsDir, QString* error);

/** The subject OU of every station certificate (kiosk, counter); its CN is the device id. */
inline constexpr const char* StationUnit = "e-Guichet station";

/**
 * Issues a station's client certificate for deviceId from the development CA (made first if
 * there is none): OUT/station.pem, OUT/station.key (created 0600) and OUT/ca.pem (the CA the
 * city's server certificate chains to). *sha256: hex SHA-256 of the certificate (DER).
 */
bool issueStationCertificate(const QString& tlsDir, const QString& deviceId, const QString& outDir,
    QByteArray* sha256, QString* error);

/**
 * The device id a client certificate (DER) names when it chains to caPem, is valid now, is
 * meant for TLS clients and carries the station OU; empty otherwise. Whether that station is
 * registered and active is the registry's question (stations.h).
 */
QString stationIdOf(const QByteArray& der, const QByteArray& caPem);

/** The server side TLS configuration for a variant ("valid", "expired", "wrong-host"). */
QSslConfiguration serverTlsConfiguration(
    const QString& tlsDir, const QString& variant, QString* error);
