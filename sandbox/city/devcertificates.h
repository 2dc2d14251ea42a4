// SPDX-License-Identifier: GPL-3.0-or-later
// The development CA and server certificates under STATE_DIR/tls (created on first run).
#pragma once

#include <QSslConfiguration>
#include <QString>

/**
 * Makes sure STATE_DIR/tls holds ca.pem/ca.key and one certificate + key per variant:
 * server.pem (valid, for 127.0.0.1 and localhost), expired.pem (same names, expired
 * yesterday) and wrong-host.pem (valid, but only for wrong-host.invalid). All are signed by
 * ca.pem, so a client trusting ca.pem sees exactly one problem per variant.
 */
bool ensureDevCertificates(const QString& tlsDir, QString* error);

/** The server side TLS configuration for a variant ("valid", "expired", "wrong-host"). */
QSslConfiguration serverTlsConfiguration(
    const QString& tlsDir, const QString& variant, QString* error);
