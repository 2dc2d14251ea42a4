// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardgenoptions.h"

#include <QCommandLineParser>

namespace {
struct TextOption
{
    const char* name;
    const char* help;
    QString IdentitySpec::*field;
};

const TextOption TextOptions[] = {
    { "card-number", "Card number, 12 digits (default: derived, valid check digits).",
        &IdentitySpec::cardNumber },
    { "issuing-municipality", "Issuing municipality.", &IdentitySpec::issuingMunicipality },
    { "national-number", "National number, 11 digits (default: from birth date and sex).",
        &IdentitySpec::nationalNumber },
    { "surname", "Surname (UTF-8).", &IdentitySpec::surname },
    { "first-names", "First two given names.", &IdentitySpec::firstNames },
    { "third-initial", "First letter of the third given name (may be empty).",
        &IdentitySpec::thirdNameInitial },
    { "nationality", "Nationality as printed (Belge, Française...).", &IdentitySpec::nationality },
    { "birth-place", "Birth place.", &IdentitySpec::birthPlace },
    { "birth-date", "YYYY-MM-DD, YYYY-MM or YYYY.", &IdentitySpec::birthDate },
    { "sex", "M or F.", &IdentitySpec::sex },
    { "noble-condition", "Noble condition (usually empty).", &IdentitySpec::nobleCondition },
    { "duplicate", "Duplicate number (tag 12), e.g. 02.", &IdentitySpec::duplicate },
    { "street", "Street and number.", &IdentitySpec::street },
    { "zip", "Postal code.", &IdentitySpec::zip },
    { "municipality", "Municipality of the address.", &IdentitySpec::municipality },
    { "pin", "PIN of the card, 4-12 digits.", &IdentitySpec::pin },
    { "rsa-hash", "1.7 photo/signature hash: sha256 (default) or sha1.", &IdentitySpec::rsaHash },
};
} // namespace

bool CardgenOptions::parse(const QStringList& arguments, ImageRequest& out, QString* message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a virtual Belgian eID card image with its own test PKI (docs/virtual-card.md)."));
    parser.addHelpOption();
    parser.addOption({ "out", "Image directory to write.", "DIR" });
    parser.addOption({ "applet", "1.7 (RSA) or 1.8 (EC P-384).", "VERSION", "1.8" });
    parser.addOption(
        { "pki", "Test PKI directory, reused when present, created otherwise.", "DIR" });
    for (const TextOption& option : TextOptions)
        parser.addOption(
            { QString::fromLatin1(option.name), QString::fromLatin1(option.help), "TEXT" });
    parser.addOption({ "validity-begin", "Card validity begin, YYYY-MM-DD.", "DATE" });
    parser.addOption({ "validity-end", "Card validity end, YYYY-MM-DD.", "DATE" });
    parser.addOption(
        { "document-type", "Document type (1 Belgian, 6 kids, 11-36 foreigners).", "N" });
    parser.addOption({ "special-status", "Special status (0-5).", "N" });
    parser.addOption({ "member-of-family", "Write tag 14 (member of family of an EU citizen)." });
    parser.addOption(
        { "extra-tag", "Further identity tag, hex tag = ASCII value (repeatable).", "TAG=VALUE" });
    parser.addOption({ "kids", "No authentication or signature certificate (kids card)." });
    parser.addOption({ "tamper", "Fault: change one byte of this file id after signing.", "FID" });
    parser.addOption({ "wrong-photo-hash", "Fault: tag 11 is not the photo's hash." });
    parser.addOption({ "expired-rrn", "Fault: the RRN certificate expired yesterday." });
    parser.addOption({ "revoked", "Fault: the authentication certificate is on the PKI's CRL." });
    parser.addOption({ "crl-url",
        "CRL distribution point of the card's certificates (default: file URL of PKI/ca.crl).",
        "URL" });
    parser.addOption({ "crl-valid-s", "Lifetime of the re-issued CRL (default: a year).", "S" });
    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *message = parser.helpText();
        return false;
    }
    out.outDir = parser.value(QStringLiteral("out"));
    if (out.outDir.isEmpty()) {
        *message = QStringLiteral("--out DIR is required (see --help)");
        return false;
    }
    IdentitySpec& spec = out.spec;
    spec.applet = parser.value(QStringLiteral("applet"));
    out.pkiDir = parser.value(QStringLiteral("pki"));
    for (const TextOption& option : TextOptions) {
        if (parser.isSet(QString::fromLatin1(option.name)))
            spec.*option.field = parser.value(QString::fromLatin1(option.name));
    }
    if (spec.is18())
        spec.rsaHash = QStringLiteral("sha384");
    for (const char* name : { "validity-begin", "validity-end" }) {
        if (!parser.isSet(QString::fromLatin1(name)))
            continue;
        const QDate date = QDate::fromString(parser.value(QString::fromLatin1(name)), Qt::ISODate);
        if (!date.isValid()) {
            *message = QStringLiteral("--%1 must be YYYY-MM-DD").arg(QString::fromLatin1(name));
            return false;
        }
        (qstrcmp(name, "validity-begin") == 0 ? spec.validityBegin : spec.validityEnd) = date;
    }
    if (parser.isSet(QStringLiteral("document-type")))
        spec.documentType = parser.value(QStringLiteral("document-type")).toInt();
    if (parser.isSet(QStringLiteral("special-status")))
        spec.specialStatus = parser.value(QStringLiteral("special-status")).toInt();
    spec.memberOfFamily = parser.isSet(QStringLiteral("member-of-family"));
    spec.withCertificates = !parser.isSet(QStringLiteral("kids"));
    for (const QString& extra : parser.values(QStringLiteral("extra-tag"))) {
        bool ok = false;
        const int tag = extra.section(QLatin1Char('='), 0, 0).toInt(&ok, 16);
        if (!ok || tag < 0x13 || tag > 0x1F || tag == 0x14 || tag == 0x1A) {
            *message = QStringLiteral("--extra-tag wants 13, 15-19 or 1B-1F: %1").arg(extra);
            return false;
        }
        spec.extraTags.append({ tag, extra.section(QLatin1Char('='), 1) });
    }
    out.faults.tamperFile = parser.value(QStringLiteral("tamper")).toUpper();
    out.faults.wrongPhotoHash = parser.isSet(QStringLiteral("wrong-photo-hash"));
    out.faults.expiredRrn = parser.isSet(QStringLiteral("expired-rrn"));
    out.faults.revoked = parser.isSet(QStringLiteral("revoked"));
    out.revocation.crlUrl = parser.value(QStringLiteral("crl-url"));
    if (parser.isSet(QStringLiteral("crl-valid-s"))) {
        bool ok = false;
        out.revocation.crlValidSeconds
            = parser.value(QStringLiteral("crl-valid-s")).toLongLong(&ok);
        if (!ok || out.revocation.crlValidSeconds <= 0) {
            *message = QStringLiteral("--crl-valid-s wants a number of seconds > 0");
            return false;
        }
    }
    *message = spec.validate();
    return message->isEmpty();
}
