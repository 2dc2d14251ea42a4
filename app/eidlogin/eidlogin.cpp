// SPDX-License-Identifier: GPL-3.0-or-later
#include "eidlogin.h"

#include <QJsonArray>

namespace {

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

QJsonObject EidLoginEvidence::toJson(const QString& challengeId, bool accountConsent) const
{
    QJsonArray chain;
    for (const QByteArray& der : chainDer)
        chain.append(b64(der));
    QJsonObject body { { QStringLiteral("challenge_id"), challengeId },
        { QStringLiteral("algorithm"), algorithm },
        { QStringLiteral("signature_b64"), b64(signature) },
        { QStringLiteral("auth_cert_der_b64"), b64(authCertificateDer) },
        { QStringLiteral("chain_der_b64"), chain },
        { QStringLiteral("account_consent"), accountConsent } };
    // The RRN files are optional: without them the city logs in but cannot fill the profile.
    if (!identityFile.isEmpty()) {
        body.insert(QStringLiteral("identity_file_b64"), b64(identityFile));
        body.insert(QStringLiteral("identity_sig_b64"), b64(identitySignature));
        body.insert(QStringLiteral("address_file_b64"), b64(addressFile));
        body.insert(QStringLiteral("address_sig_b64"), b64(addressSignature));
        body.insert(QStringLiteral("rrn_cert_der_b64"), b64(rrnCertificateDer));
    }
    return body;
}

void EidLoginEvidence::wipe()
{
    for (QByteArray* bytes : { &signature, &authCertificateDer, &identityFile, &identitySignature,
             &addressFile, &addressSignature, &rrnCertificateDer })
        bytes->fill('\0');
    for (QByteArray& der : chainDer)
        der.fill('\0');
    nationalNumber.fill(QLatin1Char('0'));
    *this = EidLoginEvidence {};
}

QString EidLoginEvidence::contractAlgorithm(const QString& cardAlgorithm)
{
    if (cardAlgorithm == QLatin1String("RSA-SHA256"))
        return QStringLiteral("SHA256withRSA");
    if (cardAlgorithm == QLatin1String("ECDSA-SHA384"))
        return QStringLiteral("SHA384withECDSA");
    return cardAlgorithm;
}
