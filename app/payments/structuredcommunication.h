// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * The Belgian structured communication ("communication structurée", OGM/VCS) of a bank
 * transfer: `+++ddd/dddd/ddddd+++`, ten digits then two check digits, the first ten taken as a
 * number modulo 97, written 97 when the remainder is 0 (Febelfin). Banks refuse a transfer
 * whose check digits are wrong, so the app checks what it shows.
 */
namespace StructuredCommunication {

/** From a reference number (taken modulo 10^10, negative numbers are refused: empty). */
QString fromReference(qint64 reference);
/** True for a well-formed communication whose check digits are right. */
bool isValid(const QString& text);
/** The twelve digits of a valid communication (for a screen reader or a terminal), else "". */
QString digits(const QString& text);

} // namespace StructuredCommunication
