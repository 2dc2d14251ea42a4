// SPDX-License-Identifier: GPL-3.0-or-later
#include "epcpayload.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

constexpr int kMaxBytes = 331;

/** ISO 7064 MOD 97-10 as IBAN and ISO 11649 use it: the first four characters moved to the
 *  end, letters as 10..35, the whole number modulo 97 must be 1. */
bool mod97Valid(const QString& text)
{
    const QString moved = text.mid(4) + text.left(4);
    int remainder = 0;
    for (const QChar c : moved) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

bool ibanValid(const QString& iban)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    return shape.match(iban).hasMatch() && mod97Valid(iban);
}

bool referenceValid(const QString& reference)
{
    static const QRegularExpression shape(QStringLiteral("^RF[0-9]{2}[A-Z0-9]{1,21}$"));
    return shape.match(reference).hasMatch() && mod97Valid(reference);
}

} // namespace

namespace EpcPayload {

QString amountField(qint64 amountCents)
{
    return QStringLiteral("EUR%1.%2")
        .arg(amountCents / 100)
        .arg(amountCents % 100, 2, 10, QLatin1Char('0'));
}

QByteArray build(const EpcTransfer& t, Problem* problem)
{
    const auto fail = [problem](Problem p) {
        if (problem)
            *problem = p;
        return QByteArray();
    };
    const QString iban = QString(t.iban).remove(QLatin1Char(' ')).toUpper();
    const QString bic = t.bic.trimmed().toUpper();
    static const QRegularExpression bicShape(
        QStringLiteral("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    static const QRegularExpression purposeShape(QStringLiteral("^[A-Z0-9]{4}$"));
    if (t.beneficiaryName.trimmed().isEmpty() || t.beneficiaryName.size() > 70)
        return fail(Problem::NameMissingOrTooLong);
    if (!ibanValid(iban))
        return fail(Problem::IbanInvalid);
    if (!bic.isEmpty() && !bicShape.match(bic).hasMatch())
        return fail(Problem::BicInvalid);
    if (t.amountCents < 1 || t.amountCents > 99999999999LL)
        return fail(Problem::AmountOutOfRange);
    if (!t.purpose.isEmpty() && !purposeShape.match(t.purpose).hasMatch())
        return fail(Problem::PurposeInvalid);
    if (!t.creditorReference.isEmpty() && !t.text.isEmpty())
        return fail(Problem::BothRemittances);
    if (!t.creditorReference.isEmpty() && !referenceValid(t.creditorReference))
        return fail(Problem::ReferenceInvalid);
    if (t.text.size() > 140)
        return fail(Problem::TextTooLong);

    QStringList lines { QStringLiteral("BCD"), QStringLiteral("002"), QStringLiteral("1"),
        QStringLiteral("SCT"), bic, t.beneficiaryName.trimmed(), iban, amountField(t.amountCents),
        t.purpose, t.creditorReference, t.text };
    // "The last populated element is not followed by any character or element separator."
    while (lines.last().isEmpty())
        lines.removeLast();
    const QByteArray payload = lines.join(QLatin1Char('\n')).toUtf8();
    if (payload.size() > kMaxBytes)
        return fail(Problem::PayloadTooLong);
    if (problem)
        *problem = Problem::None;
    return payload;
}

EpcTransfer withStructuredCommunication(EpcTransfer transfer, const QString& communication)
{
    transfer.creditorReference.clear();
    transfer.text = communication;
    return transfer;
}

} // namespace EpcPayload
