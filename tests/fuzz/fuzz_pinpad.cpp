// SPDX-License-Identifier: GPL-3.0-or-later
// What a reader answers to GET_FEATURE_REQUEST and GET_TLV_PROPERTIES, and to
// VERIFY_PIN_DIRECT (reference §6.3): a broken or hostile reader driver gives bytes that are
// parsed or refused, never read out of bounds.
#include "fuzztarget.h"
#include "pcsc/pinpad.h"

std::vector<FuzzInput> fuzzSeeds()
{
    // Selector byte, then the answer. Features: tag, length 4, big-endian control code.
    return {
        { 0, 0x06, 0x04, 0x42, 0x33, 0x00, 0x06, 0x12, 0x04, 0x42, 0x33, 0x00, 0x12 },
        { 1, 0x01, 0x02, 0x00, 0x00, 0x03, 0x01, 0x02, 0x06, 0x01, 0x04, 0x07, 0x01, 0x0C, 0x0B,
            0x02, 0x76, 0x04 },
        { 2, 0x90, 0x00 },
        { 2, 0x64, 0x00 },
        { 2, 0x64, 0x01 },
        { 2, 0x63, 0xC2 },
    };
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const eid::Bytes answer(data + 1, data + size);
    switch (data[0] % 3) {
    case 0:
        (void)eid::parseFeatureList(answer);
        break;
    case 1:
        (void)eid::parseTlvProperties(answer);
        break;
    default:
        eid::pinPadStatus(answer);
        break;
    }
    return 0;
}
