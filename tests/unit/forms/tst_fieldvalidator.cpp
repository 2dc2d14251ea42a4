// SPDX-License-Identifier: GPL-3.0-or-later
// The validators of docs/api/form-schema.md on their edge cases.

#include "forms/fieldvalidator.h"
#include "forms/formschema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestFieldValidator : public QObject
{
    Q_OBJECT

private:
    static FormField textField(FieldValidation::Type type, const QString& pattern = {})
    {
        FormField field;
        field.id = QStringLiteral("f");
        field.validation.type = type;
        field.validation.pattern = pattern;
        return field;
    }

    const QDate m_today { 2026, 11, 27 };

private slots:
    void nationalNumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("born 1985") << "85073003328" << true;
        QTest::newRow("born 1985, separators") << "85.07.30-033.28" << true;
        QTest::newRow("born 1985, spaces") << "850730 033 28" << true;
        QTest::newRow("born 1985, wrong check") << "85073003329" << false;
        QTest::newRow("born 2001 (2 prepended)") << "01031512380" << true;
        QTest::newRow("born 2001, pre-2000 check") << "01031512351" << true;
        QTest::newRow("born 2001, wrong check") << "01031512381" << false;
        QTest::newRow("BIS month+20") << "85273003371" << true;
        QTest::newRow("BIS month+40") << "85473003317" << true;
        QTest::newRow("BIS from 2000") << "05201234554" << true;
        QTest::newRow("BIS wrong") << "05201234556" << false;
        QTest::newRow("10 digits") << "8507300332" << false;
        QTest::newRow("12 digits") << "850730033280" << false;
        QTest::newRow("letters") << "8507300332A" << false;
        QTest::newRow("empty") << "" << false;
    }
    void nationalNumber()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(FieldValidator::isValidNationalNumber(number), valid);
    }

    void iban_data()
    {
        QTest::addColumn<QString>("iban");
        QTest::addColumn<bool>("valid");
        QTest::newRow("BE plain") << "BE68539007547034" << true;
        QTest::newRow("BE spaced, lower case") << "be68 5390 0754 7034" << true;
        QTest::newRow("BE wrong check") << "BE68539007547035" << false;
        QTest::newRow("BE too long") << "BE685390075470341" << false;
        QTest::newRow("BE too short") << "BE6853900754703" << false;
        QTest::newRow("NL") << "NL91ABNA0417164300" << true;
        QTest::newRow("FR") << "FR1420041010050500013M02606" << true;
        QTest::newRow("DE wrong") << "DE89370400440532013001" << false;
        QTest::newRow("garbage") << "BE68-5390" << false;
    }
    void iban()
    {
        QFETCH(QString, iban);
        QFETCH(bool, valid);
        QCOMPARE(FieldValidator::isValidIban(iban), valid);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("land line") << "081246000" << true;
        QTest::newRow("land line, dots") << "081.24.60.00" << true;
        QTest::newRow("mobile, slash") << "0470/12.34.56" << true;
        QTest::newRow("mobile, dashes") << "0470-12-34-56" << true;
        QTest::newRow("+32") << "+32 81 24 60 00" << true;
        QTest::newRow("+32 mobile") << "+32470123456" << true;
        QTest::newRow("0032") << "0032 470 12 34 56" << true;
        QTest::newRow("+32 then 0") << "+320470123456" << false;
        QTest::newRow("too short") << "0812460" << false;
        QTest::newRow("too long") << "04701234567" << false;
        QTest::newRow("foreign") << "+33612345678" << false;
        QTest::newRow("letters") << "081 24 GO 00" << false;
    }
    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(FieldValidator::isValidBelgianPhone(phone), valid);
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "jean@namur.be" << true;
        QTest::newRow("plus") << "jean+eguichet@mail.namur.be" << true;
        QTest::newRow("two @") << "jean@x@namur.be" << false;
        QTest::newRow("no local part") << "@namur.be" << false;
        QTest::newRow("no dot in domain") << "jean@namur" << false;
        QTest::newRow("space") << "jean dupont@namur.be" << false;
        QTest::newRow("no @") << "jean.namur.be" << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(FieldValidator::isValidEmail(email), valid);
    }

    void required_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("missing");
        QTest::newRow("empty string") << QJsonValue(QString()) << true;
        QTest::newRow("empty array") << QJsonValue(QJsonArray()) << true;
        QTest::newRow("false") << QJsonValue(false) << true;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << true;
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << true;
        QTest::newRow("text") << QJsonValue(QStringLiteral("x")) << false;
        QTest::newRow("true") << QJsonValue(true) << false;
        QTest::newRow("array") << QJsonValue(QJsonArray { QStringLiteral("a") }) << false;
    }
    void required()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, missing);
        QCOMPARE(FieldValidator::isMissing(value), missing);
        FormField field = textField(FieldValidation::Type::None);
        field.type = value.isBool() ? FieldType::Bool
            : value.isArray()       ? FieldType::Items
                                    : FieldType::String;
        field.options = { { QStringLiteral("a"), QStringLiteral("A"), 0 } };
        QCOMPARE(
            FieldValidator::validate(field, value, true, m_today) == FieldError::Required, missing);
        // Not required: a missing value is simply fine.
        QCOMPARE(FieldValidator::validate(field, value, false, m_today), FieldError::None);
    }

    void textRules()
    {
        FormField regex = textField(FieldValidation::Type::Regex, QStringLiteral("[A-Z]{2}\\d"));
        QCOMPARE(FieldValidator::validate(regex, QStringLiteral("AB1"), false, m_today),
            FieldError::None);
        // Whole-value match: a matching substring is not enough.
        QCOMPARE(FieldValidator::validate(regex, QStringLiteral("xAB1x"), false, m_today),
            FieldError::Pattern);
        FormField digits = textField(FieldValidation::Type::Digits);
        digits.validation.minLength = 2;
        digits.validation.maxLength = 4;
        QCOMPARE(FieldValidator::validate(digits, QStringLiteral("123"), false, m_today),
            FieldError::None);
        QCOMPARE(FieldValidator::validate(digits, QStringLiteral("12a"), false, m_today),
            FieldError::Digits);
        QCOMPARE(FieldValidator::validate(digits, QStringLiteral("1"), false, m_today),
            FieldError::TooShort);
        QCOMPARE(FieldValidator::validate(digits, QStringLiteral("12345"), false, m_today),
            FieldError::TooLong);
        FormField email = textField(FieldValidation::Type::None);
        email.type = FieldType::Email;
        QCOMPARE(FieldValidator::validate(email, QStringLiteral("a@b"), false, m_today),
            FieldError::Email);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("min");
        QTest::addColumn<QString>("max");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("unbounded") << ""
                                   << ""
                                   << "1900-01-01" << int(FieldError::None);
        QTest::newRow("not a date") << ""
                                    << ""
                                    << "2026-02-30" << int(FieldError::InvalidDate);
        QTest::newRow("other format") << ""
                                      << ""
                                      << "27/11/2026" << int(FieldError::InvalidDate);
        QTest::newRow("leap day") << ""
                                  << ""
                                  << "2024-02-29" << int(FieldError::None);
        QTest::newRow("max today, today") << ""
                                          << "today"
                                          << "2026-11-27" << int(FieldError::None);
        QTest::newRow("max today, tomorrow") << ""
                                             << "today"
                                             << "2026-11-28" << int(FieldError::DateTooLate);
        QTest::newRow("min today, yesterday") << "today"
                                              << ""
                                              << "2026-11-26" << int(FieldError::DateTooEarly);
        QTest::newRow("min fixed, on bound") << "2000-01-01"
                                             << ""
                                             << "2000-01-01" << int(FieldError::None);
        QTest::newRow("min fixed, before") << "2000-01-01"
                                           << ""
                                           << "1999-12-31" << int(FieldError::DateTooEarly);
    }
    void dates()
    {
        QFETCH(QString, min);
        QFETCH(QString, max);
        QFETCH(QString, value);
        QFETCH(int, expected);
        FormField field;
        field.id = QStringLiteral("d");
        field.type = FieldType::Date;
        field.min = min;
        field.max = max;
        QCOMPARE(int(FieldValidator::validate(field, value, true, m_today)), expected);
        if (expected == FieldError::DateTooLate || expected == FieldError::DateTooEarly) {
            // The message names the bound, resolved from "today" when needed.
            const QString message = FieldError::message(FieldError::Code(expected), field, m_today);
            QVERIFY2(message.contains(QStringLiteral("2026"))
                    || message.contains(QStringLiteral("2000")),
                qPrintable(message));
        }
    }

    void optionsAndFiles()
    {
        FormField item;
        item.type = FieldType::Item;
        item.options = { { QStringLiteral("me"), QStringLiteral("Moi"), 0 },
            { QStringLiteral("child"), QStringLiteral("Enfant"), 0 } };
        QCOMPARE(
            FieldValidator::validate(item, QStringLiteral("me"), true, m_today), FieldError::None);
        QCOMPARE(FieldValidator::validate(item, QStringLiteral("other"), true, m_today),
            FieldError::NotAnOption);
        item.type = FieldType::Items;
        QCOMPARE(FieldValidator::validate(item,
                     QJsonArray { QStringLiteral("me"), QStringLiteral("child") }, true, m_today),
            FieldError::None);
        QCOMPARE(FieldValidator::validate(
                     item, QJsonArray { QStringLiteral("me"), QStringLiteral("x") }, true, m_today),
            FieldError::NotAnOption);

        FormField file;
        file.type = FieldType::File;
        file.fileMaxBytes = 10;
        file.fileTypes = { QStringLiteral("application/pdf") };
        auto upload = [](const QByteArray& content, const QString& type) {
            return QJsonObject { { QStringLiteral("name"), QStringLiteral("a.pdf") },
                { QStringLiteral("content_type"), type },
                { QStringLiteral("base64"), QString::fromLatin1(content.toBase64()) } };
        };
        const QString pdf = QStringLiteral("application/pdf");
        QCOMPARE(FieldValidator::validate(file, upload("0123456789", pdf), true, m_today),
            FieldError::None);
        QCOMPARE(FieldValidator::validate(file, upload("0123456789A", pdf), true, m_today),
            FieldError::FileTooLarge);
        QCOMPARE(
            FieldValidator::validate(file, upload("1", QStringLiteral("image/gif")), true, m_today),
            FieldError::FileType);
    }
};

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
