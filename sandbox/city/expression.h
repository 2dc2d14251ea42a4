// SPDX-License-Identifier: GPL-3.0-or-later
// The condition grammar of docs/api/form-schema.md ("Expressions"): parse once, evaluate
// against the submitted values.
#pragma once

#include <functional>
#include <memory>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class Expression
{
public:
    using Lookup = std::function<QJsonValue(const QString& fieldId)>;
    struct Node;

    /** Parses; on a syntax error returns an invalid Expression and sets *error. */
    static Expression parse(const QString& text, QString* error = nullptr);

    bool isValid() const { return m_root != nullptr; }
    QJsonValue evaluate(const Lookup& lookup) const;
    bool test(const Lookup& lookup) const { return truthy(evaluate(lookup)); }
    /** Field ids the expression reads (to check them against the schema). */
    QStringList identifiers() const;

    /** false, null, 0, '' and [] are false. */
    static bool truthy(const QJsonValue& value);

private:
    std::shared_ptr<const Node> m_root;
};
