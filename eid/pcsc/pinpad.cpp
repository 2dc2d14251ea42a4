// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinpad.h"

#include "pcsc/apduchannel.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace eid {

std::optional<std::uint32_t> PinPadFeatures::code(std::uint8_t feature) const
{
    const auto found = controlCodes.find(feature);
    if (found == controlCodes.end())
        return std::nullopt;
    return found->second;
}

Result<PinPadFeatures> parseFeatureList(const Bytes& answer)
{
    PinPadFeatures features;
    std::size_t at = 0;
    while (at < answer.size()) {
        // Every entry is tag, length 4, then the ioctl code in network byte order.
        if (answer.size() - at < 6 || answer[at + 1] != 4)
            return Error { ErrorCode::ParseError, "malformed PIN-pad feature list" };
        const std::uint32_t code = static_cast<std::uint32_t>(answer[at + 2]) << 24
            | static_cast<std::uint32_t>(answer[at + 3]) << 16
            | static_cast<std::uint32_t>(answer[at + 4]) << 8 | answer[at + 5];
        features.controlCodes[answer[at]] = code;
        at += 6;
    }
    return features;
}

namespace {

/** A little-endian unsigned value of 1 to 4 bytes. */
std::uint32_t littleEndian(const Bytes& bytes, std::size_t at, std::size_t length)
{
    std::uint32_t value = 0;
    for (std::size_t i = length; i > 0; --i)
        value = value << 8 | bytes[at + i - 1];
    return value;
}

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool nameContains(const ReaderIdentity& reader, const char* part)
{
    return lowerCase(reader.name).find(part) != std::string::npos;
}

std::uint16_t langId(PinPadLanguage language)
{
    switch (language) {
    case PinPadLanguage::Dutch:
        return 0x0413;
    case PinPadLanguage::German:
        return 0x0407;
    case PinPadLanguage::English:
        return 0x0409;
    case PinPadLanguage::French:
        break;
    }
    return 0x040C;
}

} // namespace

Result<ReaderProperties> parseTlvProperties(const Bytes& answer)
{
    ReaderProperties properties;
    std::size_t at = 0;
    while (at < answer.size()) {
        if (answer.size() - at < 2 || answer.size() - at - 2 < answer[at + 1])
            return Error { ErrorCode::ParseError, "malformed TLV properties" };
        const std::uint8_t tag = answer[at];
        const std::size_t length = answer[at + 1];
        const std::size_t value = at + 2;
        const bool numeric = length >= 1 && length <= 4;
        if (tag == pinpad::IdVendor && numeric)
            properties.vendorId = static_cast<std::uint16_t>(littleEndian(answer, value, length));
        else if (tag == pinpad::IdProduct && numeric)
            properties.productId = static_cast<std::uint16_t>(littleEndian(answer, value, length));
        else if (tag == pinpad::MinPinSize && length == 1)
            properties.minPinSize = answer[value];
        else if (tag == pinpad::MaxPinSize && length == 1)
            properties.maxPinSize = answer[value];
        else if (tag == pinpad::FirmwareId)
            properties.firmwareId.assign(answer.begin() + static_cast<std::ptrdiff_t>(value),
                answer.begin() + static_cast<std::ptrdiff_t>(value + length));
        at = value + length;
    }
    return properties;
}

Bytes makeVerifyPinStructure(const PinPadOptions& options)
{
    const std::uint16_t language = langId(options.language);
    // Field by field as pcsc-lite's packed PIN_VERIFY_STRUCTURE (reader.h).
    Bytes structure {
        0x1E, // bTimerOut: 30 s for the first key
        0x1E, // bTimerOut2: 30 s between keys
        options.formatString, // bmFormatString
        0x47, // bmPINBlockString: 4-bit length field, 7-byte PIN block
        0x04, // bmPINLengthFormat: the length is the low nibble of the first block byte
        0x0C, 0x04, // wPINMaxExtraDigit: 12 digits at most, 4 at least
        0x02, // bEntryValidationCondition: the OK key
        0x01, // bNumberMessage
        static_cast<std::uint8_t>(language & 0xFF), static_cast<std::uint8_t>(language >> 8),
        0x00, // bMsgIndex
        0x00, 0x00, 0x00, // bTeoPrologue (T=1 only)
        0x0D, 0x00, 0x00, 0x00, // ulDataLength: the 13-byte template below
    };
    // The VERIFY the reader completes: 2L goes to the first block byte, digits after it.
    const Bytes verifyTemplate { 0x00, 0x20, 0x00, 0x01, 0x08, 0x20, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF };
    structure.insert(structure.end(), verifyTemplate.begin(), verifyTemplate.end());
    return structure;
}

Bytes makeModifyPinStructure(const PinPadOptions& options)
{
    const std::uint16_t language = langId(options.language);
    // Field by field as pcsc-lite's packed PIN_MODIFY_STRUCTURE (reader.h).
    Bytes structure {
        0x1E, 0x1E, // bTimerOut, bTimerOut2: 30 s
        options.formatString, // bmFormatString
        0x47, // bmPINBlockString
        0x04, // bmPINLengthFormat
        0x00, // bInsertionOffsetOld: the old PIN goes to the first block
        0x08, // bInsertionOffsetNew: the new PIN to the second one
        0x0C, 0x04, // wPINMaxExtraDigit: 12 digits at most, 4 at least
        0x03, // bConfirmPIN: ask the new PIN twice, and the old one
        0x02, // bEntryValidationCondition: the OK key
        0x03, // bNumberMessage: old PIN, new PIN, confirmation
        static_cast<std::uint8_t>(language & 0xFF), static_cast<std::uint8_t>(language >> 8), 0x00,
        0x01, 0x02, // bMsgIndex1..3
        0x00, 0x00, 0x00, // bTeoPrologue
        0x15, 0x00, 0x00, 0x00, // ulDataLength: the 21-byte template below
    };
    const Bytes changeTemplate { 0x00, 0x24, 0x00, 0x01, 0x10, 0x20, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0x20, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };
    structure.insert(structure.end(), changeTemplate.begin(), changeTemplate.end());
    return structure;
}

std::string pinPadRefusal(const ReaderIdentity& reader, const ReaderProperties& properties)
{
    if (properties.vendorId == 0x076B
        && (properties.productId == 0x3031 || properties.productId == 0x6632))
        return "HID OMNIKEY 3x21/6121 announce a PIN pad they do not have";
    if (nameContains(reader, "omnikey")
        && (nameContains(reader, "3121") || nameContains(reader, "3021")
            || nameContains(reader, "6121")))
        return "HID OMNIKEY 3x21/6121 announce a PIN pad they do not have";
    if (nameContains(reader, "gempc pinpad") || nameContains(reader, "gempcpinpad"))
        return "GemPC Pinpad sends an empty VERIFY of its own (eid-mw refuses it)";
    return {};
}

std::uint8_t formatStringFor(const ReaderIdentity& reader)
{
    const bool spr532 = nameContains(reader, "spr532") || nameContains(reader, "sprx32");
    // Major and minor in the high half of SCARD_ATTR_VENDOR_IFD_VERSION; 5.06 fixed it.
    if (spr532 && reader.ifdVersion && (*reader.ifdVersion >> 16) < 0x0506)
        return pinpad::kFormatStringOldSpr532;
    return pinpad::kFormatStringBelpic;
}

namespace {

/** Errors after which asking further is pointless: the card or the service is gone. */
bool isFatal(const Error& error)
{
    return error.code == ErrorCode::CardRemoved || error.code == ErrorCode::ServiceUnavailable
        || error.code == ErrorCode::NoCard;
}

} // namespace

Result<PinPadDetection> detectPinPad(CardTransport& transport, const ReaderIdentity& reader)
{
#ifdef _WIN32
    const std::uint32_t requests[]
        = { pinpad::kGetFeatureRequestWindows, pinpad::kGetFeatureRequestPcscLite };
#else
    const std::uint32_t requests[]
        = { pinpad::kGetFeatureRequestPcscLite, pinpad::kGetFeatureRequestWindows };
#endif
    PinPadDetection detection;
    if (std::getenv(kNoPinPadVariable)) {
        // An escape hatch for a reader that misbehaves in a way no quirk covers yet.
        detection.ignoredBecause = std::string(kNoPinPadVariable) + " is set";
        return detection;
    }
    std::optional<PinPadFeatures> features;
    for (const std::uint32_t request : requests) {
        Result<Bytes> answer = transport.control(request, {});
        if (!answer) {
            if (isFatal(answer.error()))
                return answer.error();
            continue; // this encoding is not the reader's: try the other one
        }
        Result<PinPadFeatures> parsed = parseFeatureList(answer.value());
        if (!parsed) {
            detection.ignoredBecause = "malformed feature list";
            return detection;
        }
        features = parsed.value();
        break;
    }
    if (!features || !features->code(pinpad::VerifyPinDirect)) {
        detection.ignoredBecause = "no VERIFY_PIN_DIRECT";
        return detection;
    }
    ReaderProperties properties;
    if (const std::optional<std::uint32_t> tlv = features->code(pinpad::GetTlvProperties)) {
        Result<Bytes> answer = transport.control(*tlv, {});
        if (!answer && isFatal(answer.error()))
            return answer.error();
        if (answer) {
            Result<ReaderProperties> parsed = parseTlvProperties(answer.value());
            if (parsed)
                properties = parsed.value();
        }
    }
    detection.ignoredBecause = pinPadRefusal(reader, properties);
    if (!detection.ignoredBecause.empty())
        return detection;
    PinPad pinPad;
    pinPad.verifyControlCode = *features->code(pinpad::VerifyPinDirect);
    pinPad.options.formatString = formatStringFor(reader);
    detection.pinPad = pinPad;
    return detection;
}

Status pinPadStatus(const Bytes& answer)
{
    if (answer.size() < 2)
        return Error { ErrorCode::Damaged, "short PIN-pad answer" };
    const std::uint16_t sw
        = static_cast<std::uint16_t>(answer[answer.size() - 2] << 8 | answer[answer.size() - 1]);
    if (sw == 0x9000)
        return std::nullopt;
    if (sw == 0x63C0) // the last try is spent
        return Error { ErrorCode::PinBlocked, "0 tries left" };
    if ((sw & 0xFFF0) == 0x63C0)
        return Error { ErrorCode::WrongPin, std::to_string(sw & 0x0F) };
    switch (sw) {
    case 0x6983:
        return Error { ErrorCode::PinBlocked, statusWordText(sw) };
    case 0x6400:
        return Error { ErrorCode::PinPadTimeout, statusWordText(sw) };
    case 0x6401:
        return Error { ErrorCode::PinPadCancelled, statusWordText(sw) };
    case 0x6402: // the two new PINs differ (MODIFY only)
    case 0x6403: // too few or too many digits
        return Error { ErrorCode::PinPadInvalidEntry, statusWordText(sw) };
    case 0x6B80:
        return Error { ErrorCode::Internal, "PIN pad refused the structure " + statusWordText(sw) };
    default:
        return Error { ErrorCode::Damaged, "VERIFY on the PIN pad " + statusWordText(sw) };
    }
}

Status verifyPinOnPinPad(CardTransport& transport, const PinPad& pinPad)
{
    const Result<Bytes> answer
        = transport.control(pinPad.verifyControlCode, makeVerifyPinStructure(pinPad.options));
    if (!answer)
        return answer.error();
    return pinPadStatus(answer.value());
}

} // namespace eid
