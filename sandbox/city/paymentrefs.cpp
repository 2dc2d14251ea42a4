// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentrefs.h"

#include <QRegularExpression>
#include <QStringList>

QString structuredCommunication(qint64 base)
{
    const qint64 ten = ((base % 10000000000LL) + 10000000000LL) % 10000000000LL;
    const int check = int(ten % 97) == 0 ? 97 : int(ten % 97);
    const QString digits = QStringLiteral("%1%2")
                               .arg(ten, 10, 10, QLatin1Char('0'))
                               .arg(check, 2, 10, QLatin1Char('0'));
    return QStringLiteral("+++%1/%2/%3+++").arg(digits.left(3), digits.mid(3, 4), digits.mid(7));
}

bool isValidStructuredCommunication(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\+\\+\\+([0-9]{3})/([0-9]{4})/([0-9]{5})\\+\\+\\+$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QString digits = m.captured(1) + m.captured(2) + m.captured(3);
    const qint64 ten = digits.left(10).toLongLong();
    const int check = digits.right(2).toInt();
    return check == (int(ten % 97) == 0 ? 97 : int(ten % 97));
}

QString epcQrPayload(const QString& beneficiary, const QString& iban, const QString& bic,
    int amountCents, const QString& remittance)
{
    // Service tag, version, UTF-8, SCT, BIC, name, IBAN, amount, purpose, structured
    // reference, unstructured text: Belgian banking apps read +++…+++ from the last line.
    return QStringList { QStringLiteral("BCD"), QStringLiteral("002"), QStringLiteral("1"),
        QStringLiteral("SCT"), bic, beneficiary.left(70), QString(iban).remove(QLatin1Char(' ')),
        QStringLiteral("EUR%1.%2")
            .arg(amountCents / 100)
            .arg(amountCents % 100, 2, 10, QLatin1Char('0')),
        QString(), QString(), remittance.left(140) }
        .join(QLatin1Char('\n'));
}
