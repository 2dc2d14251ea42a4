// SPDX-License-Identifier: GPL-3.0-or-later
#include "citylist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>

#include <memory>

namespace {

// The release key (packaging/sign-city-list.sh prints it for a new key).
constexpr char kReleasePublicKeyHex[]
    = "d3e8d3c5d3a6b1ab683bc8842cc811f46c600ff9ed4aa387d81c8fa8d0dc8a3e";

QByteArray readAll(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

} // namespace

QByteArray CityList::releasePublicKey()
{
    return QByteArray::fromHex(kReleasePublicKeyHex);
}

bool CityList::verify(
    const QByteArray& data, const QByteArray& signature, const QByteArray& publicKey)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
            reinterpret_cast<const unsigned char*>(publicKey.constData()), 32),
        &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(),
               reinterpret_cast<const unsigned char*>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char*>(data.constData()),
               size_t(data.size()))
        == 1;
}

std::optional<QList<CityEntry>> CityList::parse(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    if (doc.object().value(QStringLiteral("format")).toInt() != 1) {
        *error = QStringLiteral("unknown list format");
        return std::nullopt;
    }
    QList<CityEntry> cities;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("cities")).toArray()) {
        const QJsonObject o = v.toObject();
        CityEntry c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.name = o.value(QStringLiteral("name")).toString();
        c.apiUrl = QUrl(o.value(QStringLiteral("api_url")).toString(), QUrl::StrictMode);
        c.mailSender = o.value(QStringLiteral("mail_sender")).toString();
        if (c.id.isEmpty() || c.name.isEmpty() || !c.apiUrl.isValid()
            || c.apiUrl.scheme() != QLatin1String("https") || c.apiUrl.host().isEmpty()) {
            *error = QStringLiteral("a city without id, name or https API URL");
            return std::nullopt;
        }
        cities << c;
    }
    if (cities.isEmpty()) {
        *error = QStringLiteral("no city in the list");
        return std::nullopt;
    }
    return cities;
}

std::optional<QList<CityEntry>> CityList::load(const QString& jsonPath,
    const QString& signaturePath, const QByteArray& publicKey, QString* error)
{
    const QByteArray json = readAll(jsonPath, error);
    if (json.isEmpty())
        return std::nullopt;
    const QByteArray signature = readAll(signaturePath, error);
    if (!verify(json, signature, publicKey)) {
        *error = QStringLiteral("%1: the signature does not verify").arg(jsonPath);
        return std::nullopt;
    }
    return parse(json, error);
}

std::optional<QList<CityEntry>> CityList::loadShipped(QString* error)
{
    return load(QStringLiteral(":/cities/cities.json"), QStringLiteral(":/cities/cities.json.sig"),
        releasePublicKey(), error);
}
