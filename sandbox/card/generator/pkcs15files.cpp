// SPDX-License-Identifier: GPL-3.0-or-later
#include "pkcs15files.h"

#include "derwriter.h"

#include <QList>

namespace {
const QByteArray BelpicAid = QByteArray::fromHex("A000000177504B43532D3135");
const QByteArray BelpicDf = QByteArray::fromHex("3F00DF00");

QByteArray filePath(const char* fid)
{
    return Der::path(BelpicDf + QByteArray::fromHex(fid));
}

QByteArray commonObject(const QString& label, bool withAuthId)
{
    QByteArray content = Der::utf8(label) + Der::bitString(0x80000000, 2); // private
    if (withAuthId)
        content += Der::octets(QByteArray::fromHex("01")); // protected by the Basic PIN
    return Der::sequence(content);
}
} // namespace

QByteArray Pkcs15Files::efDir()
{
    // Application template: AID, label, path, and the Belgian OID 2.16.56.2 ([C54] §5.2.1).
    return Der::tlv(0x61,
        Der::tlv(0x4F, BelpicAid) + Der::tlv(0x50, "BELPIC") + Der::tlv(0x51, BelpicDf)
            + Der::tlv(0x73, Der::tlv(0x06, QByteArray::fromHex("603802"))));
}

QByteArray Pkcs15Files::odf()
{
    return Der::tlv(0xA0, filePath("5035")) + Der::tlv(0xA4, filePath("5037"))
        + Der::tlv(0xA8, filePath("5034"));
}

QByteArray Pkcs15Files::tokenInfo(const QByteArray& serial, bool applet18)
{
    // Graphical perso, electrical perso, electrical perso interface version, RFU.
    const QByteArray versions
        = applet18 ? QByteArray::fromHex("04010100") : QByteArray::fromHex("02030100");
    return Der::sequence(Der::integer(0) + Der::octets(serial) + Der::tlv(0x80, "BELPIC")
        + Der::bitString(0x30000000, 4) + Der::octets(versions));
}

QByteArray Pkcs15Files::aodf()
{
    const QByteArray pinAttributes
        = Der::sequence(Der::bitString(0x0C000000, 6) // local, initialized
            + Der::tlv(0x0A, QByteArray::fromHex("01")) // BCD
            + Der::integer(4) + Der::integer(8) // min length, stored length
            + Der::tlv(0x80, QByteArray::fromHex("01")) // reference: PINcardholder
            + Der::octets(QByteArray::fromHex("FF")) // pad character
            + Der::path(BelpicDf));
    return Der::sequence(commonObject(QStringLiteral("Basic PIN"), false)
        + Der::sequence(Der::octets(QByteArray::fromHex("01"))) + Der::tlv(0xA1, pinAttributes));
}

QByteArray Pkcs15Files::prkdf(bool applet18, bool withCitizenKeys)
{
    if (!withCitizenKeys)
        return {};
    QByteArray out;
    const struct
    {
        const char* label;
        int id;
        int reference;
        quint32 usage;
    } keys[] = { { "Authentication", 2, 0x82, 0x20000000 }, { "Signature", 3, 0x83, 0x00400000 } };
    for (const auto& key : keys) {
        const QByteArray common = commonObject(QString::fromLatin1(key.label), true);
        const QByteArray classAttributes = Der::sequence(Der::octets(QByteArray(1, char(key.id)))
            + Der::bitString(key.usage, 10) + Der::integer(key.reference));
        // RSA keys give their modulus length, EC keys (1.8, privateECKey [0]) their field size.
        const QByteArray typeAttributes = Der::tlv(
            0xA1, Der::sequence(Der::path(BelpicDf) + Der::integer(applet18 ? 384 : 2048)));
        out += Der::tlv(applet18 ? 0xA0 : 0x30, common + classAttributes + typeAttributes);
    }
    return out;
}

QByteArray Pkcs15Files::cdf(const QList<int>& certificateLengths)
{
    static const char* const labels[] = { "Authentication", "Signature", "CA", "Root", "RRN" };
    static const char* const fids[] = { "5038", "5039", "503A", "503B", "503C" };
    QByteArray out;
    for (int i = 0; i < 5 && i < certificateLengths.size(); ++i) {
        if (certificateLengths.at(i) == 0)
            continue;
        const QByteArray path = Der::sequence(Der::octets(BelpicDf + QByteArray::fromHex(fids[i]))
            + Der::integer(0) + Der::tlv(0x80, Der::integer(certificateLengths.at(i)).mid(2)));
        out += Der::sequence(Der::sequence(Der::utf8(QString::fromLatin1(labels[i])))
            + Der::sequence(Der::octets(QByteArray(1, char(2 + i))))
            + Der::tlv(0xA1, Der::sequence(path)));
    }
    return out;
}
