// SPDX-License-Identifier: GPL-3.0-or-later
#include "eidcertificates.h"

#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <QFile>
#include <QRegularExpression>

namespace {

using StorePtr = std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)>;

StorePtr storeOf(const QList<EidAnchor>& anchors)
{
    StorePtr store(X509_STORE_new(), X509_STORE_free);
    for (const EidAnchor& anchor : anchors)
        X509_STORE_add_cert(store.get(), anchor.cert.get());
    return store;
}

/**
 * Builds and checks the chain of leaf against the anchors alone plus `intermediates`; on
 * success returns the chain (leaf first, anchor last) in `out`.
 */
bool buildChain(X509* leaf, const QList<X509Shared>& intermediates, const QList<EidAnchor>& anchors,
    QList<X509Shared>* out)
{
    if (anchors.isEmpty())
        return false;
    StorePtr store = storeOf(anchors);
    STACK_OF(X509)* untrusted = sk_X509_new_null();
    for (const X509Shared& cert : intermediates)
        sk_X509_push(untrusted, cert.get());
    StoreCtxPtr ctx(X509_STORE_CTX_new(), X509_STORE_CTX_free);
    bool ok = ctx && X509_STORE_CTX_init(ctx.get(), store.get(), leaf, untrusted) == 1
        && X509_verify_cert(ctx.get()) == 1;
    if (ok) {
        STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx.get());
        for (int i = 0; i < sk_X509_num(chain); ++i) {
            X509* cert = sk_X509_value(chain, i);
            X509_up_ref(cert);
            out->append(X509Shared(cert, X509_free));
        }
    }
    sk_X509_free(untrusted);
    return ok;
}

const EidAnchor* anchorFor(X509* cert, const QList<EidAnchor>& anchors)
{
    for (const EidAnchor& anchor : anchors) {
        if (X509_cmp(anchor.cert.get(), cert) == 0)
            return &anchor;
    }
    return nullptr;
}

/** Belgian eID authentication policies: 2.16.56.<root arc>.1.1.2.2 (citizen) or .7.2. */
bool hasEidAuthenticationPolicy(X509* cert)
{
    static const QRegularExpression policy(
        QStringLiteral("^2\\.16\\.56\\.\\d+\\.1\\.1\\.[27]\\.2$"));
    auto* policies = static_cast<CERTIFICATEPOLICIES*>(
        X509_get_ext_d2i(cert, NID_certificate_policies, nullptr, nullptr));
    bool found = false;
    for (int i = 0; policies && i < sk_POLICYINFO_num(policies); ++i) {
        char oid[80] = {};
        OBJ_obj2txt(oid, sizeof oid, sk_POLICYINFO_value(policies, i)->policyid, 1);
        found = found || policy.match(QString::fromLatin1(oid)).hasMatch();
    }
    CERTIFICATEPOLICIES_free(policies);
    return found;
}

} // namespace

QList<EidAnchor> loadEidAnchors(const QStringList& pemFiles)
{
    static const QRegularExpression rule(
        QStringLiteral("^RRN-Subject:[ \\t]*(.+?)\\s*$"), QRegularExpression::MultilineOption);
    QList<EidAnchor> anchors;
    for (const QString& path : pemFiles) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray pem = f.readAll();
        const QRegularExpressionMatch m = rule.match(QString::fromUtf8(pem));
        const QString subject = m.hasMatch() ? m.captured(1) : QString(kProductionRrnSubject);
        BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        while (X509* root = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr))
            anchors.append({ X509Shared(root, X509_free), subject });
        BIO_free(bio);
    }
    return anchors;
}

X509Shared certificateFromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Shared(der.isEmpty() ? nullptr : d2i_X509(nullptr, &p, long(der.size())), X509_free);
}

QByteArray certificateDer(X509* cert)
{
    unsigned char* der = nullptr;
    const int len = i2d_X509(cert, &der);
    QByteArray out(reinterpret_cast<const char*>(der), len > 0 ? len : 0);
    OPENSSL_free(der);
    return out;
}

QString subjectLine(X509* cert)
{
    QStringList parts;
    const X509_NAME* name = X509_get_subject_name(cert);
    for (int i = 0; name && i < X509_NAME_entry_count(name); ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
        unsigned char* utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        parts << QStringLiteral("%1=%2").arg(
            QString::fromLatin1(nid == NID_undef ? "?" : OBJ_nid2sn(nid)),
            len > 0 ? QString::fromUtf8(reinterpret_cast<const char*>(utf8), len) : QString());
        OPENSSL_free(utf8);
    }
    return parts.join(QStringLiteral(", "));
}

bool isNationalRegisterCertificate(X509* rrn, const QList<EidAnchor>& anchors)
{
    // No intermediates are offered: a chain longer than [RRN, anchor] cannot be built
    // unless an anchor file itself holds a CA; the length check refuses that too.
    QList<X509Shared> chain;
    if (!rrn || !buildChain(rrn, {}, anchors, &chain) || chain.size() != 2)
        return false;
    const EidAnchor* anchor = anchorFor(chain.last().get(), anchors);
    return anchor && X509_check_ca(rrn) == 0 && subjectLine(rrn) == anchor->rrnSubject;
}

X509Shared trustedAuthenticationIssuer(
    X509* auth, const QList<QByteArray>& chainDer, const QList<EidAnchor>& anchors)
{
    QList<X509Shared> intermediates;
    for (const QByteArray& der : chainDer) {
        if (X509Shared cert = certificateFromDer(der))
            intermediates << cert;
    }
    QList<X509Shared> chain;
    if (!auth || !buildChain(auth, intermediates, anchors, &chain) || chain.size() != 3)
        return nullptr;
    X509* ca = chain.at(1).get();
    // The issuer is a CA under a root (Citizen or Foreigner CA), the leaf a card's key.
    if (X509_check_ca(ca) == 0 || X509_check_ca(auth) != 0
        || !(X509_get_key_usage(auth) & KU_DIGITAL_SIGNATURE) || !hasEidAuthenticationPolicy(auth))
        return nullptr;
    return chain.at(1);
}
