// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoff.h"

#include "accounts.h"
#include "catalogue.h"
#include "citycontext.h"
#include "database.h"
#include "loginthrottle.h"
#include "router.h"
#include "stations.h"

#include <memory>
#include <openssl/evp.h>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace {

// No 0/O, 1/I/L, U/V look-alikes: read aloud or typed from a receipt without doubt.
constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTWXYZ";
constexpr int kCodeLength = 10;
constexpr int kRounds = 20000; // per try: offline guessing of 2^49 codes stays out of reach
constexpr qint64 kLifetimeS = 24 * 3600;

QByteArray derive(const QString& code, const char* purpose, int bytes)
{
    const QByteArray secret = normalisedHandoffCode(code).toLatin1();
    const QByteArray salt = QByteArray("eguichet-handoff-v1:") + purpose;
    QByteArray out(bytes, '\0');
    PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
        reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()), kRounds,
        EVP_sha256(), bytes, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

/** POST /v1/handoffs: the kiosk's citizen hands the draft over (station + session). */
ApiResponse create(CityContext& city, ApiRequest& r)
{
    const QString device = stationOf(city, r);
    if (device.isEmpty())
        return fail(r, ApiError::forbidden("device_required"));
    const QString slug = r.json.value("service").toString();
    if (!city.catalogue->has(slug)
        || city.catalogue->raw(slug).value("kind").toString() != QLatin1String("form"))
        return fail(r, ApiError::validation({ { "service", { "field_option" } } }));
    if (!r.json.value("data").isObject())
        return fail(r, ApiError::validation({ { "data", { "field_type" } } }));
    const QJsonObject draft { { "service", slug }, { "data", r.json.value("data") },
        { "page_id", r.json.value("page_id").toString() } };
    const QString code = newHandoffCode();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 expires = now + std::min<qint64>(kLifetimeS, city.options.handoffLifetimeS);
    execSql(city.db, "DELETE FROM handoffs WHERE expires_at <= ?", { now });
    if (!execSql(city.db,
            "INSERT INTO handoffs (lookup, sealed, account_id, device_id, created_at, "
            "expires_at) VALUES (?, ?, ?, ?, ?, ?)",
            { handoffLookupKey(code),
                sealWithCode(code, QJsonDocument(draft).toJson(QJsonDocument::Compact)),
                r.accountId, device, now, expires }))
        return fail(r, ApiError { 500, "internal_error", {}, -1, {} });
    // Not replayed by Idempotency-Key (the store would keep the code in clear), and no URL
    // names the hand-off: the code is the only key to the draft.
    return ApiResponse::ok(QJsonObject { { "code", code }, { "expires_at", iso(expires) },
                               { "qr_payload", "EGUICHET-HANDOFF:" + code } },
        201);
}

/** POST /v1/staff/handoffs/take {code}: once, at a counter, throttled per station. */
ApiResponse take(CityContext& city, ApiRequest& r)
{
    const QString code = r.json.value("code").toString();
    if (normalisedHandoffCode(code).size() != kCodeLength)
        return fail(r, ApiError::validation({ { "code", { "field_invalid" } } }));
    const QString byStation = "handoff:" + r.staffDevice;
    const qint64 wait = city.throttle->waitMs(byStation);
    if (wait > 0) {
        const int seconds = int((wait + 999) / 1000);
        return fail(r, ApiError { 429, "rate_limited", {}, seconds, QString::number(seconds) });
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(city.db);
    q.prepare("SELECT sealed, account_id, device_id, created_at, expires_at FROM handoffs "
              "WHERE lookup = ? AND expires_at > ?");
    q.addBindValue(handoffLookupKey(code));
    q.addBindValue(now);
    const QByteArray plain
        = q.exec() && q.next() ? openWithCode(code, q.value(0).toByteArray()) : QByteArray();
    if (plain.isEmpty()) {
        city.throttle->failed(byStation);
        return fail(r, ApiError::notFound("handoff_not_found"));
    }
    city.throttle->succeeded(byStation);
    // Taken once: the draft leaves the city's store as it reaches the clerk.
    execSql(city.db, "DELETE FROM handoffs WHERE lookup = ?", { handoffLookupKey(code) });
    QJsonObject out = QJsonDocument::fromJson(plain).object();
    out.insert("from_device", q.value(2).toString());
    out.insert("created_at", iso(q.value(3).toLongLong()));
    const qint64 account = q.value(1).toLongLong();
    QString name = (accountField(city.db, account, "first_names").section(' ', 0, 0) + ' '
        + accountField(city.db, account, "surname"))
                       .trimmed();
    if (name.isEmpty())
        name = accountEmail(city.db, account);
    out.insert("citizen", QJsonObject { { "display_name", name } });
    return ApiResponse::ok(out);
}

} // namespace

QString newHandoffCode()
{
    QString code;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i == kCodeLength / 2)
            code += QLatin1Char('-');
        code += QLatin1Char(
            kAlphabet[QRandomGenerator::system()->bounded(int(sizeof(kAlphabet) - 1))]);
    }
    return code;
}

QString normalisedHandoffCode(const QString& typed)
{
    QString out;
    for (const QChar c : typed.toUpper()) {
        if (c != QLatin1Char('-') && !c.isSpace())
            out += c;
    }
    return out;
}

QString handoffLookupKey(const QString& code)
{
    return QString::fromLatin1(derive(code, "lookup", 32).toHex());
}

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char* bytes(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

} // namespace

QByteArray sealWithCode(const QString& code, const QByteArray& plain)
{
    const QByteArray key = derive(code, "key", 32);
    QByteArray nonce(12, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(nonce.data()), 3);
    QByteArray cipher(plain.size(), '\0');
    QByteArray tag(16, '\0');
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    int end = 0;
    if (!ctx
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), bytes(cipher), &len, bytes(plain), int(plain.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), bytes(cipher) + len, &end) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, bytes(tag)) != 1)
        return {};
    cipher.resize(len + end);
    return nonce + cipher + tag;
}

QByteArray openWithCode(const QString& code, const QByteArray& sealed)
{
    if (sealed.size() < 12 + 16)
        return {};
    const QByteArray key = derive(code, "key", 32);
    const QByteArray nonce = sealed.left(12);
    const QByteArray cipher = sealed.mid(12, sealed.size() - 12 - 16);
    QByteArray tag = sealed.right(16);
    QByteArray plain(cipher.size(), '\0');
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    int end = 0;
    // The tag must match: a wrong code or altered bytes give nothing, never garbage.
    if (!ctx
        || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), bytes(plain), &len, bytes(cipher), int(cipher.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, bytes(tag)) != 1
        || EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + len, &end) != 1)
        return {};
    plain.resize(len + end);
    return plain;
}

void addHandoffRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.add(
        "POST", "/v1/handoffs", [c](ApiRequest& r) { return create(*c, r); }, Router::NeedsSession);
    router.add(
        "POST", "/v1/staff/handoffs/take", [c](ApiRequest& r) { return take(*c, r); },
        Router::NeedsStaff);
}
