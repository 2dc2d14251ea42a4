// SPDX-License-Identifier: GPL-3.0-or-later
#include "eidloginmessage.h"

#include <QUuid>

namespace {
constexpr char kDomain[] = "eguichet-eid-login-v1";
constexpr int kNonceBytes = 32;
} // namespace

QString apiOrigin(const QUrl& apiBaseUrl)
{
    const QString scheme = apiBaseUrl.scheme().toLower();
    QString host = apiBaseUrl.host(QUrl::FullyEncoded).toLower();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6 literal
    const int port = apiBaseUrl.port();
    const bool defaultPort = port < 0 || (scheme == QLatin1String("https") && port == 443)
        || (scheme == QLatin1String("http") && port == 80);
    return scheme + QStringLiteral("://") + host
        + (defaultPort ? QString() : QLatin1Char(':') + QString::number(port));
}

QByteArray eidLoginMessage(
    const QUrl& apiBaseUrl, const QString& challengeId, const QByteArray& nonce)
{
    const QUuid id = QUuid::fromString(challengeId);
    if (id.isNull() || id.toString(QUuid::WithoutBraces) != challengeId
        || nonce.size() != kNonceBytes || !apiBaseUrl.isValid() || apiBaseUrl.host().isEmpty())
        return {};
    return QByteArray(kDomain) + apiOrigin(apiBaseUrl).toUtf8() + challengeId.toLatin1() + nonce;
}
