// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardfixture.h"

#include "osslptr.h"

#include <openssl/ec.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

GeneratedCard::GeneratedCard(const ImageRequest& request)
{
    // One PKI per key type for the whole test run: RSA key generation is the slow part.
    static QTemporaryDir pkis;
    ImageRequest copy = request;
    copy.outDir = dir.path() + QStringLiteral("/image");
    if (copy.pkiDir.isEmpty())
        copy.pkiDir = pkis.path() + QStringLiteral("/pki-") + copy.spec.applet;
    QString error;
    ok = ImageWriter::write(copy, &error) && CardImage::load(copy.outDir, image, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
}

namespace {
ossl::PKey certKey(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::Cert cert(d2i_X509(nullptr, &p, der.size()));
    return ossl::PKey(cert ? X509_get_pubkey(cert.get()) : nullptr);
}
} // namespace

QByteArray CardCheck::certificate(const QByteArray& file)
{
    if (file.size() < 4 || static_cast<quint8>(file.at(0)) != 0x30)
        return {};
    const int length = (static_cast<quint8>(file.at(2)) << 8) | static_cast<quint8>(file.at(3));
    return file.left(length + 4);
}

bool CardCheck::verifyData(const QByteArray& certDer, const QByteArray& data,
    const QByteArray& signature, const char* digest)
{
    ossl::PKey key = certKey(certDer);
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    if (!key
        || EVP_DigestVerifyInit(
               ctx.get(), nullptr, EVP_get_digestbyname(digest), nullptr, key.get())
            <= 0)
        return false;
    return EVP_DigestVerify(ctx.get(),
               reinterpret_cast<const unsigned char*>(signature.constData()), signature.size(),
               reinterpret_cast<const unsigned char*>(data.constData()), data.size())
        == 1;
}

bool CardCheck::verifyPlainEcdsa(
    const QByteArray& spkiDer, const QByteArray& digest, const QByteArray& rs)
{
    const auto* p = reinterpret_cast<const unsigned char*>(spkiDer.constData());
    ossl::PKey key(d2i_PUBKEY(nullptr, &p, spkiDer.size()));
    if (!key || rs.size() % 2 != 0)
        return false;
    const int half = rs.size() / 2;
    ECDSA_SIG* sig = ECDSA_SIG_new();
    const auto* bytes = reinterpret_cast<const unsigned char*>(rs.constData());
    ECDSA_SIG_set0(sig, BN_bin2bn(bytes, half, nullptr), BN_bin2bn(bytes + half, half, nullptr));
    unsigned char* der = nullptr;
    const int derSize = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    const bool ok = EVP_PKEY_verify_init(ctx.get()) > 0
        && EVP_PKEY_verify(ctx.get(), der, derSize,
               reinterpret_cast<const unsigned char*>(digest.constData()), digest.size())
            == 1;
    OPENSSL_free(der);
    return ok;
}

bool CardCheck::verifyRsaHash(
    const QByteArray& certDer, const QByteArray& hash, const QByteArray& sig, const char* digest)
{
    ossl::PKey key = certKey(certDer);
    ossl::PKeyCtx ctx(key ? EVP_PKEY_CTX_new(key.get(), nullptr) : nullptr);
    return ctx && EVP_PKEY_verify_init(ctx.get()) > 0
        && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) > 0
        && EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_get_digestbyname(digest)) > 0
        && EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char*>(sig.constData()),
               sig.size(), reinterpret_cast<const unsigned char*>(hash.constData()), hash.size())
        == 1;
}

QByteArray CardCheck::tlvValue(const QByteArray& file, int tag)
{
    int i = 0;
    while (i + 1 < file.size()) {
        const int current = static_cast<quint8>(file.at(i++));
        int length = 0;
        while (i < file.size() && static_cast<quint8>(file.at(i)) == 0xFF) {
            length += 0xFF;
            ++i;
        }
        length += static_cast<quint8>(file.at(i++));
        if (current == tag)
            return file.mid(i, length);
        i += length;
    }
    return {};
}
