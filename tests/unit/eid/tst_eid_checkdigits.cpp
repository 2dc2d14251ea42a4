// SPDX-License-Identifier: GPL-3.0-or-later
#include "beid/checkdigits.h"

#include <QTest>

class TestEidCheckDigits : public QObject
{
    Q_OBJECT

private:
    /** Independent computation of the two check digits, to build inputs. */
    static std::string withCheck(const std::string& nine, bool from2000)
    {
        const unsigned long long base = std::stoull((from2000 ? "2" : "") + nine);
        const int check = 97 - static_cast<int>(base % 97);
        char digits[3];
        std::snprintf(digits, sizeof digits, "%02d", check);
        return nine + digits;
    }

private slots:
    void nationalNumber_before2000()
    {
        QVERIFY(eid::isValidNationalNumber("85073003328"));
        QVERIFY(eid::isValidNationalNumber(withCheck("710101123", false)));
        QVERIFY(!eid::isValidNationalNumber("85073003329"));
    }

    void nationalNumber_from2000()
    {
        const std::string number = withCheck("001013100", true);
        QVERIFY(eid::isValidNationalNumber(number));
        QVERIFY(number != withCheck("001013100", false)); // only the 2000 rule makes it valid
    }

    void nationalNumber_bis()
    {
        // BIS numbers add 20 or 40 to the month; the same modulo rule applies.
        QVERIFY(eid::isValidNationalNumber(withCheck("854730033", false)));
        QVERIFY(eid::isValidNationalNumber(withCheck("852730033", false)));
    }

    void nationalNumber_format()
    {
        QVERIFY(!eid::isValidNationalNumber("8507300332"));
        QVERIFY(!eid::isValidNationalNumber("8507300332A"));
        QVERIFY(!eid::isValidNationalNumber(""));
    }

    void cardNumber()
    {
        QVERIFY(eid::isValidCardNumber("592000155079"));
        QVERIFY(!eid::isValidCardNumber("592000155078"));
        QVERIFY(!eid::isValidCardNumber("59200015507"));
        // Remainder 0 is written 97: 97 * 10 = 970 -> "0000000970" + "97".
        QVERIFY(eid::isValidCardNumber("000000097097"));
        QVERIFY(!eid::isValidCardNumber("000000097000"));
    }
};

QTEST_GUILESS_MAIN(TestEidCheckDigits)
#include "tst_eid_checkdigits.moc"
