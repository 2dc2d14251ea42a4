// SPDX-License-Identifier: GPL-3.0-or-later
// The pure payment functions against their specifications: the Belgian structured
// communication (Febelfin: 10 digits + mod 97, 97 for 0), the EPC069-12 QR payload, QR codes
// from libqrencode at level M, the return-URL parser and the PDF receipt.

#include "payments/epcpayload.h"
#include "payments/paymentreturn.h"
#include "payments/qrimage.h"
#include "payments/receiptdocument.h"
#include "payments/structuredcommunication.h"

#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

class TestPaymentRefs : public QObject
{
    Q_OBJECT

private slots:
    void structuredCommunication_fromReference_data()
    {
        QTest::addColumn<qint64>("reference");
        QTest::addColumn<QString>("expected");
        // Check digits worked out by hand: 0108068171 mod 97 = 83 (a classic example).
        QTest::newRow("classic") << qint64(108068171) << "+++010/8068/17183+++";
        QTest::newRow("remainder 0 is 97") << qint64(97) << "+++000/0000/09797+++";
        QTest::newRow("zero is 97") << qint64(0) << "+++000/0000/00097+++";
        QTest::newRow("one-digit check padded") << qint64(1234567890) << "+++123/4567/89002+++";
        QTest::newRow("only ten digits kept") << qint64(51234567890) << "+++123/4567/89002+++";
    }
    void structuredCommunication_fromReference()
    {
        QFETCH(qint64, reference);
        QFETCH(QString, expected);
        QCOMPARE(StructuredCommunication::fromReference(reference), expected);
        QVERIFY(StructuredCommunication::isValid(expected));
    }

    void structuredCommunication_validate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("good") << "+++010/8068/17183+++" << true;
        QTest::newRow("spaces around") << " +++010/8068/17183+++ " << true;
        QTest::newRow("wrong check") << "+++010/8068/17184+++" << false;
        QTest::newRow("00 is never a check") << "+++000/0000/00000+++" << false;
        QTest::newRow("bad grouping") << "+++0108/068/17183+++" << false;
        QTest::newRow("letters") << "+++01A/8068/17183+++" << false;
        QTest::newRow("no plus") << "010/8068/17183" << false;
        QTest::newRow("openapi example check 40 but mod 97 is 30")
            << "+++262/0000/00340+++" << false;
    }
    void structuredCommunication_validate()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(StructuredCommunication::isValid(text), valid);
    }

    void structuredCommunication_negative_refused()
    {
        QVERIFY(StructuredCommunication::fromReference(-5).isEmpty());
    }

    void epc_specificationExample()
    {
        // EPC069-12 example (Red Cross of Belgium), as version 002 with two decimals.
        EpcTransfer t;
        t.bic = QStringLiteral("BPOTBEB1");
        t.beneficiaryName = QStringLiteral("Red Cross of Belgium");
        t.iban = QStringLiteral("BE72 0000 0000 1616");
        t.amountCents = 100;
        t.purpose = QStringLiteral("CHAR");
        t.text = QStringLiteral("Urgency fund");
        EpcPayload::Problem problem = EpcPayload::Problem::PayloadTooLong;
        QCOMPARE(EpcPayload::build(t, &problem),
            QByteArray("BCD\n002\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\n"
                       "EUR1.00\nCHAR\n\nUrgency fund"));
        QCOMPARE(problem, EpcPayload::Problem::None);
    }

    void epc_belgianCommunicationInTextLine()
    {
        EpcTransfer t;
        t.beneficiaryName = QStringLiteral("Ville de Namur");
        t.iban = QStringLiteral("BE68539007547034");
        t.amountCents = 1250;
        const QByteArray payload = EpcPayload::build(
            EpcPayload::withStructuredCommunication(t, QStringLiteral("+++010/8068/17183+++")));
        const QList<QByteArray> lines = payload.split('\n');
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.at(4), QByteArray()); // BIC optional in version 002
        QCOMPARE(lines.at(7), QByteArray("EUR12.50"));
        QCOMPARE(lines.at(9), QByteArray()); // structured line: ISO 11649 only
        QCOMPARE(lines.at(10), QByteArray("+++010/8068/17183+++"));
        QVERIFY(!payload.endsWith('\n'));
    }

    void epc_creditorReference_noTrailingSeparator()
    {
        EpcTransfer t;
        t.beneficiaryName = QStringLiteral("Ville de Namur");
        t.iban = QStringLiteral("BE68539007547034");
        t.amountCents = 5;
        t.creditorReference = QStringLiteral("RF18539007547034"); // ISO 11649's example
        const QByteArray payload = EpcPayload::build(t);
        QVERIFY(payload.endsWith("\nEUR0.05\n\nRF18539007547034"));
    }

    void epc_refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<EpcPayload::Problem>("expected");
        QTest::newRow("no name") << 0 << EpcPayload::Problem::NameMissingOrTooLong;
        QTest::newRow("name 71") << 1 << EpcPayload::Problem::NameMissingOrTooLong;
        QTest::newRow("iban check") << 2 << EpcPayload::Problem::IbanInvalid;
        QTest::newRow("bic") << 3 << EpcPayload::Problem::BicInvalid;
        QTest::newRow("amount 0") << 4 << EpcPayload::Problem::AmountOutOfRange;
        QTest::newRow("purpose") << 5 << EpcPayload::Problem::PurposeInvalid;
        QTest::newRow("both") << 6 << EpcPayload::Problem::BothRemittances;
        QTest::newRow("RF check") << 7 << EpcPayload::Problem::ReferenceInvalid;
        QTest::newRow("text 141") << 8 << EpcPayload::Problem::TextTooLong;
        QTest::newRow("331 bytes") << 9 << EpcPayload::Problem::PayloadTooLong;
    }
    void epc_refusals()
    {
        QFETCH(int, which);
        QFETCH(EpcPayload::Problem, expected);
        EpcTransfer t;
        t.beneficiaryName = QStringLiteral("Ville de Namur");
        t.iban = QStringLiteral("BE68539007547034");
        t.amountCents = 100;
        switch (which) {
        case 0:
            t.beneficiaryName.clear();
            break;
        case 1:
            t.beneficiaryName = QString(71, QLatin1Char('a'));
            break;
        case 2:
            t.iban = QStringLiteral("BE68539007547035");
            break;
        case 3:
            t.bic = QStringLiteral("GKC");
            break;
        case 4:
            t.amountCents = 0;
            break;
        case 5:
            t.purpose = QStringLiteral("government");
            break;
        case 6:
            t.text = QStringLiteral("x");
            t.creditorReference = QStringLiteral("RF18539007547034");
            break;
        case 7:
            t.creditorReference = QStringLiteral("RF19539007547034");
            break;
        case 8:
            t.text = QString(141, QLatin1Char('a'));
            break;
        case 9: // 70 three-byte characters: within the character limits, over 331 bytes
            t.beneficiaryName = QString(70, QChar(0x20AC));
            t.text = QString(140, QChar(0x00E9));
            break;
        }
        EpcPayload::Problem problem = EpcPayload::Problem::None;
        QVERIFY(EpcPayload::build(t, &problem).isEmpty());
        QCOMPARE(problem, expected);
    }

    void qr_levelM_versionAndQuietZone()
    {
        // ISO/IEC 18004 table 7: version 1-M holds 14 bytes, version 2-M 26 bytes.
        QCOMPARE(QrImage::encode(QByteArray(14, 'a')).version, 1);
        QCOMPARE(QrImage::encode(QByteArray(15, 'a')).version, 2);
        QCOMPARE(QrImage::encode(QByteArray(15, 'a'), QrImage::Correction::L).version, 1);
        // 331 bytes at M: version 13 holds 331 bytes exactly? It must fit in some version.
        const QrMatrix big = QrImage::encode(QByteArray(331, 'x'));
        QVERIFY(!big.isNull());
        QCOMPARE(big.width, 17 + 4 * big.version);

        const QImage image = QrImage::render(QByteArray("BCD"), 3);
        const QrMatrix m = QrImage::encode(QByteArray("BCD"));
        QCOMPARE(image.width(), (m.width + 8) * 3);
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white)); // quiet zone
        QCOMPARE(image.pixelColor(4 * 3, 4 * 3), QColor(Qt::black)); // finder pattern corner
        QVERIFY(QrImage::render(QByteArray()).isNull());
    }

    void returnUrl_parser_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("id");
        QTest::newRow("ok") << "eguichet://payment-return?payment_id=42&status=waiting"
                            << "42";
        QTest::newRow("other host") << "eguichet://elsewhere?payment_id=42"
                                    << "";
        QTest::newRow("other scheme") << "https://payment-return?payment_id=42"
                                      << "";
        QTest::newRow("no id") << "eguichet://payment-return?status=paid"
                               << "";
        QTest::newRow("path injection") << "eguichet://payment-return?payment_id=..%2F1"
                                        << "";
    }
    void returnUrl_parser()
    {
        QFETCH(QString, url);
        QFETCH(QString, id);
        QCOMPARE(PaymentReturn::paymentIdOf(QUrl(url)).value_or(QString()), id);
    }

    void returnUrl_inArguments()
    {
        QCOMPARE(PaymentReturn::paymentIdInArguments(
                     { "eguichet", "--mode", "home", "eguichet://payment-return?payment_id=7" })
                     .value_or(QString()),
            QStringLiteral("7"));
        QVERIFY(!PaymentReturn::paymentIdInArguments({ "eguichet", "--mode", "home" }));
    }

    void receipt_pdfHoldsTheReferenceAndNoCardData()
    {
        QTemporaryDir dir;
        ReceiptData data;
        data.cityName = QStringLiteral("Ville de Namur");
        data.requestNumbers = { QStringLiteral("DEM-2026-000042") };
        data.amountCents = 500;
        data.method = QStringLiteral("card");
        data.paidAt = QDateTime(QDate(2026, 11, 27), QTime(10, 30));
        data.paymentId = QStringLiteral("17");
        data.reference = QStringLiteral("SBX00000017");
        ReceiptDocument receipt(data);
        QVERIFY(receipt.html().contains(QStringLiteral("DEM-2026-000042")));
        const QString path = dir.filePath(QStringLiteral("recu.pdf"));
        QVERIFY(receipt.saveAsPdf(path));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text();
        QVERIFY2(text.contains(QStringLiteral("SBX00000017")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("DEM-2026-000042")));
        QVERIFY(text.contains(QStringLiteral("5,00")));
    }
};

QTEST_MAIN(TestPaymentRefs)
#include "tst_paymentrefs.moc"
