// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardreading.h"
#include "jsonoutput.h"
#include "testcard.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

/** The dump --json shape the end-to-end tests rely on. */
class TestEidJson : public QObject
{
    Q_OBJECT

private slots:
    void dumpObject_hasContractKeys()
    {
        const auto image = eidtest::makeTestCard({ true, false, 2000 });
        eidtest::FakeBelpicCard card;
        image.loadInto(card);
        eid::VerifyOptions options;
        options.trust = eid::TrustStore();
        options.trust.addPem(image.rootPem);
        auto reading = eid::readAndVerify(card, image.atr, {}, options);
        QVERIFY(reading.ok());
        reading->reader = "Virtual PCD 00 00";
        const QJsonObject json = readingToJson(reading.value());

        for (const char* key :
            { "reader", "atr", "applet", "identity", "address", "photo", "verification", "stats" })
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value("applet").toString(), QStringLiteral("1.8"));
        QCOMPARE(json.value("atr").toString(), QString::fromStdString(eid::toHex(image.atr)));

        const QJsonObject id = json.value("identity").toObject();
        for (const char* key : { "card_number", "chip_number", "validity_begin", "validity_end",
                 "issuing_municipality", "national_number", "surname", "first_names",
                 "third_name_initial", "nationality", "birth_place", "birth_date", "sex",
                 "noble_condition", "document_type", "special_status", "duplicate",
                 "member_of_family" })
            QVERIFY2(id.contains(QLatin1String(key)), key);
        QCOMPARE(id.value("birth_date").toString(), QStringLiteral("1985-07-30"));
        QCOMPARE(id.value("validity_begin").toString(), QStringLiteral("2024-02-01"));
        QCOMPARE(id.value("sex").toString(), QStringLiteral("F"));
        QVERIFY(id.value("document_type").isDouble());
        QCOMPARE(id.value("document_type").toInt(), 1);
        QVERIFY(id.value("member_of_family").isBool());
        QCOMPARE(
            id.value("chip_number").toString(), QStringLiteral("534C494E336600296CFF278E5519202E"));

        const QJsonObject address = json.value("address").toObject();
        QCOMPARE(address.value("street_and_number").toString(), QStringLiteral("Rue de Fer 42"));
        QCOMPARE(address.value("municipality").toString(), QStringLiteral("Namur"));

        const QJsonObject photo = json.value("photo").toObject();
        QCOMPARE(photo.value("bytes").toInt(), 2000);
        const QByteArray raw(reinterpret_cast<const char*>(image.photo.data()),
            static_cast<qsizetype>(image.photo.size()));
        QCOMPARE(photo.value("sha256").toString(),
            QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex()));

        const QJsonObject v = json.value("verification").toObject();
        QCOMPARE(v.value("identity_signature").toString(), QStringLiteral("valid"));
        QCOMPARE(v.value("address_signature").toString(), QStringLiteral("valid"));
        QCOMPARE(v.value("photo_hash").toString(), QStringLiteral("valid"));
        QCOMPARE(v.value("rrn_certificate").toString(), QStringLiteral("trusted"));
        QCOMPARE(v.value("overall").toString(), QStringLiteral("verified"));

        const QJsonObject stats = json.value("stats").toObject();
        QCOMPARE(stats.value("apdus").toInt(), reading->stats.apdus);
        QVERIFY(stats.contains("bytes_read") && stats.contains("ms"));
    }

    void failedCheck_isOverallFailed()
    {
        const auto image = eidtest::makeTestCard({ true, false, 1000 });
        eidtest::FakeBelpicCard card;
        image.loadInto(card);
        const auto reading = eid::readAndVerify(card, image.atr, {}, eid::VerifyOptions {});
        QVERIFY(reading.ok());
        const QJsonObject v = readingToJson(reading.value()).value("verification").toObject();
        QCOMPARE(v.value("rrn_certificate").toString(), QStringLiteral("untrusted"));
        QCOMPARE(v.value("overall").toString(), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestEidJson)
#include "tst_eid_json.moc"
