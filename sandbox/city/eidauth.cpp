// SPDX-License-Identifier: GPL-3.0-or-later
#include "eidauth.h"

#include "accounts.h"
#include "auth.h"
#include "citycontext.h"
#include "database.h"
#include "eidcertificates.h"
#include "eidrevocation.h"
#include "router.h"
#include "validators.h"

#include <memory>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

QByteArray b64(const QJsonObject& body, const char* key)
{
    return QByteArray::fromBase64(body.value(key).toString().toLatin1());
}

/**
 * Cards give ECDSA signatures as raw r||s, exactly twice the field size; OpenSSL wants DER.
 * The length tells them apart (a first byte of 0x30 does not: raw values start with it too).
 */
QByteArray ecdsaDer(const QByteArray& raw, int fieldBytes)
{
    if (raw.size() != 2 * fieldBytes)
        return raw;
    const int half = int(raw.size() / 2);
    const auto* data = reinterpret_cast<const unsigned char*>(raw.constData());
    ECDSA_SIG* sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(data, half, nullptr), BN_bin2bn(data + half, half, nullptr));
    unsigned char* der = nullptr;
    const int len = i2d_ECDSA_SIG(sig, &der);
    QByteArray out(reinterpret_cast<const char*>(der), len > 0 ? len : 0);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return out;
}

/** RSA keys sign with PKCS#1 v1.5 SHA-256, EC keys with ECDSA SHA-384 (eID 1.7 / 1.8). */
bool verifySignature(X509* cert, const QByteArray& data, const QByteArray& signature)
{
    EVP_PKEY* key = X509_get0_pubkey(cert);
    if (!key)
        return false;
    const bool ec = EVP_PKEY_get_base_id(key) == EVP_PKEY_EC;
    const QByteArray sig = ec ? ecdsaDer(signature, (EVP_PKEY_get_bits(key) + 7) / 8) : signature;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok
        = EVP_DigestVerifyInit(ctx, nullptr, ec ? EVP_sha384() : EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(sig.constData()),
               size_t(sig.size()), reinterpret_cast<const unsigned char*>(data.constData()),
               size_t(data.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

QString subjectEntry(X509* cert, int nid)
{
    X509_NAME* name = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    unsigned char* utf8 = nullptr;
    const int len
        = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    const QString out = len > 0 ? QString::fromUtf8(reinterpret_cast<char*>(utf8), len) : QString();
    OPENSSL_free(utf8);
    return out;
}

/**
 * The city's own origin, as clients configured with its URL write it ("https://host:port",
 * no port when 443). Never taken from the request: a relaying service would name ours.
 */
QString cityOrigin(const CityOptions& options)
{
    QString host = options.address.toString();
    if (options.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("https://") + host
        + (options.port == 443 ? QString() : QLatin1Char(':') + QString::number(options.port));
}

/**
 * What the card signs (docs/eid-login.md): "eguichet-eid-login-v1" || origin || challenge_id
 * || nonce. The id is a lower-case UUID and the nonce 32 bytes, so it reads one way only.
 */
QByteArray loginMessage(
    const CityOptions& options, const QString& challengeId, const QByteArray& nonce)
{
    return QByteArray("eguichet-eid-login-v1") + cityOrigin(options).toUtf8()
        + challengeId.toLatin1() + nonce;
}

/** Birth date from the national number (not for BIS numbers with an unknown date). */
QString birthDateFromNrn(const QString& nrn)
{
    const qint64 body = nrn.left(9).toLongLong();
    const bool from2000 = 97 - int((2000000000LL + body) % 97) == nrn.right(2).toInt();
    const QDate d((from2000 ? 2000 : 1900) + nrn.left(2).toInt(), nrn.mid(2, 2).toInt(),
        nrn.mid(4, 2).toInt());
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

ApiResponse challenge(CityContext& city, ApiRequest& r)
{
    QByteArray nonce(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(nonce.data()), 8);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + city.options.eidChallengeS;
    execSql(city.db, "INSERT INTO eid_challenges (id, nonce, expires_at) VALUES (?, ?, ?)",
        { id, nonce, expires });
    return ApiResponse::ok(QJsonObject { { "challenge_id", id },
        { "nonce_b64", QString::fromLatin1(nonce.toBase64()) },
        { "expires_at", QDateTime::fromSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate) },
        { "accepted_algorithms", QJsonArray { "SHA256withRSA", "SHA384withECDSA" } } });
    Q_UNUSED(r)
}

/**
 * Takes the challenge (single use, even when the rest fails); empty if unusable. `used` is
 * 0 (fresh), -1 (given back once, see giveBackChallenge) or 1 (spent).
 */
QByteArray takeChallenge(CityContext& city, const QString& id, bool* givenBackBefore)
{
    QSqlQuery q(city.db);
    q.prepare("SELECT nonce, used FROM eid_challenges WHERE id = ? AND used <= 0 "
              "AND expires_at > ?");
    q.addBindValue(id);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return {};
    const QByteArray nonce = q.value(0).toByteArray();
    *givenBackBefore = q.value(1).toInt() < 0;
    execSql(city.db, "UPDATE eid_challenges SET used = 1 WHERE id = ?", { id });
    return nonce;
}

/**
 * After a verified signature that stopped for the citizen's consent: the same body may be
 * sent once more (with account_consent true) before the challenge expires, so the PIN is
 * not asked twice. Only a caller holding the card's signature over this nonce can use it.
 */
void giveBackChallenge(CityContext& city, const QString& id)
{
    execSql(city.db, "UPDATE eid_challenges SET used = -1 WHERE id = ?", { id });
}

/** The account an earlier eID login linked to this national number (eid_links), or 0. */
qint64 eidLinkedAccount(CityContext& city, const QString& nrn)
{
    QSqlQuery q(city.db);
    q.prepare("SELECT account_id FROM eid_links WHERE national_number = ?");
    q.addBindValue(nrn);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool hasEidLink(CityContext& city, qint64 accountId)
{
    QSqlQuery q(city.db);
    q.prepare("SELECT 1 FROM eid_links WHERE account_id = ?");
    q.addBindValue(accountId);
    return q.exec() && q.next();
}

} // namespace

QString checkAuthenticationCertificate(
    CityContext& city, X509* auth, const QJsonArray& chainB64, QString* nrn)
{
    QList<QByteArray> chain;
    for (const QJsonValue& v : chainB64)
        chain << QByteArray::fromBase64(v.toString().toLatin1());
    const QList<EidAnchor> anchors = loadEidAnchors(city.options.eidTrustRoots);
    const X509Shared issuer = trustedAuthenticationIssuer(auth, chain, anchors);
    if (!issuer)
        return QStringLiteral("eid_untrusted");
    // A lost or stolen card is revoked at the National Register: no use of it, and none
    // either when its status cannot be learnt.
    switch (city.crls->status(auth, issuer.get())) {
    case RevocationStatus::Good:
        break;
    case RevocationStatus::Revoked:
        return QStringLiteral("eid_revoked");
    case RevocationStatus::Unknown:
        return QStringLiteral("eid_revocation_unknown");
    }
    // The national number comes from the certificate, never from the client's JSON.
    *nrn = subjectEntry(auth, NID_serialNumber);
    if (!isValidNrn(*nrn))
        return QStringLiteral("eid_untrusted");
    return {};
}

QString checkNationalRegisterFiles(
    CityContext& city, const QJsonObject& body, const QString& nrn, QMap<QString, QString>* fields)
{
    // Identity and address files count only with valid National Register signatures;
    // the address signature covers the address file followed by the identity signature.
    // Signed by the National Register itself: right under a root, never a citizen's own
    // certificate (a citizen's card would otherwise vouch for any identity it signs).
    const QList<EidAnchor> anchors = loadEidAnchors(city.options.eidTrustRoots);
    const QByteArray identity = b64(body, "identity_file_b64");
    X509Shared rrn = certificateFromDer(b64(body, "rrn_cert_der_b64"));
    const QByteArray identitySig = b64(body, "identity_sig_b64");
    QByteArray address = b64(body, "address_file_b64");
    while (address.endsWith('\0'))
        address.chop(1);
    if (identity.isEmpty() || !rrn || !isNationalRegisterCertificate(rrn.get(), anchors)
        || !verifySignature(rrn.get(), identity, identitySig)
        || (!address.isEmpty()
            && !verifySignature(rrn.get(), address + identitySig, b64(body, "address_sig_b64"))))
        return QStringLiteral("eid_signature_invalid");
    const QMap<int, QByteArray> id = parseEidTlv(identity);
    if (QString::fromUtf8(id.value(0x06)) != nrn)
        return QStringLiteral("eid_signature_invalid");
    (*fields)["surname"] = QString::fromUtf8(id.value(0x07));
    (*fields)["first_names"] = QString::fromUtf8(id.value(0x08));
    (*fields)["nationality"] = QString::fromUtf8(id.value(0x0A));
    (*fields)["birth_place"] = QString::fromUtf8(id.value(0x0B));
    (*fields)["sex"] = QString::fromUtf8(id.value(0x0D));
    const QMap<int, QByteArray> ad = parseEidTlv(address);
    (*fields)["street_and_number"] = QString::fromUtf8(ad.value(0x01));
    (*fields)["zip"] = QString::fromUtf8(ad.value(0x02));
    (*fields)["municipality"] = QString::fromUtf8(ad.value(0x03));
    return {};
}

QString verifyEidLogin(CityContext& city, const ApiRequest& r, const QByteArray& nonce,
    QString* nrn, QMap<QString, QString>* fields)
{
    const QString challengeId = r.json.value("challenge_id").toString();
    X509Shared auth = certificateFromDer(b64(r.json, "auth_cert_der_b64"));
    // The declared algorithm must be the one the key implies (no downgrade by the client).
    const QString algorithm = r.json.value("algorithm").toString();
    const bool ecKey = auth && EVP_PKEY_get_base_id(X509_get0_pubkey(auth.get())) == EVP_PKEY_EC;
    if (algorithm != QLatin1String(ecKey ? "SHA384withECDSA" : "SHA256withRSA"))
        return QStringLiteral("eid_signature_invalid");
    if (!auth
        || !verifySignature(auth.get(), loginMessage(city.options, challengeId, nonce),
            b64(r.json, "signature_b64"))
        || !(X509_get_key_usage(auth.get()) & KU_DIGITAL_SIGNATURE))
        return QStringLiteral("eid_signature_invalid");
    const QString refusal = checkAuthenticationCertificate(
        city, auth.get(), r.json.value("chain_der_b64").toArray(), nrn);
    if (!refusal.isEmpty())
        return refusal;
    *fields = { { "national_number", *nrn }, { "surname", subjectEntry(auth.get(), NID_surname) },
        { "first_names", subjectEntry(auth.get(), NID_givenName) },
        { "birth_date", birthDateFromNrn(*nrn) } };
    if (!b64(r.json, "identity_file_b64").isEmpty())
        return checkNationalRegisterFiles(city, r.json, *nrn, fields);
    return {};
}

namespace {

ApiResponse verify(CityContext& city, ApiRequest& r)
{
    const QString challengeId = r.json.value("challenge_id").toString();
    bool givenBack = false;
    const QByteArray nonce = takeChallenge(city, challengeId, &givenBack);
    if (nonce.isEmpty())
        return fail(r, ApiError::unauthorized("challenge_invalid"));
    QString nrn;
    QMap<QString, QString> fields;
    const QString refusal = verifyEidLogin(city, r, nonce, &nrn, &fields);
    if (!refusal.isEmpty())
        return fail(r, ApiError::unauthorized(refusal));

    // Only the national number of an earlier eID login finds an account: a number typed into
    // a password account's profile never does (nor can it be typed any more).
    qint64 account = eidLinkedAccount(city, nrn);
    if (account == 0) {
        // The card joins the password account of the session that sends this login, if any
        // (the citizen proved both), else a new account. Only with the citizen's consent:
        // anything but "account_consent": true is no.
        const bool linkSession = r.accountId != 0 && r.authLevel == QLatin1String("password")
            && !hasEidLink(city, r.accountId);
        if (r.json.value("account_consent") != QJsonValue(true)) {
            // Nothing is stored before the citizen agreed; the card's data read here is
            // dropped with this request.
            if (!givenBack)
                giveBackChallenge(city, challengeId);
            return ApiResponse::ok(QJsonObject { { "consent_required", true },
                { "account_action", linkSession ? "link" : "create" } });
        }
        account = linkSession ? r.accountId : createAccount(city.db, {}, {}, true, r.lang);
        if (account == 0
            || !execSql(city.db,
                "INSERT INTO eid_links (national_number, account_id, linked_at) VALUES (?, ?, ?)",
                { nrn, account, QDateTime::currentSecsSinceEpoch() }))
            return fail(r, ApiError { 500, QStringLiteral("internal_error"), {}, -1, {} });
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.value().isEmpty())
            setAccountField(city.db, account, it.key(), it.value(), "eid");
    }
    // Requests a clerk filed for this card before it had an account become the account's.
    execSql(city.db, "UPDATE requests SET account_id = ? WHERE account_id = 0 AND citizen_nrn = ?",
        { account, nrn });
    return ApiResponse::ok(loginAnswer(city, account, "eid"));
}

} // namespace

QMap<int, QByteArray> parseEidTlv(const QByteArray& file)
{
    QMap<int, QByteArray> out;
    int i = 0;
    while (i + 1 < file.size()) {
        const int tag = quint8(file.at(i++));
        // Tag 00 (file structure version) may only come first, as on applet 1.8 files;
        // anywhere else a zero is the padding after the data (reference §4.1, §4.5).
        if (tag == 0 && i > 1)
            break;
        // Length: bytes of 0xFF add 255 each, the first smaller byte ends it.
        int length = 0;
        while (i < file.size() && quint8(file.at(i)) == 0xFF) {
            length += 0xFF;
            ++i;
        }
        if (i >= file.size())
            break;
        length += quint8(file.at(i++));
        if (i + length > file.size())
            break;
        out.insert(tag, file.mid(i, length));
        i += length;
    }
    return out;
}

QByteArray takeEidChallenge(CityContext& city, const QString& id)
{
    bool givenBack = false;
    return takeChallenge(city, id, &givenBack);
}

qint64 eidLinkedAccountOf(CityContext& city, const QString& nrn)
{
    return eidLinkedAccount(city, nrn);
}

QString birthDateFromNationalNumber(const QString& nrn)
{
    return birthDateFromNrn(nrn);
}

void addEidRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.add("POST", "/v1/auth/eid/challenge", [c](ApiRequest& r) { return challenge(*c, r); });
    router.add("POST", "/v1/auth/eid/verify", [c](ApiRequest& r) { return verify(*c, r); });
}
