// SPDX-License-Identifier: GPL-3.0-or-later
#include "beid/filereader.h"
#include "pcsc/apduchannel.h"
#include "scriptedtransport.h"

#include <QTest>

using eid::Bytes;
using eidtest::ScriptedTransport;

namespace {

std::string hexRun(std::size_t count, std::uint8_t value)
{
    return eid::toHex(Bytes(count, value));
}

const char* const kSelectIdentity = "00A4080C063F00DF014031";

/**
 * A hostile card that never stops: it answers every GET RESPONSE and every READ BINARY with
 * as much as it is asked, and always announces more (61xx) when told to. Without the channel's
 * bounds a read from it never ends; it gives up by itself after a million APDUs.
 */
class EndlessCard : public eid::CardTransport
{
public:
    explicit EndlessCard(std::string status, std::size_t dataPerAnswer = 0)
        : m_status(eid::fromHex(status))
        , m_data(dataPerAnswer)
    { }

    eid::Result<Bytes> transmit(const Bytes& command) override
    {
        if (++apdus > 1000000)
            return eid::Error { eid::ErrorCode::CardRemoved, "test: gave up" };
        if (command[1] == 0xA4)
            return eid::fromHex("9000");
        // READ BINARY gets what it asks for (Le 00 = 256).
        const std::size_t asked = command.size() == 5 ? (command[4] ? command[4] : 256) : m_data;
        Bytes answer(command[1] == 0xB0 ? asked : m_data, 0x5A);
        answer.insert(answer.end(), m_status.begin(), m_status.end());
        return answer;
    }

    int apdus = 0;

private:
    Bytes m_status;
    std::size_t m_data;
};

} // namespace

class TestEidTransport : public QObject
{
    Q_OBJECT

private slots:
    void getResponse_chainsWhile61()
    {
        ScriptedTransport card;
        card.expect("0088028132 9430" + hexRun(48, 0x11), "6110")
            .expect("00C0000010", hexRun(16, 0xAA) + "6105")
            .expect("00C0000005", hexRun(5, 0xBB) + "9000");
        eid::ApduChannel channel(card);
        const auto response = channel.transmit(eid::fromHex("0088028132 9430" + hexRun(48, 0x11)));
        QVERIFY2(response.ok(), card.unexpected().c_str());
        QCOMPARE(response->sw, std::uint16_t(0x9000));
        QCOMPARE(eid::toHex(response->data), hexRun(16, 0xAA) + hexRun(5, 0xBB));
        QCOMPARE(channel.stats().apdus, 3);
        QVERIFY(card.finished());
    }

    void wrongLength_reissuedWithLe()
    {
        ScriptedTransport card;
        card.expect("00B0000000", "6C20").expect("00B0000020", hexRun(32, 0x42) + "9000");
        eid::ApduChannel channel(card);
        const auto response = channel.transmit(eid::fromHex("00B0000000"));
        QVERIFY(response.ok());
        QCOMPARE(response->data.size(), std::size_t(32));
        QCOMPARE(channel.stats().apdus, 2);
        QCOMPARE(channel.stats().bytesRead, std::int64_t(32));
    }

    void readToEnd_6B00AfterFullChunk_isEndOfFile()
    {
        ScriptedTransport card;
        card.expect(kSelectIdentity, "9000")
            .expect("00B0000000", hexRun(256, 0x01) + "9000")
            .expect("00B0010000", "6B00");
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        const auto file = reader.read(eid::belpic::Identity, eid::ReadExtent::ToEnd);
        QVERIFY2(file.ok(), card.unexpected().c_str());
        QCOMPARE(file->size(), std::size_t(256));
        QVERIFY(card.finished());
    }

    void readToEnd_6CxxAtTail_isEndOfFile()
    {
        ScriptedTransport card;
        card.expect(kSelectIdentity, "9000")
            .expect("00B0000000", hexRun(256, 0x01) + "9000")
            .expect("00B0010000", "6C2C")
            .expect("00B001002C", hexRun(44, 0x02) + "9000");
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        const auto file = reader.read(eid::belpic::Identity, eid::ReadExtent::ToEnd);
        QVERIFY2(file.ok(), card.unexpected().c_str());
        QCOMPARE(file->size(), std::size_t(300));
        QCOMPARE(file->back(), std::uint8_t(0x02));
        QCOMPARE(channel.stats().apdus, 4);
    }

    void readToEnd_shortAnswer_isEndOfFile()
    {
        // A reader that handled 6Cxx itself answers short with 9000.
        ScriptedTransport card;
        card.expect(kSelectIdentity, "9000").expect("00B0000000", hexRun(100, 0x07) + "9000");
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        const auto file = reader.read(eid::belpic::Identity, eid::ReadExtent::ToEnd);
        QVERIFY(file.ok());
        QCOMPARE(file->size(), std::size_t(100));
    }

    void readToEnd_6B00OnFirstChunk_isDamaged()
    {
        ScriptedTransport card;
        card.expect(kSelectIdentity, "9000").expect("00B0000000", "6B00");
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        const auto file = reader.read(eid::belpic::Identity, eid::ReadExtent::ToEnd);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, eid::ErrorCode::Damaged);
    }

    void derObject_readsOnlyToDerLength()
    {
        // 30 82 01 28 + 296 bytes = 300-byte certificate in a 1400-byte zero-padded file.
        const std::string first = "30820128" + hexRun(252, 0x05);
        ScriptedTransport card;
        card.expect("00A4080C063F00DF00503C", "9000")
            .expect("00B0000000", first + "9000")
            .expect("00B001002C", hexRun(44, 0x05) + "9000");
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        const auto file = reader.read(eid::belpic::RrnCertificate, eid::ReadExtent::DerObject);
        QVERIFY2(file.ok(), card.unexpected().c_str());
        QCOMPARE(file->size(), std::size_t(300));
        QVERIFY(card.finished());
    }

    void derObject_zeroFile_isAbsent()
    {
        ScriptedTransport card;
        card.expect("00A4080C063F00DF005038", "9000")
            .expect("00B0000000", hexRun(256, 0x00) + "9000");
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        const auto file
            = reader.read(eid::belpic::AuthenticationCertificate, eid::ReadExtent::DerObject);
        QVERIFY(file.ok());
        QVERIFY(file->empty());
    }

    void select_pathRefused_walksAndRemembers()
    {
        ScriptedTransport card;
        card.expect(kSelectIdentity, "6A86")
            .expect("00A4020C023F00", "9000")
            .expect("00A4020C02DF01", "9000")
            .expect("00A4020C024031", "9000")
            .expect("00B0000000", hexRun(10, 0x01) + "9000")
            // Second file: straight to the walk, no refused P1=08 first.
            .expect("00A4020C023F00", "9000")
            .expect("00A4020C02DF01", "9000")
            .expect("00A4020C024033", "9000")
            .expect("00B0000000", hexRun(10, 0x02) + "9000");
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        QVERIFY(reader.read(eid::belpic::Identity, eid::ReadExtent::ToEnd).ok());
        const auto address = reader.read(eid::belpic::Address, eid::ReadExtent::ToEnd);
        QVERIFY2(address.ok(), card.unexpected().c_str());
        QCOMPARE(address->front(), std::uint8_t(0x02));
        QVERIFY(card.finished());
    }

    void select_notFound_reselectsAppletOnce()
    {
        ScriptedTransport card;
        card.expect(kSelectIdentity, "6A82")
            .expect("00A4020C023F00", "9000")
            .expect("00A4020C02DF01", "6A82")
            .expect("00A4040C0FA000000030290570 00AD13100101FF", "9000")
            .expect(kSelectIdentity, "9000")
            .expect("00B0000000", hexRun(10, 0x01) + "9000");
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        const auto file = reader.read(eid::belpic::Identity, eid::ReadExtent::ToEnd);
        QVERIFY2(file.ok(), card.unexpected().c_str());
        QVERIFY(card.finished());
    }

    void cardRemoved_midFile_isTypedError()
    {
        ScriptedTransport card;
        card.expect(kSelectIdentity, "9000")
            .expect("00B0000000", hexRun(256, 0x01) + "9000")
            .expectError("00B0010000", eid::ErrorCode::CardRemoved);
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        const auto file = reader.read(eid::belpic::Identity, eid::ReadExtent::ToEnd);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, eid::ErrorCode::CardRemoved);
    }

    void endless61_isCutOff()
    {
        // "61 00" (256 more bytes) to the command and to every GET RESPONSE, forever.
        EndlessCard card("6100");
        eid::ApduChannel channel(card);
        const auto response = channel.transmit(eid::fromHex("002A9E9A 20" + hexRun(32, 0x11)));
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, eid::ErrorCode::AnswerTooLong);
        QCOMPARE(card.apdus, 1 + eid::ApduChannel::kMaxGetResponseRounds);
    }

    void answerOverTheLargestBelpicAnswer_isCutOff()
    {
        // 256 bytes with every "61 00": the bytes run out before the rounds do.
        EndlessCard card("6100", 256);
        eid::ApduChannel channel(card);
        const auto response = channel.transmit(eid::fromHex("00C0000000"));
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, eid::ErrorCode::AnswerTooLong);
        QVERIFY(card.apdus <= 1 + eid::ApduChannel::kMaxGetResponseRounds);
        QCOMPARE(channel.stats().bytesRead,
            std::int64_t(256) * card.apdus); // nothing more was asked for
    }

    void fileLongerThanAnyGenuine_isCutOff()
    {
        // An identity file that never ends: at most 1024 bytes are read (belpic::maxFileSize).
        EndlessCard card("9000");
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        const auto file = reader.read(eid::belpic::Identity, eid::ReadExtent::ToEnd);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, eid::ErrorCode::AnswerTooLong);
        QCOMPARE(card.apdus, 1 + 4 + 1); // SELECT, 4 x 256 bytes, 1 byte past the limit
        QVERIFY(channel.stats().bytesRead
            <= std::int64_t(eid::belpic::maxFileSize(eid::belpic::Identity)) + 1);
    }

    void derHeaderAnnouncingAHugeObject_isCutOff()
    {
        // An "RRN certificate" whose DER header announces 8 MB: refused at the first chunk.
        ScriptedTransport card;
        card.expect("00A4080C063F00DF00503C", "9000")
            .expect("00B0000000", "30837FFFFF" + hexRun(251, 0x01) + "9000");
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        const auto file = reader.read(eid::belpic::RrnCertificate, eid::ReadExtent::DerObject);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, eid::ErrorCode::AnswerTooLong);
        QVERIFY(card.finished());
    }

    void notActivated_isUnsupportedCard()
    {
        ScriptedTransport card;
        card.expect(kSelectIdentity, "9000").expect("00B0000000", "6D00");
        eid::ApduChannel channel(card);
        eid::FileReader reader(channel);
        const auto file = reader.read(eid::belpic::Identity, eid::ReadExtent::ToEnd);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, eid::ErrorCode::UnsupportedCard);
    }
};

QTEST_GUILESS_MAIN(TestEidTransport)
#include "tst_eid_transport.moc"
