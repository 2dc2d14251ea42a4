// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged or forged card's files (reference §4, §5): ATR, GET CARD DATA, identity and
// address TLV, signatures, RRN certificate, photo and basic key, each as bytes a card could
// return. Parsing refuses or yields bounded values; verification with OpenSSL gives a verdict
// and never trusts what it could not check.
#include "beid/atr.h"
#include "beid/carddata.h"
#include "beid/filereader.h"
#include "beid/identity.h"
#include "beid/tlv.h"
#include "fuzztarget.h"
#include "testcard.h"
#include "verify/certificate.h"
#include "verify/ecdsasignature.h"
#include "verify/verifier.h"

namespace {

// One test PKI per generation for the whole run: its root is trusted, so a seed verifies and
// a mutation reaches the signature checks instead of stopping at the chain.
const eidtest::TestCard& testCard(bool ec)
{
    static const eidtest::TestCard rsa = eidtest::makeTestCard({ false, false, 600 });
    static const eidtest::TestCard ecCard = eidtest::makeTestCard({ true, false, 600 });
    return ec ? ecCard : rsa;
}

eid::Bytes withoutTrailingZeros(eid::Bytes b)
{
    while (!b.empty() && b.back() == 0)
        b.pop_back();
    return b;
}

FuzzInput seedOf(const eidtest::TestCard& c)
{
    FuzzInput s { static_cast<std::uint8_t>(c.ec ? 1 : 0) };
    appendPiece(s, c.atr);
    appendPiece(s, c.cardData);
    for (const eid::Bytes* file : { &c.identity, &c.identitySignature, &c.address,
             &c.addressSignature, &c.rrnCertificate, &c.photo, &c.basicPublicKey })
        appendPiece(s, *file, true);
    return s;
}

} // namespace

std::vector<FuzzInput> fuzzSeeds()
{
    return { seedOf(testCard(false)), seedOf(testCard(true)) };
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzReader in(data, size);
    const bool ec = in.byte() & 1;
    eid::CardFiles files;
    files.atr = in.piece();
    files.cardData.appletVersion = ec ? 0x18 : 0x17;
    const eid::Bytes cardData = in.piece();
    files.identity = in.piece(true);
    files.identitySignature = in.piece(true);
    files.address = in.piece(true);
    files.addressSignature = in.piece(true);
    files.rrnCertificate = in.piece(true);
    files.photo = in.piece(true);
    files.basicPublicKey = in.piece(true);

    eid::recogniseAtr(files.atr);
    if (const auto parsed = eid::parseCardData(cardData)) {
        FUZZ_CHECK(parsed->chipSerial.size() <= cardData.size());
        parsed->appletVersionText();
    }
    (void)eid::parseTlv(files.identity);
    // The declared length may exceed the bytes at hand: that is how a read knows what is left.
    eid::derObjectLength(files.rrnCertificate);
    eid::parseCertificateDer(files.rrnCertificate);
    eid::rsaSignatureLength(files.rrnCertificate);

    // r||s -> DER -> r||s is the identity for every even-length signature.
    const eid::Bytes& raw = files.identitySignature;
    const eid::Bytes asDer = eid::ecdsaRawToDer(raw);
    if (!raw.empty() && raw.size() % 2 == 0) {
        FUZZ_CHECK(!asDer.empty());
        FUZZ_CHECK(eid::ecdsaDerToRaw(asDer, raw.size() / 2) == raw);
    }
    eid::ecdsaDerToRaw(files.addressSignature, 48);

    eid::parseAddress(files.address);
    const auto identity = eid::parseIdentity(files.identity);
    if (!identity)
        return 0;
    FUZZ_CHECK(identity->nationalNumber.size() <= files.identity.size());
    eid::VerifyOptions options;
    options.trust.addPem(testCard(ec).rootPem);
    const eid::VerificationReport report = eid::verifyCardFiles(files, identity.value(), options);
    // No mutation forges a signature: "valid" only for the bytes the test PKI signed.
    const eidtest::TestCard& card = testCard(ec);
    if (report.identitySignature == eid::CheckResult::Valid)
        FUZZ_CHECK(files.identity == card.identity);
    if (report.addressSignature == eid::CheckResult::Valid) {
        FUZZ_CHECK(withoutTrailingZeros(files.address) == withoutTrailingZeros(card.address));
        FUZZ_CHECK(files.identitySignature == card.identitySignature);
    }
    return 0;
}
