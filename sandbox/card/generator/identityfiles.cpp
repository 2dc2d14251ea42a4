// SPDX-License-Identifier: GPL-3.0-or-later
#include "identityfiles.h"

#include "osslptr.h"
#include "tlvwriter.h"

#include <QMap>

namespace {
constexpr int AddressFileSize = 117;
// Tag 00, "file structure version", is written on 1.8 files ([IDA5]); older ones start at 01.
const QByteArray FileStructureVersion = QByteArray::fromHex("0002");

QString cardDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

QByteArray IdentityFiles::identity(const IdentitySpec& spec, const QByteArray& chipNumber,
    const QByteArray& photoHash, const QByteArray& basicKeyHash)
{
    QMap<int, QByteArray> tags;
    if (spec.is18())
        tags.insert(0x00, FileStructureVersion);
    tags.insert(0x01, spec.effectiveCardNumber().toUtf8());
    tags.insert(0x02, chipNumber);
    tags.insert(0x03, cardDate(spec.validityBegin).toUtf8());
    tags.insert(0x04, cardDate(spec.validityEnd).toUtf8());
    tags.insert(0x05, spec.issuingMunicipality.toUtf8());
    tags.insert(0x06, spec.effectiveNationalNumber().toUtf8());
    tags.insert(0x07, spec.surname.toUtf8());
    tags.insert(0x08, spec.firstNames.toUtf8());
    tags.insert(0x09, spec.thirdNameInitial.toUtf8());
    tags.insert(0x0A, spec.nationality.toUtf8());
    tags.insert(0x0B, spec.birthPlace.toUtf8());
    tags.insert(0x0C, spec.cardBirthDate().toUtf8());
    tags.insert(0x0D, spec.sex.toUtf8());
    tags.insert(0x0E, spec.nobleCondition.toUtf8());
    tags.insert(0x0F, QByteArray::number(spec.documentType));
    tags.insert(0x10, QByteArray::number(spec.specialStatus));
    tags.insert(0x11, photoHash);
    if (!spec.duplicate.isEmpty())
        tags.insert(0x12, spec.duplicate.toUtf8());
    if (spec.memberOfFamily)
        tags.insert(0x14, QByteArray()); // presence = true
    for (const auto& [tag, value] : spec.extraTags)
        tags.insert(tag, value.toUtf8());
    if (spec.is18())
        tags.insert(0x1A, basicKeyHash);
    TlvWriter writer;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        writer.add(it.key(), it.value());
    return writer.bytes();
}

QByteArray IdentityFiles::address(const IdentitySpec& spec)
{
    TlvWriter writer;
    if (spec.is18())
        writer.add(0x00, FileStructureVersion);
    writer.add(0x01, spec.street);
    writer.add(0x02, spec.zip);
    writer.add(0x03, spec.municipality);
    QByteArray file = writer.bytes();
    if (file.size() < AddressFileSize)
        file.append(QByteArray(AddressFileSize - file.size(), '\0'));
    return file;
}

QByteArray IdentityFiles::sign(EVP_PKEY* key, const EVP_MD* md, const QByteArray& data)
{
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    size_t size = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(data.constData());
    if (EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key) <= 0
        || EVP_DigestSign(ctx.get(), nullptr, &size, in, data.size()) <= 0)
        return {};
    QByteArray out(static_cast<int>(size), '\0');
    if (EVP_DigestSign(
            ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &size, in, data.size())
        <= 0)
        return {};
    out.resize(static_cast<int>(size));
    return out;
}

QByteArray IdentityFiles::addressSignatureInput(
    const QByteArray& addressFile, const QByteArray& identitySignature)
{
    int end = addressFile.size();
    while (end > 0 && addressFile.at(end - 1) == '\0')
        --end;
    return addressFile.left(end) + identitySignature;
}

const EVP_MD* IdentityFiles::digest(const IdentitySpec& spec)
{
    if (spec.is18())
        return EVP_sha384();
    return spec.rsaHash == QStringLiteral("sha1") ? EVP_sha1() : EVP_sha256();
}
