// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardreading.h"
#include "scriptedtransport.h"
#include "testcard.h"

#include <QTest>

using eid::Bytes;

namespace {

eid::VerifyOptions trusting(const eidtest::TestCard& card)
{
    eid::VerifyOptions options;
    options.trust = eid::TrustStore();
    options.trust.addPem(card.rootPem);
    return options;
}

int reads(std::size_t bytes)
{
    return static_cast<int>((bytes + 255) / 256);
}

/**
 * The fewest APDUs a full read can take on a T=0 card that never tells file lengths
 * (docs/eid.md): GET CARD DATA, then per file one SELECT and ceil(n/256) READ BINARY, plus one
 * to find the end of files whose content does not say its length.
 */
int minimumApdus(const eidtest::TestCard& card)
{
    const int unknownLength = 1 + 1; // SELECT + end-of-file probe
    int total = 1; // GET CARD DATA
    total += unknownLength + reads(card.identity.size());
    total += unknownLength + reads(card.address.size());
    total += 1 + reads(card.rrnCertificate.size()); // DER length known after the first chunk
    total += unknownLength + reads(card.photo.size());
    if (card.ec) {
        total += unknownLength + reads(card.identitySignature.size());
        total += unknownLength + reads(112); // padded file shorter than one chunk
        total += unknownLength + reads(card.basicPublicKey.size());
    } else {
        total += 2 * (1 + 1); // RSA signatures: modulus length known from the certificate
    }
    return total;
}

} // namespace

class TestEidCardRead : public QObject
{
    Q_OBJECT

private slots:
    void fullRead_data()
    {
        QTest::addColumn<bool>("ec");
        QTest::newRow("1.7 RSA") << false;
        QTest::newRow("1.8 EC") << true;
    }

    void fullRead()
    {
        QFETCH(bool, ec);
        const auto image = eidtest::makeTestCard({ ec, false, 3000 });
        eidtest::FakeBelpicCard card;
        image.loadInto(card);
        const auto reading = eid::readAndVerify(card, image.atr, {}, trusting(image));
        QVERIFY2(reading.ok(), reading.error().detail.c_str());
        QCOMPARE(reading->identity.surname, std::string("Specimen"));
        QCOMPARE(reading->address.zip, std::string("5000"));
        QCOMPARE(reading->files.photo, image.photo);
        QCOMPARE(reading->files.rrnCertificate, image.rrnCertificate); // padding cut
        QCOMPARE(reading->files.cardData.appletVersionText(), std::string(ec ? "1.8" : "1.7"));
        if (ec)
            QCOMPARE(*reading->files.cardData.pinTriesLeft, 3);
        QVERIFY(reading->verification.verified());
        // Stats are honest (every exchange counted) and at the computed minimum.
        QCOMPARE(reading->stats.apdus, card.apdus());
        QCOMPARE(reading->stats.apdus, minimumApdus(image));
        qInfo("%s: %d APDUs (minimum %d), %lld bytes, %lld ms", ec ? "1.8" : "1.7",
            reading->stats.apdus, minimumApdus(image),
            static_cast<long long>(reading->stats.bytesRead),
            static_cast<long long>(reading->stats.milliseconds));
        QVERIFY(reading->stats.bytesRead >= static_cast<std::int64_t>(image.photo.size()));
    }

    void wipe_emptiesEverything()
    {
        const auto image = eidtest::makeTestCard({ true, false, 1000 });
        eidtest::FakeBelpicCard card;
        image.loadInto(card);
        auto reading = eid::readAndVerify(card, image.atr, {}, trusting(image));
        QVERIFY(reading.ok());
        reading->wipe();
        QVERIFY(reading->identity.surname.empty());
        QVERIFY(reading->identity.nationalNumber.empty());
        QVERIFY(reading->address.streetAndNumber.empty());
        QVERIFY(reading->files.photo.empty());
        QVERIFY(reading->files.identity.empty());
    }

    void progress_identityBeforePhoto()
    {
        const auto image = eidtest::makeTestCard({ true, false, 3000 });
        eidtest::FakeBelpicCard card;
        image.loadInto(card);
        std::vector<eid::ReadStage> stages;
        int apdusAtIdentity = -1;
        std::string nameAtIdentity;
        const auto reading = eid::readAndVerify(
            card, image.atr, {}, trusting(image), [&](const eid::ReadProgress& progress) {
                stages.push_back(progress.stage);
                if (progress.stage == eid::ReadStage::Identity) {
                    apdusAtIdentity = card.apdus();
                    nameAtIdentity = progress.identity->firstNames;
                }
            });
        QVERIFY(reading.ok());
        QCOMPARE(stages.front(), eid::ReadStage::CardData);
        QCOMPARE(stages.at(1), eid::ReadStage::Identity);
        QCOMPARE(stages.back(), eid::ReadStage::Done);
        QCOMPARE(nameAtIdentity, std::string("Alice Marie"));
        // The name is known after a handful of APDUs, long before the photo's dozen.
        QVERIFY(apdusAtIdentity > 0 && apdusAtIdentity <= 5);
    }

    void cardRemovedAnywhere_givesTypedErrorAndNoResult()
    {
        const auto image = eidtest::makeTestCard({ true, false, 1000 });
        eidtest::FakeBelpicCard complete;
        image.loadInto(complete);
        QVERIFY(eid::readAndVerify(complete, image.atr, {}, trusting(image)).ok());
        for (int pulledAt = 0; pulledAt < complete.apdus(); ++pulledAt) {
            eidtest::FakeBelpicCard card;
            image.loadInto(card);
            card.removeAfter(pulledAt);
            const auto reading = eid::readAndVerify(card, image.atr, {}, trusting(image));
            QVERIFY2(!reading.ok(), qPrintable(QString::number(pulledAt)));
            QCOMPARE(reading.error().code, eid::ErrorCode::CardRemoved);
        }
    }

    void cardReset_reconnectsAndRedoes()
    {
        const auto image = eidtest::makeTestCard({ true, false, 1000 });
        eidtest::FakeBelpicCard card;
        image.loadInto(card);
        card.resetAt(6); // in the middle of the address file
        const auto reading = eid::readAndVerify(card, image.atr, {}, trusting(image));
        QVERIFY2(reading.ok(), reading.error().detail.c_str());
        QVERIFY(reading->verification.verified());
    }

    void pathSelectRefused_stillReads()
    {
        const auto image = eidtest::makeTestCard({ false, false, 1000 });
        eidtest::FakeBelpicCard card;
        image.loadInto(card);
        card.setPathSelectSupported(false);
        const auto reading = eid::readAndVerify(card, image.atr, {}, trusting(image));
        QVERIFY2(reading.ok(), reading.error().detail.c_str());
        QVERIFY(reading->verification.verified());
    }

    void notBelpic_isUnsupportedCard()
    {
        eidtest::ScriptedTransport card;
        card.expect("80E400001C", "6E00");
        const auto reading = eid::readAndVerify(
            card, eid::fromHex("3B8F8001804F0CA000000306"), {}, eid::VerifyOptions {});
        QVERIFY(!reading.ok());
        QCOMPARE(reading.error().code, eid::ErrorCode::UnsupportedCard);
    }

    void damagedIdentity_isParseError()
    {
        auto image = eidtest::makeTestCard({ false, false, 1000 });
        image.identity.resize(40); // cut inside a field
        eidtest::FakeBelpicCard card;
        image.loadInto(card);
        const auto reading = eid::readAndVerify(card, image.atr, {}, trusting(image));
        QVERIFY(!reading.ok());
        QCOMPARE(reading.error().code, eid::ErrorCode::ParseError);
    }

    void internalAuthenticate_whenAsked()
    {
        const auto image = eidtest::makeTestCard({ true, false, 1000 });
        eidtest::FakeBelpicCard card;
        image.loadInto(card);
        eid::ReadOptions options;
        options.internalAuthenticate = true;
        const auto reading = eid::readAndVerify(card, image.atr, options, trusting(image));
        QVERIFY2(reading.ok(), reading.error().detail.c_str());
        QCOMPARE(reading->verification.cardAuthentication, eid::CheckResult::Valid);
        // Off by default: the 5000-use limit of the basic key.
        eidtest::FakeBelpicCard again;
        image.loadInto(again);
        const auto plain = eid::readAndVerify(again, image.atr, {}, trusting(image));
        QCOMPARE(plain->verification.cardAuthentication, eid::CheckResult::Absent);
    }

    void otherCertificates_onlyWhenAsked()
    {
        const auto image = eidtest::makeTestCard({ true, false, 1000 });
        eidtest::FakeBelpicCard card;
        image.loadInto(card);
        eid::ReadOptions options;
        options.otherCertificates = true;
        const auto reading = eid::readAndVerify(card, image.atr, options, trusting(image));
        QVERIFY(reading.ok());
        QVERIFY(reading->files.authenticationCertificate.empty()); // zero-filled: absent
        QCOMPARE(reading->files.rootCertificate, image.rrnCertificate);
    }
};

QTEST_GUILESS_MAIN(TestEidCardRead)
#include "tst_eid_cardread.moc"
