// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"
#include "pcsc/cardtransport.h"
#include "result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace eid {

/** PC/SC part 10 ("CCID") PIN-pad vocabulary (reference §6.3). */
namespace pinpad {

/** GET_FEATURE_REQUEST = SCARD_CTL_CODE(3400) in pcsc-lite's and in WinSCard's encoding. */
constexpr std::uint32_t kGetFeatureRequestPcscLite = 0x42000000 + 3400; // 0x42000D48
constexpr std::uint32_t kGetFeatureRequestWindows = (0x31u << 16) | (3400u << 2); // 0x00313520

/** Feature tags of the GET_FEATURE_REQUEST answer. */
enum Feature : std::uint8_t {
    VerifyPinStart = 0x01,
    VerifyPinFinish = 0x02,
    ModifyPinStart = 0x03,
    ModifyPinFinish = 0x04,
    GetKeyPressed = 0x05,
    VerifyPinDirect = 0x06,
    ModifyPinDirect = 0x07,
    MctReaderDirect = 0x08,
    MctUniversal = 0x09,
    IfdPinProperties = 0x0A,
    AbortFeature = 0x0B,
    SetSpeMessage = 0x0C,
    VerifyPinDirectAppId = 0x0D,
    ModifyPinDirectAppId = 0x0E,
    WriteDisplay = 0x0F,
    GetKey = 0x10,
    IfdDisplayProperties = 0x11,
    GetTlvProperties = 0x12,
    CcidEscCommand = 0x13,
};

/** Tags of the GET_TLV_PROPERTIES answer (PC/SC part 10 amendment 1). */
enum TlvProperty : std::uint8_t {
    MinPinSize = 0x06,
    MaxPinSize = 0x07,
    FirmwareId = 0x08,
    IdVendor = 0x0B,
    IdProduct = 0x0C,
};

/** bmFormatString: bytes, PIN 1 byte after Lc, left aligned, BCD; old SPR532 firmware: 01. */
constexpr std::uint8_t kFormatStringBelpic = 0x89;
constexpr std::uint8_t kFormatStringOldSpr532 = 0x01;

} // namespace pinpad

/** Control codes the reader announced, by feature tag. */
struct PinPadFeatures
{
    std::map<std::uint8_t, std::uint32_t> controlCodes;

    std::optional<std::uint32_t> code(std::uint8_t feature) const;
};

/**
 * Parses the GET_FEATURE_REQUEST answer: 6-byte TLVs `tag 04 code` with the code big-endian.
 * An empty answer means no feature; a malformed one is a ParseError.
 */
Result<PinPadFeatures> parseFeatureList(const Bytes& answer);

/** What GET_TLV_PROPERTIES tells (values are little-endian). */
struct ReaderProperties
{
    std::optional<std::uint16_t> vendorId;
    std::optional<std::uint16_t> productId;
    std::optional<std::uint8_t> minPinSize;
    std::optional<std::uint8_t> maxPinSize;
    std::string firmwareId;
};
Result<ReaderProperties> parseTlvProperties(const Bytes& answer);

/** Language of the reader's own prompts (wLangId, a Windows LANGID). */
enum class PinPadLanguage { French, Dutch, German, English };

/** The parameters of PIN_VERIFY_STRUCTURE that may vary; the defaults are BELPIC's. */
struct PinPadOptions
{
    PinPadLanguage language = PinPadLanguage::French;
    std::uint8_t formatString = pinpad::kFormatStringBelpic;
};

/**
 * PIN_VERIFY_STRUCTURE for VERIFY of the BELPIC cardholder PIN, byte-exact as commons-eid
 * builds it (reference §6.3): 30 s time-outs, format-2 block, 4..12 digits, OK key, one
 * message, little-endian wLangId and ulDataLength, template APDU `00 20 00 01 08 20 FF×7`.
 */
Bytes makeVerifyPinStructure(const PinPadOptions& options);

/**
 * PIN_MODIFY_STRUCTURE for CHANGE REFERENCE DATA of the cardholder PIN (reference §6.3):
 * the same format bytes, old PIN at offset 0 and new PIN at offset 8 of the two blocks,
 * new PIN typed twice (bConfirmPIN 03), three messages 00/01/02, template
 * `00 24 00 01 10 20 FF×7 20 FF×7`. Built and tested for completeness: the app changes no PIN.
 */
Bytes makeModifyPinStructure(const PinPadOptions& options);

/** A reader that can collect the PIN itself, and how to talk to it. */
struct PinPad
{
    std::uint32_t verifyControlCode = 0;
    PinPadOptions options;
};

/** Result of asking a reader about its PIN pad; `ignoredBecause` says why one was not used. */
struct PinPadDetection
{
    std::optional<PinPad> pinPad;
    std::string ignoredBecause;
};

/** What identifies a reader for the quirks: its name and SCARD_ATTR_VENDOR_IFD_VERSION. */
struct ReaderIdentity
{
    std::string name;
    std::optional<std::uint32_t> ifdVersion; ///< 0xMMmmbbbb: major, minor, build
};

/**
 * Known readers that must not be used as PIN pads (reference §6.3): HID OMNIKEY 3x21
 * (076B:3031) and 6121 (076B:6632) announce features they do not have; Gemplus GemPC Pinpad
 * sends an empty VERIFY of its own (eid-mw refuses it). Empty when the reader is fine.
 */
std::string pinPadRefusal(const ReaderIdentity& reader, const ReaderProperties& properties);

/** bmFormatString for this reader: 01 for an SPR532 whose firmware is older than 5.06. */
std::uint8_t formatStringFor(const ReaderIdentity& reader);

/** Set (to anything) to never use a PIN pad, like libpcsc-cpp's SMARTCARDPP_NOPINPAD. */
constexpr const char* kNoPinPadVariable = "EGUICHET_NO_PINPAD";

/**
 * Asks the reader for its features (pcsc-lite's control code first, then the Windows one on
 * Linux; the reverse on Windows), reads its TLV properties when offered and applies the quirks.
 * Readers without VERIFY_PIN_DIRECT, or that refuse the request, have no PIN pad: that is not
 * an error. Only a pulled card or a dead service are returned as errors.
 */
Result<PinPadDetection> detectPinPad(CardTransport& transport, const ReaderIdentity& reader);

/**
 * The reader's answer to VERIFY_PIN_DIRECT as a result: the card's 9000 / 63Cx (WrongPin,
 * tries left as detail) / 6983, or the reader's own 6400 time-out, 6401 cancelled, 6402/6403
 * invalid entry, 6B80 invalid parameter (Internal).
 */
Status pinPadStatus(const Bytes& answer);

/** VERIFY of the cardholder PIN typed on the reader (blocks until the citizen is done). */
Status verifyPinOnPinPad(CardTransport& transport, const PinPad& pinPad);

} // namespace eid
