// SPDX-License-Identifier: GPL-3.0-or-later
#include "beid/identity.h"
#include "beid/tlv.h"
#include "testcard.h"

#include <algorithm>
#include <QTest>

using eid::Bytes;

class TestEidTlv : public QObject
{
    Q_OBJECT

private slots:
    void parseTlv_ffContinuedLength_spansRuns()
    {
        for (std::size_t length : { std::size_t(0), std::size_t(254), std::size_t(255),
                 std::size_t(300), std::size_t(510), std::size_t(600) }) {
            const Bytes value(length, 0x41);
            Bytes file = eidtest::tlv(0x07, value);
            file.push_back(0x08);
            file.push_back(0x01);
            file.push_back(0x42);
            const auto fields = eid::parseTlv(file);
            QVERIFY2(fields.ok(), fields.error().detail.c_str());
            QCOMPARE(fields->at(0x07).size(), length);
            QCOMPARE(fields->at(0x08), Bytes { 0x42 });
        }
        // 300 = FF 2D, as the card-content document's example.
        const Bytes encoded = eidtest::tlv(0x07, Bytes(300, 0x20));
        QCOMPARE(encoded[1], std::uint8_t(0xFF));
        QCOMPARE(encoded[2], std::uint8_t(0x2D));
    }

    void parseTlv_zeroPadding_ignored()
    {
        Bytes file = eidtest::tlv(0x01, std::string("abc"));
        file.resize(117, 0x00);
        const auto fields = eid::parseTlv(file);
        QVERIFY(fields.ok());
        QCOMPARE(fields->size(), std::size_t(1));
    }

    void parseTlv_lengthPastEnd_isParseError()
    {
        const Bytes file { 0x01, 0x05, 0x41, 0x42 };
        const auto fields = eid::parseTlv(file);
        QVERIFY(!fields.ok());
        QCOMPARE(fields.error().code, eid::ErrorCode::ParseError);
        QVERIFY(!eid::parseTlv(Bytes { 0x01, 0xFF }).ok());
    }

    void parseTlv_repeatedTag_isParseError()
    {
        const Bytes file { 0x01, 0x01, 0x41, 0x01, 0x01, 0x42 };
        QVERIFY(!eid::parseTlv(file).ok());
    }

    void parseIdentity_fieldsAndUnknownTags()
    {
        const Bytes photoHash(48, 0xAB);
        Bytes file = eidtest::testIdentityFile(photoHash, Bytes(48, 0xCD));
        // A tag this library does not know yet (a future addition) is skipped.
        const Bytes unknown = eidtest::tlv(0x25, std::string("future"));
        file.insert(file.end(), unknown.begin(), unknown.end());
        const auto id = eid::parseIdentity(file);
        QVERIFY2(id.ok(), id.error().detail.c_str());
        QCOMPARE(id->cardNumber, std::string("592000155079"));
        QCOMPARE(id->surname, std::string("Specimen"));
        QCOMPARE(id->firstNames, std::string("Alice Marie"));
        QCOMPARE(id->birthDate.iso(), std::string("1985-07-30"));
        QCOMPARE(id->validityEnd.iso(), std::string("2034-02-01"));
        QCOMPARE(id->sex, 'F');
        QCOMPARE(id->documentType, 1);
        QCOMPARE(id->photoHash, photoHash);
        QCOMPARE(id->basicKeyHash, Bytes(48, 0xCD));
        QCOMPARE(*id->fileStructureVersion, 2);
        QVERIFY(!id->memberOfFamily);
    }

    void parseIdentity_tag14PresenceIsTrue()
    {
        Bytes file = eidtest::testIdentityFile(Bytes(20, 1), {});
        const Bytes flag = eidtest::tlv(0x14, Bytes {});
        file.insert(file.end(), flag.begin(), flag.end());
        const auto id = eid::parseIdentity(file);
        QVERIFY(id.ok());
        QVERIFY(id->memberOfFamily);
    }

    void parseIdentity_sexLetters()
    {
        for (const auto& [letter, expected] : { std::pair<const char*, char> { "M", 'M' },
                 { "F", 'F' }, { "V", 'F' }, { "W", 'F' } }) {
            Bytes file = eidtest::testIdentityFile(Bytes(20, 1), {});
            const Bytes sexField = eidtest::tlv(0x0D, std::string("F"));
            auto at = std::search(file.begin(), file.end(), sexField.begin(), sexField.end());
            QVERIFY(at != file.end());
            at[2] = static_cast<std::uint8_t>(letter[0]);
            const auto id = eid::parseIdentity(file);
            QVERIFY(id.ok());
            QCOMPARE(id->sex, expected);
        }
    }

    void parseIdentity_missingCardNumber_isParseError()
    {
        const Bytes file = eidtest::tlv(0x07, std::string("Nobody"));
        const auto id = eid::parseIdentity(file);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, eid::ErrorCode::ParseError);
    }

    void parseAddress_paddedFile()
    {
        Bytes file = eidtest::tlv(0x01, std::string("Meirplaats 1 bus 1"));
        const Bytes zip = eidtest::tlv(0x02, std::string("2000"));
        const Bytes city = eidtest::tlv(0x03, std::string("Antwerpen"));
        file.insert(file.end(), zip.begin(), zip.end());
        file.insert(file.end(), city.begin(), city.end());
        file.resize(117, 0);
        const auto address = eid::parseAddress(file);
        QVERIFY(address.ok());
        QCOMPARE(address->streetAndNumber, std::string("Meirplaats 1 bus 1"));
        QCOMPARE(address->zip, std::string("2000"));
        QCOMPARE(address->municipality, std::string("Antwerpen"));
    }
};

QTEST_GUILESS_MAIN(TestEidTlv)
#include "tst_eid_tlv.moc"
