// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formschema.h"

#include <QString>

/**
 * What a field's value is made of, so that the screen offers the right keys (the kiosk's
 * on-screen keyboard shows its digits pad for digits, postcodes, national numbers and dates,
 * its dial pad for phone numbers). Decided from the schema's type and validation only.
 */
enum class InputKind { Text, Email, Digits, Postcode, NationalNumber, Phone, Date };

/** The kind of a field: the type first (date, email), then its validation. */
InputKind inputKindOf(const FormField& field);

/** The kind's name as FormModel's `inputKind` role gives it to QML: "text", "email",
 *  "digits", "postcode", "nrn-be", "phone", "date". */
QString inputKindName(InputKind kind);

/** Whether a validation regex can only ever match digits ("[1-9][0-9]{3}",
 *  "1[6-9][0-9]{2}|20[0-9]{2}", "\\d+"): digits, digit classes and ranges, groups,
 *  alternatives and quantifiers, nothing else. Anything it cannot read counts as text. */
bool patternIsDigitsOnly(const QString& pattern);
