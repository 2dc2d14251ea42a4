// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifier.h"

#include "beid/filereader.h"
#include "verify/certificate.h"
#include "verify/ecdsasignature.h"

#include <openssl/sha.h>
#include <openssl/x509v3.h>

namespace eid {

const char* checkResultName(CheckResult result)
{
    switch (result) {
    case CheckResult::Valid:
        return "valid";
    case CheckResult::Invalid:
        return "invalid";
    case CheckResult::NotRead:
        return "not_read";
    case CheckResult::Absent:
        break;
    }
    return "absent";
}

const char* certificateStatusName(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Trusted:
        return "trusted";
    case CertificateStatus::Untrusted:
        return "untrusted";
    case CertificateStatus::Expired:
        return "expired";
    case CertificateStatus::Absent:
        break;
    }
    return "absent";
}

namespace {

const EVP_MD* digestForLength(std::size_t length)
{
    switch (length) {
    case 20:
        return EVP_sha1();
    case 48:
        return EVP_sha384();
    default:
        return EVP_sha256();
    }
}

Bytes digest(const EVP_MD* md, const Bytes& data)
{
    Bytes out(static_cast<std::size_t>(EVP_MD_get_size(md)));
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &length, md, nullptr) != 1)
        return {};
    out.resize(length);
    return out;
}

bool verifyWith(EVP_PKEY* key, const EVP_MD* md, const Bytes& data, const Bytes& signature)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), signature.data(), signature.size(), data.data(), data.size())
        == 1;
}

/** EC signatures may come as DER (data files) or plain r||s; OpenSSL wants DER. */
Bytes ecSignatureDer(const Bytes& signature)
{
    const std::size_t derLength = derObjectLength(signature);
    if (!signature.empty() && signature[0] == 0x30 && derLength > 0
        && derLength <= signature.size())
        return Bytes(signature.begin(), signature.begin() + static_cast<std::ptrdiff_t>(derLength));
    return ecdsaRawToDer(signature);
}

/**
 * Data signature by the RRN key ([CERTH], [WINVIEW]): EC -> ECDSA SHA-384; RSA -> PKCS#1
 * v1.5 with the hash the photo-hash length names, retrying SHA-256 when SHA-1 fails
 * (re-signed CA3 cards, eid-mw #128).
 */
CheckResult verifyData(
    EVP_PKEY* key, const Bytes& data, const Bytes& signature, std::size_t photoHashLength)
{
    if (signature.empty() || withoutTrailingZeros(signature).empty())
        return CheckResult::Absent;
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC) {
        if (verifyWith(key, EVP_sha384(), data, ecSignatureDer(signature)))
            return CheckResult::Valid;
        // A plain r||s whose first byte happens to be 30 looks like DER: try it as r||s too.
        const Bytes raw = ecdsaRawToDer(signature);
        return !raw.empty() && verifyWith(key, EVP_sha384(), data, raw) ? CheckResult::Valid
                                                                        : CheckResult::Invalid;
    }
    const EVP_MD* md = digestForLength(photoHashLength);
    if (verifyWith(key, md, data, signature))
        return CheckResult::Valid;
    if (md == EVP_sha1() && verifyWith(key, EVP_sha256(), data, signature))
        return CheckResult::Valid;
    return CheckResult::Invalid;
}

CheckResult checkHash(const Bytes& content, const Bytes& expected)
{
    if (expected.empty())
        return CheckResult::Absent;
    if (expected.size() != 20 && expected.size() != 32 && expected.size() != 48)
        return CheckResult::Invalid;
    return digest(digestForLength(expected.size()), content) == expected ? CheckResult::Valid
                                                                         : CheckResult::Invalid;
}

/** The basic key signed our challenge as a SHA-384 digest ([CERTH] do_challenge). */
CheckResult checkChallenge(const CardFiles& files)
{
    if (files.challengeResponse.empty())
        return CheckResult::Absent;
    const Bytes spki(files.basicPublicKey.begin(),
        files.basicPublicKey.begin()
            + static_cast<std::ptrdiff_t>(
                std::min(derObjectLength(files.basicPublicKey), files.basicPublicKey.size())));
    const unsigned char* p = spki.data();
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size())));
    const Bytes der = ecdsaRawToDer(files.challengeResponse);
    if (!key || der.empty())
        return CheckResult::Invalid;
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1)
        return CheckResult::Invalid;
    return EVP_PKEY_verify(
               ctx.get(), der.data(), der.size(), files.challenge.data(), files.challenge.size())
            == 1
        ? CheckResult::Valid
        : CheckResult::Invalid;
}

struct ChainErrors
{
    bool timeOnly = true;
    bool any = false;
};

int collectError(int ok, X509_STORE_CTX* ctx)
{
    if (ok)
        return ok;
    auto* errors = static_cast<ChainErrors*>(X509_STORE_CTX_get_app_data(ctx));
    const int error = X509_STORE_CTX_get_error(ctx);
    if (errors) {
        errors->any = true;
        if (error != X509_V_ERR_CERT_HAS_EXPIRED && error != X509_V_ERR_CERT_NOT_YET_VALID)
            errors->timeOnly = false;
    }
    // Keep going, so an expired but otherwise good chain is told apart from a bad one.
    return error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID;
}

/**
 * The chain just built is the National Register's: issued directly by a trust anchor (no
 * intermediate, so no citizen CA and no citizen certificate under it), not a CA itself, and
 * carrying the subject that anchor's rule names. Without this any certificate under a trusted
 * root, such as a citizen's own authentication certificate, could sign identity files.
 */
bool isNationalRegister(X509_STORE_CTX* ctx, const TrustStore& trust)
{
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx);
    if (!chain || sk_X509_num(chain) != 2)
        return false;
    X509* rrn = sk_X509_value(chain, 0);
    X509* anchor = sk_X509_value(chain, 1);
    if (X509_check_ca(rrn) != 0)
        return false;
    const int length = i2d_X509(anchor, nullptr);
    if (length <= 0)
        return false;
    Bytes anchorDer(static_cast<std::size_t>(length));
    unsigned char* out = anchorDer.data();
    i2d_X509(anchor, &out);
    const std::string rule = trust.rrnSubjectOf(anchorDer);
    return !rule.empty() && subjectLine(rrn) == rule;
}

} // namespace

CertificateStatus verifyRrnCertificate(const Bytes& certificateDer, const VerifyOptions& options)
{
    if (certificateDer.empty())
        return CertificateStatus::Absent;
    X509Ptr certificate = parseCertificateDer(certificateDer);
    if (!certificate)
        return CertificateStatus::Untrusted;
    X509StorePtr store(X509_STORE_new());
    if (!store)
        return CertificateStatus::Untrusted;
    for (const Bytes& root : options.trust.roots()) {
        X509Ptr anchor = parseCertificateDer(root);
        if (anchor)
            X509_STORE_add_cert(store.get(), anchor.get());
    }
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), certificate.get(), nullptr) != 1)
        return CertificateStatus::Untrusted;
    ChainErrors errors;
    // Outside TLS the application-data slot of the context is ours.
    X509_STORE_CTX_set_app_data(ctx.get(), &errors);
    X509_STORE_CTX_set_verify_cb(ctx.get(), collectError);
    if (options.atTime)
        X509_STORE_CTX_set_time(ctx.get(), 0, *options.atTime);
    const int result = X509_verify_cert(ctx.get());
    if (result != 1 || !isNationalRegister(ctx.get(), options.trust))
        return CertificateStatus::Untrusted;
    if (!errors.any)
        return CertificateStatus::Trusted;
    return errors.timeOnly ? CertificateStatus::Expired : CertificateStatus::Untrusted;
}

VerificationReport verifyCardFiles(
    const CardFiles& files, const Identity& identity, const VerifyOptions& options)
{
    VerificationReport report;
    report.rrnCertificate = verifyRrnCertificate(files.rrnCertificate, options);
    if (files.photoSkipped)
        report.photoHash = files.photo.empty() ? CheckResult::NotRead : CheckResult::Invalid;
    else
        report.photoHash = files.photo.empty() && !identity.photoHash.empty()
            ? CheckResult::Invalid
            : checkHash(files.photo, identity.photoHash);
    if (files.cardData.isEcApplet()) {
        // Tag 1A is mandatory on 1.8: missing means tampered (Windows viewer IsBasicKeyOK).
        report.basicKeyHash = identity.basicKeyHash.empty()
            ? CheckResult::Invalid
            : checkHash(files.basicPublicKey, identity.basicKeyHash);
        report.cardAuthentication = checkChallenge(files);
    }

    X509Ptr rrn = parseCertificateDer(files.rrnCertificate);
    EVP_PKEY* key = rrn ? X509_get0_pubkey(rrn.get()) : nullptr;
    if (!key) {
        // Without the RRN key no signature can be trusted.
        report.identitySignature
            = files.identitySignature.empty() ? CheckResult::Absent : CheckResult::Invalid;
        report.addressSignature
            = files.addressSignature.empty() ? CheckResult::Absent : CheckResult::Invalid;
        return report;
    }
    const std::size_t hashLength = identity.photoHash.size();
    report.identitySignature = verifyData(key, files.identity, files.identitySignature, hashLength);
    Bytes signedAddress = withoutTrailingZeros(files.address);
    signedAddress.insert(
        signedAddress.end(), files.identitySignature.begin(), files.identitySignature.end());
    report.addressSignature = verifyData(key, signedAddress, files.addressSignature, hashLength);
    return report;
}

} // namespace eid
