// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlspolicy.h"

#include <QCryptographicHash>
#include <QSslKey>

TlsPolicy::TlsPolicy(const QString& caFile, const QString& pinSha256)
    : m_pin(pinSha256.trimmed().toLatin1())
{
    if (caFile.isEmpty())
        return;
    m_authorities = QSslCertificate::fromPath(caFile, QSsl::Pem);
    m_valid = !m_authorities.isEmpty();
}

QSslConfiguration TlsPolicy::configuration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    // Replace, not add to, the system store: a certificate from another public authority for
    // our host name must not be accepted.
    if (!m_authorities.isEmpty())
        config.setCaCertificates(m_authorities);
    return config;
}

ApiError::Code TlsPolicy::classify(const QList<QSslError>& errors)
{
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::HostNameMismatch:
            return ApiError::TlsHostMismatch;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            return ApiError::TlsExpired;
        default:
            break;
        }
    }
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateSignatureFailed:
            return ApiError::TlsUntrusted;
        default:
            break;
        }
    }
    return ApiError::TlsFailed;
}

QString TlsPolicy::pinOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256)
            .toBase64());
}

bool TlsPolicy::matchesPin(const QSslCertificate& peer) const
{
    return m_pin.isEmpty() || (!peer.isNull() && pinOf(peer).toLatin1() == m_pin);
}
