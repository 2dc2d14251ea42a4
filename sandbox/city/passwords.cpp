// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwords.h"

#include "messages.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>

namespace {

constexpr int Iterations = 20000;

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

bool PasswordPolicy::accepts(const QString& password) const
{
    return password.size() >= minLength && classesIn(password) >= minClasses;
}

QJsonObject PasswordPolicy::describe(Lang lang) const
{
    return { { "min_length", minLength }, { "min_classes", minClasses },
        { "classes", QJsonArray { "lowercase", "uppercase", "digits", "punctuation" } },
        { "rules",
            QJsonArray { QJsonObject { { "id", "min_length" },
                             { "label", msg("pw_min_length", lang).arg(minLength) } },
                QJsonObject { { "id", "min_classes" },
                    { "label", msg("pw_classes", lang).arg(minClasses) } } } } };
}

QJsonObject PasswordPolicy::check(const QString& password, Lang lang) const
{
    const bool longEnough = password.size() >= minLength;
    const bool mixed = classesIn(password) >= minClasses;
    return { { "ok", longEnough && mixed },
        { "checks",
            QJsonArray {
                QJsonObject { { "id", "min_length" },
                    { "label", msg("pw_min_length", lang).arg(minLength) }, { "ok", longEnough } },
                QJsonObject { { "id", "min_classes" },
                    { "label", msg("pw_classes", lang).arg(minClasses) }, { "ok", mixed } } } } };
}

QString hashPassword(const QString& password)
{
    const QByteArray salt = randomBytes(16);
    return QStringLiteral("pbkdf2$%1$%2$%3")
        .arg(Iterations)
        .arg(QString::fromLatin1(salt.toHex()),
            QString::fromLatin1(pbkdf2(password, salt, Iterations).toHex()));
}

bool verifyPassword(const QString& password, const QString& stored)
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
