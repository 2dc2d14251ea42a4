// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardsigner.h"

#include "osslptr.h"

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <QList>

namespace {
ossl::PKey readKey(const QByteArray& pem)
{
    ossl::Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return ossl::PKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

/** DER ECDSA-Sig-Value -> r||s, each padded to the size of the curve order (TR-03111). */
std::optional<QByteArray> derToPlain(const QByteArray& der, int fieldBytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, der.size());
    if (!sig)
        return std::nullopt;
    QByteArray plain(2 * fieldBytes, '\0');
    auto* out = reinterpret_cast<unsigned char*>(plain.data());
    const bool ok = BN_bn2binpad(ECDSA_SIG_get0_r(sig), out, fieldBytes) == fieldBytes
        && BN_bn2binpad(ECDSA_SIG_get0_s(sig), out + fieldBytes, fieldBytes) == fieldBytes;
    ECDSA_SIG_free(sig);
    return ok ? std::optional<QByteArray>(plain) : std::nullopt;
}

const EVP_MD* rsaDigest(int algorithm)
{
    switch (algorithm) {
    case 0x02:
    case 0x10:
        return EVP_sha1();
    case 0x04:
        return EVP_md5();
    case 0x08:
    case 0x20:
        return EVP_sha256();
    default:
        return nullptr;
    }
}
} // namespace

int CardSigner::dtbsLength(int appletVersion, int algorithm)
{
    if (appletVersion < 0x18) {
        const EVP_MD* md = rsaDigest(algorithm);
        return md ? EVP_MD_get_size(md) : 0;
    }
    switch (algorithm) {
    case 0x01:
    case 0x08:
        return 32;
    case 0x02:
    case 0x10:
        return 48;
    case 0x04:
    case 0x20:
        return 64;
    default:
        return 0;
    }
}

std::optional<QByteArray> CardSigner::sign(
    const QByteArray& pemKey, int appletVersion, int algorithm, const QByteArray& dtbs)
{
    ossl::PKey key = readKey(pemKey);
    if (!key)
        return std::nullopt;
    const bool ec = EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_EC;
    if (ec != (appletVersion >= 0x18))
        return std::nullopt;
    const int wanted = dtbsLength(appletVersion, algorithm);
    if (wanted && dtbs.size() != wanted)
        return std::nullopt;
    if (ec && !wanted && algorithm != 0x40)
        return std::nullopt;
    if (!ec && !wanted && (algorithm != 0x01 || dtbs.size() > EVP_PKEY_get_size(key.get()) - 11))
        return std::nullopt;
    static const QList<int> rawEcLengths = { 20, 28, 32, 48, 64 };
    if (ec && algorithm == 0x40 && !rawEcLengths.contains(dtbs.size()))
        return std::nullopt;

    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) <= 0)
        return std::nullopt;
    if (!ec) {
        const bool pss = algorithm == 0x10 || algorithm == 0x20;
        if (EVP_PKEY_CTX_set_rsa_padding(ctx.get(), pss ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING)
            <= 0)
            return std::nullopt;
        // Algorithm 01 signs the DigestInfo the host built; the others wrap the hash themselves.
        if (const EVP_MD* md = rsaDigest(algorithm);
            md && EVP_PKEY_CTX_set_signature_md(ctx.get(), md) <= 0)
            return std::nullopt;
        if (pss && EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), RSA_PSS_SALTLEN_DIGEST) <= 0)
            return std::nullopt;
    }
    const auto* in = reinterpret_cast<const unsigned char*>(dtbs.constData());
    size_t size = 0;
    if (EVP_PKEY_sign(ctx.get(), nullptr, &size, in, dtbs.size()) <= 0)
        return std::nullopt;
    QByteArray out(static_cast<int>(size), '\0');
    if (EVP_PKEY_sign(
            ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &size, in, dtbs.size())
        <= 0)
        return std::nullopt;
    out.resize(static_cast<int>(size));
    if (!ec)
        return out;
    return derToPlain(out, (EVP_PKEY_get_bits(key.get()) + 7) / 8);
}
