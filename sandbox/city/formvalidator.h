// SPDX-License-Identifier: GPL-3.0-or-later
// Server-side validation of a submission against its form schema (docs/api/form-schema.md):
// the platform behind the gateway validates nothing, so this is the only gate.
#pragma once

#include <functional>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>

struct FormCheck
{
    QJsonObject data; // visible fields only, computed values included
    QMap<QString, QStringList> errors; // field id (or "page:<id>") -> message codes/texts
    int priceCents = 0; // base + chosen options, times `copies` if any
    QList<QPair<QString, QString>> summary; // label -> value as text, for documents
    /** A visible locked eID field took the citizen's typed value: the city verified nothing. */
    bool identityDeclared = false;
};

/** Checks ids, types and every expression of a schema; false and *error when broken. */
bool isValidSchema(const QJsonObject& schema, QString* error);

/**
 * Validates `submitted` against a localised schema. `eidValue(attribute)` gives the value
 * the city verified itself from the account's eID login, used instead of anything sent for
 * locked eID prefills; where it has none, the sent value is kept and `identityDeclared` set.
 */
FormCheck validateSubmission(const QJsonObject& schema, const QJsonObject& submitted,
    const std::function<QString(const QString&)>& eidValue, int basePriceCents);
