// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile or failing card (reference §3, §8): the specimen card of our test PKI answers
// every APDU, but the fuzz input decides, APDU by APDU, to pass the answer, change its status
// word, cut it, pad it, swap its data or fail the transmission. A full read then either
// succeeds or returns an error; it never crashes, never loops, and what it returns as
// verified is exactly the card's own data.
#include "beid/beidcardreader.h"
#include "beid/identity.h"
#include "fuzztarget.h"
#include "testcard.h"
#include "verify/verifier.h"

namespace {

const eidtest::TestCard& testCard(bool ec)
{
    static const eidtest::TestCard rsa = eidtest::makeTestCard({ false, false, 600 });
    static const eidtest::TestCard ecCard = eidtest::makeTestCard({ true, false, 600 });
    return ec ? ecCard : rsa;
}

class HostileCard : public eid::CardTransport
{
public:
    HostileCard(eid::CardTransport& card, FuzzReader& script)
        : m_card(card)
        , m_script(script)
    { }

    eid::Result<eid::Bytes> transmit(const eid::Bytes& command) override
    {
        ++m_apdus;
        // Once endless, the card announces more data to every GET RESPONSE, for ever.
        if (m_endless && command.size() > 1 && command[1] == 0xC0) {
            eid::Bytes more(m_endless == 2 ? 256 : 0, 0x5A);
            more.push_back(0x61);
            more.push_back(0x00);
            return more;
        }
        eid::Result<eid::Bytes> answer = m_card.transmit(command);
        const std::uint8_t op = m_script.byte();
        if (op < 160 || !answer) // most answers pass: the read gets deep into the card
            return answer;
        m_tampered = true;
        if (op >= 254) { // 61xx now and for ever after, without (254) or with (255) data
            m_endless = op == 254 ? 1 : 2;
            return eid::fromHex("6100");
        }
        eid::Bytes bytes = answer.value();
        switch (op % 6) {
        case 0: { // another status word
            const std::uint16_t sw = m_script.u16();
            if (bytes.size() >= 2)
                bytes.resize(bytes.size() - 2);
            bytes.push_back(static_cast<std::uint8_t>(sw >> 8));
            bytes.push_back(static_cast<std::uint8_t>(sw & 0xFF));
            return bytes;
        }
        case 1: // cut short (even below the two status bytes)
            bytes.resize(std::min<std::size_t>(bytes.size(), m_script.byte() % 4));
            return bytes;
        case 2: { // data replaced, status kept
            eid::Bytes data = m_script.piece();
            if (bytes.size() >= 2)
                data.insert(data.end(), bytes.end() - 2, bytes.end());
            return data;
        }
        case 3: // extra bytes before the status word
            if (bytes.size() >= 2) {
                const eid::Bytes extra = m_script.piece();
                bytes.insert(bytes.end() - 2, extra.begin(), extra.end());
            }
            return bytes;
        case 4:
            return eid::Error { eid::ErrorCode::CardRemoved, "fuzz: card pulled" };
        default:
            return eid::Error { eid::ErrorCode::CardReset, "fuzz: reset by another application" };
        }
    }
    eid::Status beginTransaction() override { return m_card.beginTransaction(); }
    void endTransaction() override { m_card.endTransaction(); }
    eid::Status reconnect() override { return m_card.reconnect(); }

    bool tampered() const { return m_tampered; }
    bool endless() const { return m_endless != 0; }
    int apdus() const { return m_apdus; }

private:
    eid::CardTransport& m_card;
    FuzzReader& m_script;
    bool m_tampered = false;
    int m_endless = 0;
    int m_apdus = 0;
};

} // namespace

std::vector<FuzzInput> fuzzSeeds()
{
    // First byte: generation and path-select support; then one op byte per APDU.
    std::vector<FuzzInput> seeds;
    for (std::uint8_t head : { 0, 1, 2, 3 })
        seeds.push_back(FuzzInput { head });
    seeds.push_back(FuzzInput { 1, 0, 0, 0, 0, 200, 0x6C, 0x10 }); // 6C10 on the 5th APDU
    seeds.push_back(FuzzInput { 0, 0, 0, 0, 0, 0, 0, 0, 166, 0x61, 0xFF }); // 61FF
    seeds.push_back(FuzzInput { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 164 }); // pulled mid-read
    seeds.push_back(FuzzInput { 1, 0, 0, 0, 254 }); // 61xx for ever (issue 13)
    seeds.push_back(FuzzInput { 0, 0, 0, 0, 0, 0, 255 }); // 61xx with 256 bytes, for ever
    return seeds;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzReader script(data, size);
    const std::uint8_t head = script.byte();
    const bool ec = head & 1;
    const eidtest::TestCard& card = testCard(ec);
    eidtest::FakeBelpicCard fake;
    card.loadInto(fake);
    fake.setPathSelectSupported(head & 2);
    HostileCard hostile(fake, script);

    eid::BeidCardReader reader(hostile, card.atr);
    const eid::Result<eid::CardFiles> files = reader.read({});
    FUZZ_CHECK(hostile.apdus() < 2000); // no endless retry, whatever the card says
    // A card that announces data for ever is cut off with a typed error, never read from.
    if (hostile.endless())
        FUZZ_CHECK(!files.ok() && files.error().code == eid::ErrorCode::AnswerTooLong);
    if (!hostile.tampered())
        FUZZ_CHECK(files.ok() && files->identity == card.identity);
    if (!files)
        return 0;
    const auto identity = eid::parseIdentity(files->identity);
    if (!identity)
        return 0;
    eid::VerifyOptions options;
    options.trust.addPem(card.rootPem);
    const eid::VerificationReport report
        = eid::verifyCardFiles(files.value(), identity.value(), options);
    if (report.verified()) {
        FUZZ_CHECK(files->identity == card.identity);
        FUZZ_CHECK(identity->nationalNumber == eid::parseIdentity(card.identity)->nationalNumber);
    }
    return 0;
}
