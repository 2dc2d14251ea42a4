// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcard.h"

#include "beid/belpicfiles.h"

namespace eidtest {

eid::Bytes tlv(std::uint8_t tag, const eid::Bytes& value)
{
    eid::Bytes out { tag };
    std::size_t length = value.size();
    while (length >= 255) {
        out.push_back(0xFF);
        length -= 255;
    }
    out.push_back(static_cast<std::uint8_t>(length));
    out.insert(out.end(), value.begin(), value.end());
    return out;
}

eid::Bytes tlv(std::uint8_t tag, const std::string& value)
{
    return tlv(tag, eid::Bytes(value.begin(), value.end()));
}

static void append(eid::Bytes& to, const eid::Bytes& more)
{
    to.insert(to.end(), more.begin(), more.end());
}

eid::Bytes testIdentityFile(const eid::Bytes& photoHash, const eid::Bytes& basicKeyHash)
{
    eid::Bytes file;
    if (!basicKeyHash.empty())
        append(file, tlv(0x00, eid::Bytes { 0x00, 0x02 }));
    append(file, tlv(0x01, std::string("592000155079")));
    append(file, tlv(0x02, eid::fromHex("534C494E336600296CFF278E5519202E")));
    append(file, tlv(0x03, std::string("01.02.2024")));
    append(file, tlv(0x04, std::string("01.02.2034")));
    append(file, tlv(0x05, std::string("Namur")));
    append(file, tlv(0x06, std::string("85073003328")));
    append(file, tlv(0x07, std::string("Specimen")));
    append(file, tlv(0x08, std::string("Alice Marie")));
    append(file, tlv(0x09, std::string("J")));
    append(file, tlv(0x0A, std::string("Belge")));
    append(file, tlv(0x0B, std::string("Namur")));
    append(file, tlv(0x0C, std::string("30 JUIL 1985")));
    append(file, tlv(0x0D, std::string("F")));
    append(file, tlv(0x0E, std::string()));
    append(file, tlv(0x0F, std::string("1")));
    append(file, tlv(0x10, std::string("0")));
    append(file, tlv(0x11, photoHash));
    if (!basicKeyHash.empty())
        append(file, tlv(0x1A, basicKeyHash));
    return file;
}

TestCard makeTestCard(const TestCardOptions& options)
{
    TestCard card;
    card.ec = options.ec;
    card.rootKey = options.ec ? makeEcKey() : makeRsaKey(2048);
    card.rrnKey = options.ec ? makeEcKey() : makeRsaKey(2048);
    card.root = makeCertificate(
        "Test Root CA", card.rootKey.get(), nullptr, card.rootKey.get(), true, -1000, 3650);
    card.rrn = options.expiredRrn ? makeCertificate("Test RRN", card.rrnKey.get(), card.root.get(),
                   card.rootKey.get(), false, -400, -30)
                                  : makeCertificate("Test RRN", card.rrnKey.get(), card.root.get(),
                                      card.rootKey.get(), false);
    // The test PKI's RRN certificate is "C=BE, CN=Test RRN": its root says so (TrustStore rule).
    card.rootPem = "RRN-Subject: C=BE, CN=Test RRN\n" + toPem(card.root.get());
    card.rrnCertificate = toDer(card.rrn.get());

    card.photo = eid::fromHex("FFD8FFE000104A464946000101");
    for (std::size_t i = card.photo.size(); i + 2 < options.photoSize; ++i)
        card.photo.push_back(static_cast<std::uint8_t>((i * 7919) % 251));
    append(card.photo, eid::fromHex("FFD9"));

    const EVP_MD* md = options.ec ? EVP_sha384() : EVP_sha256();
    eid::Bytes basicKeyHash;
    if (options.ec) {
        card.basicKey = makeEcKey();
        card.basicPublicKey = publicKeyDer(card.basicKey.get());
        basicKeyHash = sha(EVP_sha384(), card.basicPublicKey);
    }
    card.identity = testIdentityFile(sha(md, card.photo), basicKeyHash);
    card.address = tlv(0x01, std::string("Rue de Fer 42"));
    append(card.address, tlv(0x02, std::string("5000")));
    append(card.address, tlv(0x03, std::string("Namur")));
    card.address.resize(117, 0x00); // fixed-size file, zero padded

    card.identitySignature = sign(card.rrnKey.get(), md, card.identity);
    eid::Bytes signedAddress = eid::withoutTrailingZeros(card.address);
    append(signedAddress, card.identitySignature);
    card.addressSignature = sign(card.rrnKey.get(), md, signedAddress);

    if (options.ec) {
        card.atr = eid::fromHex("3B7F96000080318065B085040120120FFF829000");
        card.cardData = eid::fromHex(
            "534C494E336600296CFF278E5519202E 11 22 33 44 55 18 0001 00 00 02 0F 03 FFFF");
    } else {
        card.atr = eid::fromHex("3B9813400AA503010101AD1311");
        card.cardData
            = eid::fromHex("534C494E336600296CFF278E5519202E F3 36 01 25 01 17 0003 00 21 01 0F");
    }
    return card;
}

void TestCard::loadInto(FakeBelpicCard& card) const
{
    const std::size_t certificatePadding = ec ? 1100 : 50;
    eid::Bytes rrnFile = rrnCertificate;
    rrnFile.resize(rrnFile.size() + certificatePadding, 0x00);
    eid::Bytes addressSignatureFile = addressSignature;
    if (ec)
        addressSignatureFile.resize(112, 0x00); // fixed-size file; DER + zero padding
    card.setCardData(cardData);
    card.setFile(0xDF01, 0x4031, identity);
    card.setFile(0xDF01, 0x4032, identitySignature);
    card.setFile(0xDF01, 0x4033, address);
    card.setFile(0xDF01, 0x4034, addressSignatureFile);
    card.setFile(0xDF01, 0x4035, photo);
    card.setFile(0xDF00, 0x503C, rrnFile);
    // Absent certificates are zero-filled files (kids cards); the others are not needed here.
    card.setFile(0xDF00, 0x5038, eid::Bytes(ec ? 2500 : 1300, 0x00));
    card.setFile(0xDF00, 0x5039, eid::Bytes(ec ? 2500 : 1300, 0x00));
    card.setFile(0xDF00, 0x503A, rrnFile);
    card.setFile(0xDF00, 0x503B, rrnFile);
    if (ec) {
        card.setFile(0xDF01, 0x4040, basicPublicKey);
        card.setBasicKey(basicKey.get());
    }
}

} // namespace eidtest
