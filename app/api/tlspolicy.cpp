// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlspolicy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

TlsPolicy::TlsPolicy(const QString& caFile, const QString& pinSha256, const QString& clientCertFile,
    const QString& clientKeyFile)
    : m_pin(pinSha256.trimmed().toLatin1())
    , m_clientError(
          loadClientIdentity(clientCertFile, clientKeyFile, &m_clientCertificate, &m_clientKey))
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
    if (hasClientIdentity() && m_clientError == ClientIdentityError::None) {
        config.setLocalCertificate(m_clientCertificate);
        config.setPrivateKey(m_clientKey);
    }
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

TlsPolicy::ClientIdentityError TlsPolicy::loadClientIdentity(
    const QString& certFile, const QString& keyFile, QSslCertificate* certificate, QSslKey* key)
{
    if (certFile.isEmpty() && keyFile.isEmpty())
        return ClientIdentityError::None;
    if (certFile.isEmpty() || keyFile.isEmpty())
        return ClientIdentityError::OnlyOneGiven;
    QFile certIn(certFile);
    const QSslCertificate cert = certIn.open(QIODevice::ReadOnly)
        ? QSslCertificate(certIn.readAll(), QSsl::Pem)
        : QSslCertificate();
    if (cert.isNull())
        return ClientIdentityError::CertificateUnreadable;
#ifdef Q_OS_UNIX
    // Whoever can read the key can be this station (record terminal payments, report for
    // it): the file must be the owner's alone. Checked before reading it.
    const QFileInfo keyInfo(keyFile);
    if (keyInfo.exists()
        && (keyInfo.permissions()
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::WriteOther | QFile::ExeOther)))
        return ClientIdentityError::KeyNotPrivate;
#endif
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return ClientIdentityError::KeyUnreadable;
    QByteArray pem = keyIn.readAll();
    QSslKey privateKey(pem, QSsl::Ec, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    pem.fill('\0');
    if (privateKey.isNull() || privateKey.type() != QSsl::PrivateKey)
        return ClientIdentityError::KeyUnreadable;
    if (certificate)
        *certificate = cert;
    if (key)
        *key = privateKey;
    return ClientIdentityError::None;
}

QString TlsPolicy::message(
    ClientIdentityError error, const QString& certFile, const QString& keyFile)
{
    switch (error) {
    case ClientIdentityError::None:
        return {};
    case ClientIdentityError::OnlyOneGiven:
        return tr("Le certificat du poste (api/client_cert) et sa clé (api/client_key) vont "
                  "ensemble : indiquez les deux ou aucun.");
    case ClientIdentityError::CertificateUnreadable:
        return tr("Le certificat du poste %1 (api/client_cert) est introuvable ou illisible "
                  "(PEM attendu).")
            .arg(certFile);
    case ClientIdentityError::KeyUnreadable:
        return tr("La clé du poste %1 (api/client_key) est introuvable ou illisible (clé privée "
                  "PEM attendue).")
            .arg(keyFile);
    case ClientIdentityError::KeyNotPrivate:
        return tr("La clé du poste %1 (api/client_key) est lisible par d'autres utilisateurs. "
                  "Réservez-la à son propriétaire (chmod 600) puis redémarrez.")
            .arg(keyFile);
    }
    return {};
}
