// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/** One SEPA credit transfer to offer as an EPC QR code ("GiroCode", EPC069-12). */
struct EpcTransfer
{
    QString bic; // may be empty in version 002 (EEA transfers)
    QString beneficiaryName; // at most 70 characters
    QString iban; // spaces allowed, removed
    qint64 amountCents = 0; // 1 .. 99 999 999 999
    QString purpose; // optional 4-letter ISO 20022 purpose code, e.g. "GOVT"
    QString creditorReference; // ISO 11649 "RF…" only (at most 35); exclusive with `text`
    QString text; // unstructured remittance, at most 140; the Belgian +++…+++ goes here
};

/**
 * The EPC069-12 (v3.0, "Quick Response Code: guidelines to enable data capture for the
 * initiation of a SEPA credit transfer") payload: service tag BCD, version 002, character set
 * 1 (UTF-8), identification SCT, then BIC, name, IBAN, amount "EUR12.50", purpose, structured
 * reference, unstructured text, each on its own line (LF), no separator after the last filled
 * line, at most 331 bytes. The standard asks for error correction level M.
 */
namespace EpcPayload {

enum class Problem {
    None,
    NameMissingOrTooLong,
    IbanInvalid,
    BicInvalid,
    AmountOutOfRange,
    PurposeInvalid,
    ReferenceInvalid,
    BothRemittances, // EPC069-12: structured OR unstructured, never both
    TextTooLong,
    PayloadTooLong, // > 331 bytes
};

/** "EUR12.50" (always two decimals, '.' as separator, no thousands separator). */
QString amountField(qint64 amountCents);
/** The payload in UTF-8, or empty with *problem set. */
QByteArray build(const EpcTransfer& transfer, Problem* problem = nullptr);
/** The Belgian structured communication as a transfer text (see docs/payments.md: why). */
EpcTransfer withStructuredCommunication(EpcTransfer transfer, const QString& communication);

} // namespace EpcPayload
