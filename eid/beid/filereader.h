// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beid/belpicfiles.h"
#include "pcsc/apduchannel.h"

namespace eid {

/** How far a file is read: the card never tells a file's length (SELECT returns no FCI). */
enum class ReadExtent {
    ToEnd, ///< until a short answer, 6Cxx or 6B00 (reference §3.1)
    DerObject, ///< only the DER object at the start; empty when the file starts with 00
    Exact, ///< exactly the given length (fixed-size RSA signatures)
};

/**
 * SELECT + READ BINARY of BELPIC files with the fewest APDUs: absolute-path SELECT, falling
 * back to a walk of P1=02 selects (remembered for the card), and one applet re-select.
 */
class FileReader
{
public:
    explicit FileReader(ApduChannel& channel);

    /** One logical operation in its own transaction; redone once after a card reset. */
    Result<Bytes> read(BelpicFile file, ReadExtent extent, std::size_t exactLength = 0);

private:
    Status select(BelpicFile file);
    Status selectByPath(BelpicFile file, std::uint16_t& sw);
    Status selectByWalk(BelpicFile file, std::uint16_t& sw);
    Result<Bytes> readBinary(ReadExtent extent, std::size_t exactLength, std::size_t limit);
    Result<ApduResponse> readChunk(std::size_t offset, std::size_t length);

    ApduChannel& m_channel;
    bool m_pathSelectUnsupported = false;
};

/** Length of the DER TLV at the start of the data; 0 when there is none or it is malformed. */
std::size_t derObjectLength(const Bytes& data);

/** The error a status word means in a file operation. */
Error fileStatusError(std::uint16_t sw);

} // namespace eid
