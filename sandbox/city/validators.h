// SPDX-License-Identifier: GPL-3.0-or-later
// The value validators of docs/api/form-schema.md ("Validators"), shared by forms and profile.
#pragma once

#include <QDate>
#include <QString>

bool isValidEmail(const QString& value);
/** Belgian national register or BIS number; separators . - and space are ignored. */
bool isValidNrn(const QString& value);
/** ISO 13616 with mod 97 == 1; BE numbers must have 16 characters. Spaces are ignored. */
bool isValidIban(const QString& value);
bool isValidBelgianPhone(const QString& value);
bool isDigits(const QString& value);
/** A real calendar date written YYYY-MM-DD. */
QDate parseIsoDate(const QString& value);
