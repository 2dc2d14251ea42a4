// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QString>

/**
 * Whom the client trusts: only the authorities of the configured CA bundle (the system store
 * when none is set) and, optionally, one server public key (SPKI SHA-256 pin). Certificate
 * errors are never ignored: they are classified for the citizen's message and the call ends.
 * A kiosk or counter also proves who it is: its station certificate and key (`api/client_cert`,
 * `api/client_key`, PEM), presented on every connection (mutual TLS).
 */
class TlsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TlsPolicy)

public:
    /** Why the station's certificate and key cannot be used; the app does not start then. */
    enum class ClientIdentityError {
        None,
        OnlyOneGiven, // a certificate without its key, or a key without its certificate
        CertificateUnreadable, // missing, unreadable or not a PEM certificate
        KeyUnreadable, // missing, unreadable or not a PEM private key (EC or RSA)
        KeyNotPrivate, // the key file has group or other permission bits (must be 0600)
    };

    /** caFile empty = the system store; pinSha256 empty = no pin; no client files = none. */
    TlsPolicy(const QString& caFile, const QString& pinSha256, const QString& clientCertFile = {},
        const QString& clientKeyFile = {});

    /**
     * False when a CA file was configured but holds no readable certificate, or when the
     * station's certificate and key cannot be used (clientIdentityError()).
     */
    bool isValid() const { return m_valid && m_clientError == ClientIdentityError::None; }
    ClientIdentityError clientIdentityError() const { return m_clientError; }
    bool hasClientIdentity() const { return !m_clientCertificate.isNull(); }
    QSslConfiguration configuration() const;
    static ApiError::Code classify(const QList<QSslError>& errors);
    /** True when no pin is set or the peer's public key matches it. */
    bool matchesPin(const QSslCertificate& peer) const;
    static QString pinOf(const QSslCertificate& certificate);

    /**
     * Reads a station's certificate and key (both empty: no client identity, None). On Unix
     * the key file must not be open to group or others (0600 or 0400).
     */
    static ClientIdentityError loadClientIdentity(const QString& certFile, const QString& keyFile,
        QSslCertificate* certificate = nullptr, QSslKey* key = nullptr);
    /** The one sentence, in the current language, for the administrator who must fix it. */
    static QString message(
        ClientIdentityError error, const QString& certFile, const QString& keyFile);

private:
    QList<QSslCertificate> m_authorities;
    QByteArray m_pin;
    bool m_valid = true;
    QSslCertificate m_clientCertificate;
    QSslKey m_clientKey;
    ClientIdentityError m_clientError = ClientIdentityError::None;
};
