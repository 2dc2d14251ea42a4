// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

/**
 * Whom the client trusts: only the authorities of the configured CA bundle (the system store
 * when none is set) and, optionally, one server public key (SPKI SHA-256 pin). Certificate
 * errors are never ignored: they are classified for the citizen's message and the call ends.
 */
class TlsPolicy
{
public:
    /** caFile empty = the system store; pinSha256 empty = no pin. */
    TlsPolicy(const QString& caFile, const QString& pinSha256);

    /** False when a CA file was configured but holds no readable certificate. */
    bool isValid() const { return m_valid; }
    QSslConfiguration configuration() const;
    static ApiError::Code classify(const QList<QSslError>& errors);
    /** True when no pin is set or the peer's public key matches it. */
    bool matchesPin(const QSslCertificate& peer) const;
    static QString pinOf(const QSslCertificate& certificate);

private:
    QList<QSslCertificate> m_authorities;
    QByteArray m_pin;
    bool m_valid = true;
};
