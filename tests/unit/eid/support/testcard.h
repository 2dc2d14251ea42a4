// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakebelpiccard.h"
#include "testpki.h"

#include <string>

namespace eidtest {

/** Builds a TLV field (tag, FF-continued length, value). */
eid::Bytes tlv(std::uint8_t tag, const eid::Bytes& value);
eid::Bytes tlv(std::uint8_t tag, const std::string& value);

/** A card image signed by a fresh test PKI: applet 1.7 (RSA) or 1.8 (EC P-384). */
struct TestCard
{
    bool ec = false;
    eid::Bytes atr;
    eid::Bytes cardData; ///< 31 bytes on 1.8, 28 on 1.7
    eid::Bytes identity, identitySignature, address, addressSignature, photo, rrnCertificate,
        basicPublicKey;
    eid::EvpPkeyPtr rootKey, rrnKey, basicKey;
    eid::X509Ptr root, rrn;
    std::string rootPem;

    /** Loads every file into a fake card, with the padding real cards have. */
    void loadInto(FakeBelpicCard& card) const;
};

struct TestCardOptions
{
    bool ec = true;
    bool expiredRrn = false;
    std::size_t photoSize = 3000;
};

TestCard makeTestCard(const TestCardOptions& options);

/** The identity file the test card uses (so tests can assert on its fields). */
eid::Bytes testIdentityFile(const eid::Bytes& photoHash, const eid::Bytes& basicKeyHash);

} // namespace eidtest
