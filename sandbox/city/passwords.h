// SPDX-License-Identifier: GPL-3.0-or-later
// The city's password policy (Namur: 6 characters, 3 kinds of 4, FAQ 6; plus no password
// from the list of the most common ones) and password hashing (Argon2id).
#pragma once

#include "language.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

struct PasswordPolicy
{
    int minLength = 6;
    int minClasses = 3;

    /** Number of kinds present among lowercase, uppercase, digits, punctuation. */
    static int classesIn(const QString& password);
    /** Whether the password, case aside, is on the shipped list (common-passwords.txt). */
    static bool isCommon(const QString& password);
    bool accepts(const QString& password) const;
    /** Message code of the first rule the password breaks (password_policy or
        password_common), or empty when accepted. */
    QString refusal(const QString& password) const;
    /** {"min_length","min_classes","classes","rejects_common","rules":[{id,label}]} */
    QJsonObject describe(Lang lang) const;
    /** {"ok", "checks":[{id,label,ok}]} */
    QJsonObject check(const QString& password, Lang lang) const;
};

/** Argon2id parameters (docs/api/openapi.yaml, "Passwords"): t = 2, m = 19 MiB, p = 1. */
struct Argon2Parameters
{
    static constexpr unsigned TimeCost = 2;
    static constexpr unsigned MemoryKiB = 19 * 1024;
    static constexpr unsigned Lanes = 1;
    static constexpr unsigned SaltBytes = 16;
    static constexpr unsigned HashBytes = 32;
};

/** Argon2id with a random salt, as a PHC string "$argon2id$v=19$m=19456,t=2,p=1$…". */
QString hashPassword(const QString& password);
/** Checks Argon2id strings (and the PBKDF2 "pbkdf2$…" strings of older state dirs). An empty
    or unreadable `stored` costs one Argon2id verification all the same, so that the answer
    time does not tell an unknown address or a password-less account from a wrong password. */
bool verifyPassword(const QString& password, const QString& stored);
/** How many Argon2id verifications ran in this process (for tests: an unknown address costs
    one, as a known one does). */
int argon2Verifications();
/** Whether a stored hash predates Argon2id (rehashed at the next successful login). */
bool needsRehash(const QString& stored);

/** A random URL-safe token (for sessions and e-mailed links) and its stored SHA-256. */
QString newToken();
QString tokenDigest(const QString& token);
