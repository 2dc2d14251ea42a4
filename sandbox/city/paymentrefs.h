// SPDX-License-Identifier: GPL-3.0-or-later
// Bank-transfer references: the Belgian structured communication and the EPC QR payload.
#pragma once

#include <QString>

/** "+++ddd/dddd/ddddd+++": ten digits of `base` (mod 10^10) then their mod 97 (0 -> 97). */
QString structuredCommunication(qint64 base);
/** True when the text is a well-formed structured communication with a correct check. */
bool isValidStructuredCommunication(const QString& text);

/** EPC069-12 "SEPA credit transfer" QR payload (version 002, UTF-8). */
QString epcQrPayload(const QString& beneficiary, const QString& iban, const QString& bic,
    int amountCents, const QString& remittance);
