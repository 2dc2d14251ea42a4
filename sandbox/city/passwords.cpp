// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwords.h"

#include "messages.h"

#include <argon2.h>
#include <atomic>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>
#include <stdexcept>

namespace {

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(out.data()), n / 4);
    return out;
}

QByteArray pbkdf2(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
        reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()), iterations,
        EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

/** The shipped list, lower-cased (sandbox/city/common-passwords.txt, a Qt resource). */
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> list = [] {
        QSet<QString> out;
        QFile file(QStringLiteral(":/city/common-passwords.txt"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("common-passwords.txt is missing from the resources");
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                out.insert(line.toLower());
        }
        return out;
    }();
    return list;
}

bool verifyPbkdf2(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2"))
        return false;
    const int iterations = parts.at(1).toInt();
    if (iterations <= 0)
        return false;
    const QByteArray expected = QByteArray::fromHex(parts.at(3).toLatin1());
    const QByteArray actual
        = pbkdf2(password, QByteArray::fromHex(parts.at(2).toLatin1()), iterations);
    // Constant time, so the answer time says nothing about the hash.
    return expected.size() == actual.size()
        && CRYPTO_memcmp(expected.constData(), actual.constData(), size_t(actual.size())) == 0;
}

std::atomic_int g_argon2Verifications { 0 };

bool verifyArgon2id(const QString& password, const QString& stored)
{
    ++g_argon2Verifications;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray encoded = stored.toLatin1();
    return argon2id_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

/** A hash of nothing anyone knows, to spend a verification's time on. */
const QString& dummyHash()
{
    static const QString dummy = hashPassword(QString::fromLatin1(randomBytes(16).toHex()));
    return dummy;
}

} // namespace

int PasswordPolicy::classesIn(const QString& password)
{
    bool lower = false, upper = false, digit = false, punct = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (c.isPunct() || c.isSymbol())
            punct = true;
    }
    return int(lower) + int(upper) + int(digit) + int(punct);
}

bool PasswordPolicy::isCommon(const QString& password)
{
    return commonPasswords().contains(password.toLower());
}

bool PasswordPolicy::accepts(const QString& password) const
{
    return refusal(password).isEmpty();
}

QString PasswordPolicy::refusal(const QString& password) const
{
    if (password.size() < minLength || classesIn(password) < minClasses)
        return QStringLiteral("password_policy");
    if (isCommon(password))
        return QStringLiteral("password_common");
    return {};
}

QJsonObject PasswordPolicy::describe(Lang lang) const
{
    return {
        { "min_length", minLength }, { "min_classes", minClasses },
        { "classes", QJsonArray { "lowercase", "uppercase", "digits", "punctuation" } },
        { "rejects_common", true },
        { "rules",
            QJsonArray { QJsonObject { { "id", "min_length" },
                             { "label", msg("pw_min_length", lang).arg(minLength) } },
                QJsonObject {
                    { "id", "min_classes" }, { "label", msg("pw_classes", lang).arg(minClasses) } },
                QJsonObject { { "id", "not_common" }, { "label", msg("pw_not_common", lang) } } } }
    };
}

QJsonObject PasswordPolicy::check(const QString& password, Lang lang) const
{
    const bool longEnough = password.size() >= minLength;
    const bool mixed = classesIn(password) >= minClasses;
    const bool uncommon = !isCommon(password);
    return { { "ok", longEnough && mixed && uncommon },
        { "checks",
            QJsonArray {
                QJsonObject { { "id", "min_length" },
                    { "label", msg("pw_min_length", lang).arg(minLength) }, { "ok", longEnough } },
                QJsonObject { { "id", "min_classes" },
                    { "label", msg("pw_classes", lang).arg(minClasses) }, { "ok", mixed } },
                QJsonObject { { "id", "not_common" }, { "label", msg("pw_not_common", lang) },
                    { "ok", uncommon } } } } };
}

QString hashPassword(const QString& password)
{
    using P = Argon2Parameters;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray salt = randomBytes(int(P::SaltBytes));
    QByteArray encoded(int(argon2_encodedlen(P::TimeCost, P::MemoryKiB, P::Lanes, P::SaltBytes,
                           P::HashBytes, Argon2_id)),
        '\0');
    const int rc = argon2id_hash_encoded(P::TimeCost, P::MemoryKiB, P::Lanes, utf8.constData(),
        size_t(utf8.size()), salt.constData(), size_t(salt.size()), P::HashBytes, encoded.data(),
        size_t(encoded.size()));
    if (rc != ARGON2_OK) // out of memory: this request fails (500), the server goes on
        throw std::runtime_error(argon2_error_message(rc));
    return QString::fromLatin1(encoded.constData()); // up to its terminating NUL
}

bool verifyPassword(const QString& password, const QString& stored)
{
    if (stored.startsWith(QLatin1String("$argon2id$")))
        return verifyArgon2id(password, stored);
    if (stored.startsWith(QLatin1String("pbkdf2$")))
        return verifyPbkdf2(password, stored);
    verifyArgon2id(password, dummyHash()); // the same time as a real account's check
    return false;
}

int argon2Verifications()
{
    return g_argon2Verifications;
}

bool needsRehash(const QString& stored)
{
    return stored.startsWith(QLatin1String("pbkdf2$"));
}

QString newToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenDigest(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}
