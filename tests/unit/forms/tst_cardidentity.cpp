// SPDX-License-Identifier: GPL-3.0-or-later
// Only a fully verified card reading pre-fills (and locks) form fields.

#include "cardreading.h"
#include "forms/cardidentity.h"

#include <QTest>

class TestCardIdentity : public QObject
{
    Q_OBJECT

private:
    static eid::CardReading verifiedReading()
    {
        eid::CardReading r;
        r.identity.surname = "Dupont";
        r.identity.firstNames = "Marie Anne";
        r.identity.nationalNumber = "85073003328";
        r.identity.birthDate = { 1985, 7, 30 };
        r.identity.birthPlace = "Namur";
        r.identity.nationality = "Belge";
        r.identity.sex = 'F';
        r.address.streetAndNumber = "Rue de Fer 1 ";
        r.address.zip = "5000";
        r.address.municipality = "Namur";
        r.verification.identitySignature = eid::CheckResult::Valid;
        r.verification.addressSignature = eid::CheckResult::Valid;
        r.verification.photoHash = eid::CheckResult::Valid;
        r.verification.rrnCertificate = eid::CertificateStatus::Trusted;
        return r;
    }

private slots:
    void verifiedCardGivesEveryAttribute()
    {
        const auto identity = verifiedIdentityFrom(verifiedReading());
        QVERIFY(identity);
        QCOMPARE(identity->attribute("surname"), QStringLiteral("Dupont"));
        QCOMPARE(identity->attribute("first_names"), QStringLiteral("Marie Anne"));
        QCOMPARE(identity->attribute("national_number"), QStringLiteral("85073003328"));
        QCOMPARE(identity->attribute("birth_date"), QStringLiteral("1985-07-30"));
        QCOMPARE(identity->attribute("sex"), QStringLiteral("F"));
        QCOMPARE(identity->attribute("street_and_number"), QStringLiteral("Rue de Fer 1"));
        QCOMPARE(identity->attribute("zip"), QStringLiteral("5000"));
        QCOMPARE(identity->attribute("municipality"), QStringLiteral("Namur"));
    }

    void partialBirthDateIsLeftOut()
    {
        eid::CardReading r = verifiedReading();
        r.identity.birthDate = { 1975, 0, 0 };
        QCOMPARE(verifiedIdentityFrom(r)->attribute("birth_date"), QString());
    }

    void unverifiedCardGivesNothing_data()
    {
        QTest::addColumn<int>("broken");
        QTest::newRow("identity signature") << 0;
        QTest::newRow("address signature") << 1;
        QTest::newRow("photo hash") << 2;
        QTest::newRow("RRN certificate expired") << 3;
    }
    void unverifiedCardGivesNothing()
    {
        QFETCH(int, broken);
        eid::CardReading r = verifiedReading();
        switch (broken) {
        case 0:
            r.verification.identitySignature = eid::CheckResult::Invalid;
            break;
        case 1:
            r.verification.addressSignature = eid::CheckResult::Absent;
            break;
        case 2:
            r.verification.photoHash = eid::CheckResult::Invalid;
            break;
        default:
            r.verification.rrnCertificate = eid::CertificateStatus::Expired;
        }
        QVERIFY(!verifiedIdentityFrom(r));
    }
};

QTEST_GUILESS_MAIN(TestCardIdentity)
#include "tst_cardidentity.moc"
