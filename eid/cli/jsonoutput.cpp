// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonoutput.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}
QString hex(const eid::Bytes& bytes)
{
    return QString::fromStdString(eid::toHex(bytes));
}

/** Optional tags only appear when the card has them. */
void putIfSet(QJsonObject& object, const char* key, const std::string& value)
{
    if (!value.empty())
        object.insert(QLatin1String(key), text(value));
}

QJsonObject identityToJson(const eid::Identity& id)
{
    QJsonObject o;
    o.insert(QStringLiteral("card_number"), text(id.cardNumber));
    o.insert(QStringLiteral("chip_number"), hex(id.chipNumber));
    o.insert(QStringLiteral("validity_begin"), text(id.validityBegin.iso()));
    o.insert(QStringLiteral("validity_end"), text(id.validityEnd.iso()));
    o.insert(QStringLiteral("issuing_municipality"), text(id.issuingMunicipality));
    o.insert(QStringLiteral("national_number"), text(id.nationalNumber));
    o.insert(QStringLiteral("surname"), text(id.surname));
    o.insert(QStringLiteral("first_names"), text(id.firstNames));
    o.insert(QStringLiteral("third_name_initial"), text(id.thirdNameInitial));
    o.insert(QStringLiteral("nationality"), text(id.nationality));
    o.insert(QStringLiteral("birth_place"), text(id.birthPlace));
    o.insert(QStringLiteral("birth_date"), text(id.birthDate.iso()));
    o.insert(QStringLiteral("sex"), QString(QChar::fromLatin1(id.sex)));
    o.insert(QStringLiteral("noble_condition"), text(id.nobleCondition));
    o.insert(QStringLiteral("document_type"), id.documentType);
    o.insert(QStringLiteral("special_status"), id.specialStatus);
    o.insert(QStringLiteral("duplicate"), text(id.duplicate));
    o.insert(QStringLiteral("member_of_family"), id.memberOfFamily);
    if (id.fileStructureVersion)
        o.insert(QStringLiteral("file_structure_version"), *id.fileStructureVersion);
    if (!id.photoHash.empty())
        o.insert(QStringLiteral("photo_hash"), hex(id.photoHash));
    putIfSet(o, "special_organisation", id.specialOrganisation);
    putIfSet(o, "date_and_country_of_protection", id.dateAndCountryOfProtection);
    putIfSet(o, "work_permit", id.workPermit);
    putIfSet(o, "employer_vat_1", id.employerVat1);
    putIfSet(o, "employer_vat_2", id.employerVat2);
    putIfSet(o, "regional_file_number", id.regionalFileNumber);
    if (!id.basicKeyHash.empty())
        o.insert(QStringLiteral("basic_key_hash"), hex(id.basicKeyHash));
    putIfSet(o, "brexit_mention_1", id.brexitMention1);
    putIfSet(o, "brexit_mention_2", id.brexitMention2);
    putIfSet(o, "card_a_mention_1", id.cardAMention1);
    putIfSet(o, "card_a_mention_2", id.cardAMention2);
    if (id.euCardStartDate)
        o.insert(QStringLiteral("eu_card_start_date"), text(id.euCardStartDate->iso()));
    return o;
}

QJsonObject verificationToJson(const eid::CardReading& reading)
{
    const eid::VerificationReport& v = reading.verification;
    QJsonObject o;
    o.insert(QStringLiteral("identity_signature"),
        QLatin1String(eid::checkResultName(v.identitySignature)));
    o.insert(QStringLiteral("address_signature"),
        QLatin1String(eid::checkResultName(v.addressSignature)));
    o.insert(QStringLiteral("photo_hash"), QLatin1String(eid::checkResultName(v.photoHash)));
    o.insert(QStringLiteral("rrn_certificate"),
        QLatin1String(eid::certificateStatusName(v.rrnCertificate)));
    if (reading.files.cardData.isEcApplet()) {
        o.insert(
            QStringLiteral("basic_key_hash"), QLatin1String(eid::checkResultName(v.basicKeyHash)));
        o.insert(QStringLiteral("card_authentication"),
            QLatin1String(eid::checkResultName(v.cardAuthentication)));
    }
    o.insert(QStringLiteral("overall"),
        v.verified() ? QStringLiteral("verified") : QStringLiteral("failed"));
    return o;
}

} // namespace

QJsonObject readingToJson(const eid::CardReading& reading)
{
    QJsonObject root;
    root.insert(QStringLiteral("reader"), text(reading.reader));
    root.insert(QStringLiteral("atr"), hex(reading.files.atr));
    root.insert(QStringLiteral("applet"), text(reading.files.cardData.appletVersionText()));
    root.insert(QStringLiteral("identity"), identityToJson(reading.identity));
    QJsonObject address;
    address.insert(QStringLiteral("street_and_number"), text(reading.address.streetAndNumber));
    address.insert(QStringLiteral("zip"), text(reading.address.zip));
    address.insert(QStringLiteral("municipality"), text(reading.address.municipality));
    root.insert(QStringLiteral("address"), address);
    if (!reading.files.photoSkipped) { // --no-photo: no "photo" member at all
        const QByteArray photo(reinterpret_cast<const char*>(reading.files.photo.data()),
            static_cast<qsizetype>(reading.files.photo.size()));
        QJsonObject photoObject;
        photoObject.insert(QStringLiteral("bytes"), photo.size());
        photoObject.insert(QStringLiteral("sha256"),
            QString::fromLatin1(
                QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()));
        root.insert(QStringLiteral("photo"), photoObject);
    }
    root.insert(QStringLiteral("verification"), verificationToJson(reading));
    QJsonObject stats;
    stats.insert(QStringLiteral("apdus"), reading.stats.apdus);
    stats.insert(QStringLiteral("bytes_read"), static_cast<qint64>(reading.stats.bytesRead));
    stats.insert(QStringLiteral("ms"), static_cast<qint64>(reading.stats.milliseconds));
    root.insert(QStringLiteral("stats"), stats);
    return root;
}
