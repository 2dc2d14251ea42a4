// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardreading.h"

namespace eid {

Result<CardReading> readAndVerify(CardTransport& transport, const Bytes& atr,
    const ReadOptions& readOptions, const VerifyOptions& verifyOptions,
    const ProgressCallback& progress)
{
    BeidCardReader reader(transport, atr);
    Result<CardFiles> files = reader.read(readOptions, progress);
    if (!files)
        return files.error();
    CardReading reading;
    reading.files = std::move(files.value());
    // Both files parsed once already during the read; parsing again keeps the reader simple.
    Result<Identity> identity = parseIdentity(reading.files.identity);
    Result<Address> address = parseAddress(reading.files.address);
    if (!identity)
        return identity.error();
    if (!address)
        return address.error();
    reading.identity = std::move(identity.value());
    reading.address = std::move(address.value());
    reading.verification = verifyCardFiles(reading.files, reading.identity, verifyOptions);
    reading.stats = reader.stats();
    return reading;
}

} // namespace eid
