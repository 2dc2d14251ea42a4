// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace eid {

/** A BELPIC elementary file: its DF under the MF and its id (reference §2.2). */
struct BelpicFile
{
    std::uint16_t df;
    std::uint16_t fid;
};

namespace belpic {
constexpr BelpicFile Identity { 0xDF01, 0x4031 };
constexpr BelpicFile IdentitySignature { 0xDF01, 0x4032 };
constexpr BelpicFile Address { 0xDF01, 0x4033 };
constexpr BelpicFile AddressSignature { 0xDF01, 0x4034 };
constexpr BelpicFile Photo { 0xDF01, 0x4035 };
constexpr BelpicFile BasicPublicKey { 0xDF01, 0x4040 }; ///< applet 1.8 only
constexpr BelpicFile AuthenticationCertificate { 0xDF00, 0x5038 };
constexpr BelpicFile SigningCertificate { 0xDF00, 0x5039 };
constexpr BelpicFile CaCertificate { 0xDF00, 0x503A };
constexpr BelpicFile RootCertificate { 0xDF00, 0x503B };
constexpr BelpicFile RrnCertificate { 0xDF00, 0x503C };

/**
 * The most bytes a genuine card holds in a file (reference §2.2, §4.2): identity fields add
 * up to about 850 bytes, the address file is 117, signatures at most an RSA-4096 block,
 * certificates 1-2 KB of DER, photos 2-4 KB. Reading stops with AnswerTooLong beyond this.
 */
constexpr std::size_t maxFileSize(BelpicFile file)
{
    switch (file.fid) {
    case Identity.fid:
        return 1024;
    case Address.fid:
        return 256;
    case IdentitySignature.fid:
    case AddressSignature.fid:
    case BasicPublicKey.fid:
        return 512;
    case Photo.fid:
        return 16384;
    default:
        return 4096; // certificates: the DER object only, never the zero padding
    }
}
} // namespace belpic

} // namespace eid
