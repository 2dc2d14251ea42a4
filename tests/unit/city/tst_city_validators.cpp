// SPDX-License-Identifier: GPL-3.0-or-later
// Validators, payment references, password policy, languages and eID TLV of the city server.
#include "eidauth.h"
#include "language.h"
#include "messages.h"
#include "passwords.h"
#include "paymentrefs.h"
#include "provider.h"
#include "validators.h"

#include <QJsonObject>
#include <QtTest>

class TestCityValidators : public QObject
{
    Q_OBJECT
private slots:
    void national_numbers_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("demo card") << "85073003328" << true;
        QTest::newRow("with separators") << "85.07.30-033.28" << true;
        QTest::newRow("wrong check") << "85073003329" << false;
        QTest::newRow("born 2000+ uses the 2 prefix") << "00010100105" << true;
        QTest::newRow("neither century matches") << "00010100106" << false;
        QTest::newRow("BIS month + 20") << "85273003371" << true;
        QTest::newRow("BIS month + 40") << "85473003317" << true;
        QTest::newRow("digits only, as the contract says") << "85133003370" << true;
        QTest::newRow("10 digits") << "8507300332" << false;
        QTest::newRow("letters") << "8507300332A" << false;
    }
    void national_numbers()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(isValidNrn(value), valid);
    }

    void ibans()
    {
        QVERIFY(isValidIban("BE68539007547034"));
        QVERIFY(isValidIban("be68 5390 0754 7034"));
        QVERIFY(!isValidIban("BE68539007547035"));
        QVERIFY(!isValidIban("BE6853900754703")); // BE is 16 characters
        QVERIFY(isValidIban("FR1420041010050500013M02606"));
        QVERIFY(!isValidIban(""));
    }

    void phones_and_emails()
    {
        for (const char* ok :
            { "081 24 60 00", "0470/12.34.56", "+32 81 24 60 00", "0032470123456" })
            QVERIFY2(isValidBelgianPhone(ok), ok);
        for (const char* bad : { "12345", "+33 1 23 45 67 89", "0081246000", "081-24-60-00-00" })
            QVERIFY2(!isValidBelgianPhone(bad), bad);
        QVERIFY(isValidEmail("a.b@namur.be"));
        QVERIFY(!isValidEmail("a@b"));
        QVERIFY(!isValidEmail("a b@namur.be"));
        QVERIFY(!isValidEmail("a\tb@namur.be"));
        QVERIFY(!isValidEmail("@namur.be"));
        QVERIFY(!isValidEmail("a@@namur.be"));
    }

    void dates()
    {
        QVERIFY(parseIsoDate("2024-02-29").isValid());
        QVERIFY(!parseIsoDate("2023-02-29").isValid());
        QVERIFY(!parseIsoDate("2024-2-9").isValid());
    }

    void structured_communication()
    {
        const QString c = structuredCommunication(2600000034LL);
        QCOMPARE(c, QString("+++260/0000/03406+++")); // 2600000034 mod 97 = 6
        QVERIFY(isValidStructuredCommunication(c));
        QVERIFY(!isValidStructuredCommunication("+++260/0000/03407+++"));
        QCOMPARE(structuredCommunication(97).right(8), QString("09797+++")); // 0 -> 97
        for (qint64 base : { 1LL, 42LL, 2612345678LL, 9999999999LL })
            QVERIFY(isValidStructuredCommunication(structuredCommunication(base)));
    }

    void epc_payload()
    {
        const QStringList lines = epcQrPayload(
            "Ville de Namur", "BE68 5390 0754 7034", "GKCCBEBB", 1250, "+++260/0000/03406+++")
                                      .split('\n');
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.at(0), QString("BCD"));
        QCOMPARE(lines.at(1), QString("002"));
        QCOMPARE(lines.at(6), QString("BE68539007547034"));
        QCOMPARE(lines.at(7), QString("EUR12.50"));
        QCOMPARE(lines.at(10), QString("+++260/0000/03406+++"));
    }

    void luhn()
    {
        QVERIFY(luhnValid("4111 1111 1111 1111"));
        QVERIFY(!luhnValid("4111 1111 1111 1112"));
        QVERIFY(!luhnValid("41111"));
    }

    void password_policy_and_hashing()
    {
        const PasswordPolicy policy;
        QVERIFY(!policy.accepts("Ab1-")); // too short
        QVERIFY(!policy.accepts("abcdefgh")); // one kind
        QVERIFY(!policy.accepts("abcDEFgh")); // two kinds
        QVERIFY(policy.accepts("abcDE1"));
        QVERIFY(policy.accepts("été-2026"));
        QCOMPARE(PasswordPolicy::classesIn("aA1!"), 4);
        // The most common passwords are refused even when they follow the rules.
        QCOMPARE(policy.refusal("Password1"), QString("password_common"));
        QCOMPARE(policy.refusal("AZERTY123a"), QString()); // not on the list
        QCOMPARE(policy.refusal("Azerty123"), QString("password_common"));
        QCOMPARE(policy.refusal("abcdefgh"), QString("password_policy"));
        QVERIFY(!policy.accepts("Password1"));
        QVERIFY(PasswordPolicy::isCommon("123456"));

        // Argon2id with the contract's parameters.
        const QString hash = hashPassword("Secret-1");
        QVERIFY2(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), qPrintable(hash));
        QVERIFY(verifyPassword("Secret-1", hash));
        QVERIFY(!verifyPassword("Secret-2", hash));
        QVERIFY(hashPassword("Secret-1") != hash); // salted
        QVERIFY(!needsRehash(hash));
        // A PBKDF2 hash of an older state dir still verifies (and is to be rehashed).
        const QString legacy = "pbkdf2$20000$000102030405060708090a0b0c0d0e0f$"
                               "8467b0f28b58ae5460188ca32a005c3ddb7acc0cdb7036d4e8ab7f523abb6e1a";
        QVERIFY(verifyPassword("Legacy-1", legacy));
        QVERIFY(!verifyPassword("Legacy-2", legacy));
        QVERIFY(needsRehash(legacy));
        // No stored hash (unknown address, account without password) or a broken one costs an
        // Argon2id verification all the same, and never matches.
        const int before = argon2Verifications();
        QVERIFY(!verifyPassword("x", "garbage"));
        QVERIFY(!verifyPassword("Secret-1", QString()));
        QVERIFY(!verifyPassword(QString(), QString()));
        QCOMPARE(argon2Verifications(), before + 3);
        QVERIFY(newToken() != newToken());
    }

    void languages()
    {
        QCOMPARE(negotiateLanguage(""), Lang::Fr);
        QCOMPARE(negotiateLanguage("nl-BE"), Lang::Nl);
        QCOMPARE(negotiateLanguage("es, de;q=0.5, en;q=0.7"), Lang::En);
        QCOMPARE(negotiateLanguage("de;q=0, en;q=0.1"), Lang::En);
        const QJsonObject localized = localizeJson(
            QJsonObject { { "t", QJsonObject { { "fr", "Oui" }, { "nl", "Ja" } } } }, Lang::De)
                                          .toObject();
        QCOMPARE(localized["t"].toString(), QString("Oui")); // missing language falls back to fr
        for (const char* code : { "rate_limited", "field_locked", "st_done", "mail_status_body" })
            QVERIFY(hasMsg(code));
        QVERIFY(msg("st_done", Lang::Nl) != msg("st_done", Lang::Fr));
    }

    void eid_tlv()
    {
        QByteArray file;
        file += char(0x06);
        file += char(11);
        file += "85073003328";
        file += char(0x07);
        file += char(9);
        file += "Sp\xc3\xa9"
                "cimen";
        QByteArray longValue(300, 'x');
        file += char(0x0B);
        file += char(0xFF);
        file += char(300 - 255);
        file += longValue;
        const QMap<int, QByteArray> tlv = parseEidTlv(file);
        QCOMPARE(tlv.value(0x06), QByteArray("85073003328"));
        QCOMPARE(QString::fromUtf8(tlv.value(0x07)), QString("Spécimen"));
        QCOMPARE(tlv.value(0x0B).size(), 300);
        QVERIFY(parseEidTlv(QByteArray("\x06\x20short")).isEmpty()); // truncated value
    }

    void eid_tlv_applet18_starts_with_the_file_structure_version()
    {
        // Applet 1.8 identity and address files begin with tag 00 (issue 17: the city's
        // parser stopped there and every 1.8 login failed its file check).
        QByteArray address("\x00\x02\x00\x01", 4);
        address += QByteArray("\x01\x0fPlace d'Armes 1\x02\x04"
                              "5000\x03\x05Namur");
        address += QByteArray(40, '\0'); // the file's zero padding
        const QMap<int, QByteArray> tlv = parseEidTlv(address);
        QCOMPARE(tlv.value(0x00), QByteArray("\x00\x01", 2));
        QCOMPARE(tlv.value(0x01), QByteArray("Place d'Armes 1"));
        QCOMPARE(tlv.value(0x02), QByteArray("5000"));
        QCOMPARE(tlv.value(0x03), QByteArray("Namur"));
        QCOMPARE(tlv.size(), 4);
        // Tag 00 after the first field is padding: nothing after it counts.
        const QByteArray late("\x01\x01"
                              "A\x00\x02\x00\x01\x03\x01X",
            10);
        QCOMPARE(parseEidTlv(late).keys(), QList<int> { 0x01 });
    }
};

QTEST_GUILESS_MAIN(TestCityValidators)
#include "tst_city_validators.moc"
