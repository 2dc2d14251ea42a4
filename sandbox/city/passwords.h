// SPDX-License-Identifier: GPL-3.0-or-later
// The city's password policy (Namur: 6 characters, 3 kinds of 4) and password hashing.
#pragma once

#include "language.h"

#include <QJsonObject>
#include <QString>

struct PasswordPolicy
{
    int minLength = 6;
    int minClasses = 3;

    /** Number of kinds present among lowercase, uppercase, digits, punctuation. */
    static int classesIn(const QString& password);
    bool accepts(const QString& password) const;
    /** {"min_length","min_classes","classes","rules":[{id,label}]} */
    QJsonObject describe(Lang lang) const;
    /** {"ok", "checks":[{id,label,ok}]} */
    QJsonObject check(const QString& password, Lang lang) const;
};

/** PBKDF2-HMAC-SHA256 with a random salt: "pbkdf2$<iterations>$<salt hex>$<hash hex>". */
QString hashPassword(const QString& password);
bool verifyPassword(const QString& password, const QString& stored);

/** A random URL-safe token (for sessions and e-mailed links) and its stored SHA-256. */
QString newToken();
QString tokenDigest(const QString& token);
