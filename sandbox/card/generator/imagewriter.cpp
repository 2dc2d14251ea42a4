// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagewriter.h"

#include "cardimage.h"
#include "identityfiles.h"
#include "photo.h"
#include "pkcs15files.h"
#include "testcrl.h"
#include "testpki.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QByteArray Atr17 = QByteArray::fromHex("3B9813400AA503010101AD1311");
const QByteArray Atr18 = QByteArray::fromHex("3B7F96000080318065B085040120120FFF829000");
// Bytes 16-27 of GET CARD DATA after the serial ([RM18] table 47): chip/OS bytes, applet
// version, global OS version, interface, PKCS#1 support, key exchange, life cycle PERSONALIZED.
const QByteArray CardData17Tail = QByteArray::fromHex("F3360125011700030021010F");
const QByteArray CardData18Tail = QByteArray::fromHex("C02B0110011800010000020F");
// An EC DER signature in the fixed-size EF(SGN#Address) is zero padded ([C54] §6.2.5).
constexpr int EcSignatureFileSize = 104;

QByteArray path(const char* hex)
{
    return QByteArray::fromHex(hex);
}

QByteArray hashWith(const EVP_MD* md, const QByteArray& data)
{
    const auto algorithm = EVP_MD_get_size(md) == 48 ? QCryptographicHash::Sha384
        : EVP_MD_get_size(md) == 32                  ? QCryptographicHash::Sha256
                                                     : QCryptographicHash::Sha1;
    return QCryptographicHash::hash(data, algorithm);
}

/** Certificate file: DER then zeros; a card without this certificate holds only zeros
    ([C54] §8: +1100 / 2500 on 1.8, [C401] §8: +50 / 1300 on 1.7). */
QByteArray certificateFile(const QByteArray& der, bool applet18)
{
    if (der.isEmpty())
        return QByteArray(applet18 ? 2500 : 1300, '\0');
    return der + QByteArray(applet18 ? 1100 : 50, '\0');
}

/** Offset of the value of `tag` in a TLV file, or -1. */
int valueOffset(const QByteArray& file, int tag)
{
    int i = 0;
    while (i + 1 < file.size()) {
        const int current = static_cast<quint8>(file.at(i++));
        int length = 0;
        while (i < file.size() && static_cast<quint8>(file.at(i)) == 0xFF) {
            length += 0xFF;
            ++i;
        }
        length += static_cast<quint8>(file.at(i++));
        if (current == tag)
            return i;
        i += length;
    }
    return -1;
}

void tamper(CardImage& image, const QString& fileId)
{
    QByteArray fullPath;
    for (const QByteArray& candidate : image.files.keys()) {
        if (candidate.endsWith(QByteArray::fromHex(fileId.toLatin1())))
            fullPath = candidate;
    }
    if (fullPath.isEmpty())
        return;
    QByteArray& file = image.files[fullPath];
    int offset = file.size() / 2;
    // Keep the TLV files parseable: change a letter of the surname or of the street.
    if (fileId == QStringLiteral("4031"))
        offset = valueOffset(file, 0x07);
    else if (fileId == QStringLiteral("4033"))
        offset = valueOffset(file, 0x01);
    if (offset >= 0 && offset < file.size())
        file[offset] = static_cast<char>(file.at(offset) ^ 0x01);
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject expectedJson(
    const ImageRequest& request, const QByteArray& chip, const QByteArray& photo)
{
    const IdentitySpec& s = request.spec;
    QJsonObject identity {
        { "card_number", s.effectiveCardNumber() },
        { "chip_number", QString::fromLatin1(chip.toHex().toUpper()) },
        { "validity_begin", isoDate(s.validityBegin) },
        { "validity_end", isoDate(s.validityEnd) },
        { "issuing_municipality", s.issuingMunicipality },
        { "national_number", s.effectiveNationalNumber() },
        { "surname", s.surname },
        { "first_names", s.firstNames },
        { "third_name_initial", s.thirdNameInitial },
        { "nationality", s.nationality },
        { "birth_place", s.birthPlace },
        { "birth_date", s.birthDate },
        { "sex", s.sex },
        { "noble_condition", s.nobleCondition },
        { "document_type", s.documentType },
        { "special_status", s.specialStatus },
        { "duplicate", s.duplicate },
        { "member_of_family", s.memberOfFamily },
    };
    QJsonObject address { { "street_and_number", s.street }, { "zip", s.zip },
        { "municipality", s.municipality } };
    QJsonObject photoObject { { "bytes", photo.size() },
        { "sha256",
            QString::fromLatin1(
                QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()) } };
    return QJsonObject { { "applet", s.applet }, { "pin", s.pin }, { "identity", identity },
        { "address", address }, { "photo", photoObject } };
}

bool writeFile(const QString& path, const QByteArray& data, QString* error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size())
        return true;
    *error = QStringLiteral("cannot write %1").arg(path);
    return false;
}
} // namespace

bool ImageWriter::write(const ImageRequest& request, QString* error)
{
    const IdentitySpec& spec = request.spec;
    const bool v18 = spec.is18();
    TestPki pki;
    const QString pkiDir
        = request.pkiDir.isEmpty() ? request.outDir + QStringLiteral("/pki") : request.pkiDir;
    if (!TestPki::loadOrCreate(pkiDir, v18, pki, error))
        return false;
    IssuedCert expired;
    if (request.faults.expiredRrn)
        expired = pki.issueExpiredRrn();
    const IssuedCert& rrn = request.faults.expiredRrn ? expired : pki.rrn;

    CardImage image;
    image.appletVersion = v18 ? 0x18 : 0x17;
    image.atr = v18 ? Atr18 : Atr17;
    image.pin = spec.pin;
    const QByteArray chip = path("534C494E")
        + QCryptographicHash::hash(spec.effectiveCardNumber().toUtf8(), QCryptographicHash::Sha256)
              .left(12);
    image.cardData = chip + (v18 ? CardData18Tail : CardData17Tail);

    const EVP_MD* md = IdentityFiles::digest(spec);
    const QByteArray photo
        = Photo::jpeg(v18 ? 150 : 140, v18 ? 195 : 200, spec.surname + spec.firstNames);
    const QByteArray photoHash = hashWith(md, request.faults.wrongPhotoHash ? photo + "?" : photo);
    // The basic key (81) answers INTERNAL AUTHENTICATE; only 1.8 cards publish it (4040).
    ossl::PKey basicKey = TestPki::newKey(v18, 1024);
    QByteArray basicKeyHash;
    if (v18) {
        const QByteArray spki = TestPki::publicKeyDer(basicKey.get());
        image.files.insert(path("3F00DF014040"), spki);
        basicKeyHash = QCryptographicHash::hash(spki, QCryptographicHash::Sha384);
    }
    image.keys.insert(0x81, TestPki::keyPem(basicKey.get()));

    const QByteArray identity = IdentityFiles::identity(spec, chip, photoHash, basicKeyHash);
    const QByteArray identitySignature = IdentityFiles::sign(rrn.key.get(), md, identity);
    const QByteArray address = IdentityFiles::address(spec);
    QByteArray addressSignature = IdentityFiles::sign(
        rrn.key.get(), md, IdentityFiles::addressSignatureInput(address, identitySignature));
    if (identitySignature.isEmpty() || addressSignature.isEmpty()) {
        *error = QStringLiteral("OpenSSL could not sign the identity files");
        return false;
    }
    if (v18 && addressSignature.size() < EcSignatureFileSize)
        addressSignature.append(QByteArray(EcSignatureFileSize - addressSignature.size(), '\0'));
    image.files.insert(path("3F00DF014031"), identity);
    image.files.insert(path("3F00DF014032"), identitySignature);
    image.files.insert(path("3F00DF014033"), address);
    image.files.insert(path("3F00DF014034"), addressSignature);
    image.files.insert(path("3F00DF014035"), photo);

    QByteArray authDer;
    QByteArray signDer;
    const QString crlUrl = request.revocation.crlUrl.isEmpty() ? TestCrl::fileUrl(pkiDir)
                                                               : request.revocation.crlUrl;
    QList<X509*> revoke;
    IssuedCert authCert;
    if (spec.withCertificates) {
        const QString nn = spec.effectiveNationalNumber();
        const QString given = spec.firstNames.section(QLatin1Char(' '), 0, 0);
        for (bool signature : { false, true }) {
            const QString role
                = signature ? QStringLiteral("Signature") : QStringLiteral("Authentication");
            const TestPki::Name subject = { { "C", "BE" },
                { "CN",
                    given + QLatin1Char(' ') + spec.surname + QStringLiteral(" (") + role
                        + QLatin1Char(')') },
                { "SN", spec.surname }, { "GN", spec.firstNames }, { "serialNumber", nn } };
            IssuedCert issued = pki.issueCitizen(
                subject, signature, spec.validityBegin, spec.validityEnd, crlUrl);
            (signature ? signDer : authDer) = TestPki::certDer(issued.cert.get());
            image.keys.insert(signature ? 0x83 : 0x82, TestPki::keyPem(issued.key.get()));
            if (!signature)
                authCert = std::move(issued);
        }
        if (request.faults.revoked)
            revoke.append(authCert.cert.get());
    }
    if (!TestCrl::update(pkiDir, pki, revoke, request.revocation.crlValidSeconds, error))
        return false;
    const QByteArray caDer = TestPki::certDer(pki.ca.cert.get());
    const QByteArray rootDer = TestPki::certDer(pki.root.cert.get());
    const QByteArray rrnDer = TestPki::certDer(rrn.cert.get());
    image.files.insert(path("3F00DF005038"), certificateFile(authDer, v18));
    image.files.insert(path("3F00DF005039"), certificateFile(signDer, v18));
    image.files.insert(path("3F00DF00503A"), certificateFile(caDer, v18));
    image.files.insert(path("3F00DF00503B"), certificateFile(rootDer, v18));
    image.files.insert(path("3F00DF00503C"), certificateFile(rrnDer, v18));

    image.files.insert(path("3F002F00"), Pkcs15Files::efDir());
    image.files.insert(path("3F00DF005031"), Pkcs15Files::odf());
    image.files.insert(path("3F00DF005032"), Pkcs15Files::tokenInfo(chip, v18));
    image.files.insert(path("3F00DF005034"), Pkcs15Files::aodf());
    image.files.insert(path("3F00DF005035"), Pkcs15Files::prkdf(v18, spec.withCertificates));
    image.files.insert(path("3F00DF005037"),
        Pkcs15Files::cdf({ int(authDer.size()), int(signDer.size()), int(caDer.size()),
            int(rootDer.size()), int(rrnDer.size()) }));
    if (!request.faults.tamperFile.isEmpty())
        tamper(image, request.faults.tamperFile);

    if (!image.save(request.outDir, error))
        return false;
    const QJsonObject expected = expectedJson(request, chip, photo);
    return writeFile(request.outDir + QStringLiteral("/trust-root.pem"),
               TestPki::certPem(pki.root.cert.get()), error)
        && writeFile(request.outDir + QStringLiteral("/expected.json"),
            QJsonDocument(expected).toJson(), error);
}
