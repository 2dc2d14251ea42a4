// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVariantList>

/**
 * The city's password rules (GET /v1/password-policy), evaluated here while the citizen types
 * so the checklist updates at every key without a round trip. The kinds of characters are
 * counted exactly as the server counts them. Namur's rules are the default: at least 6
 * characters of at least 3 kinds among lower case, upper case, digits and punctuation (FAQ 6).
 */
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    struct Check
    {
        QString id; // "min_length", "min_classes", or a kind: "lowercase", …
        QString label;
        bool ok = false;
        bool kind = false; // one of the kinds, shown under "min_classes"
    };

    int minLength = 6;
    int minClasses = 3;

    static PasswordPolicy fromJson(const QJsonObject& json);
    QList<Check> evaluate(const QString& password) const;
    bool accepts(const QString& password) const;
    /** For QML: [{id, label, ok, kind}]. */
    QVariantList checklist(const QString& password) const;
};
