// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beid/cardfiles.h"
#include "beid/filereader.h"
#include "beid/identity.h"
#include "pcsc/apduchannel.h"

#include <functional>

namespace eid {

/** What a read includes beyond the identity, address, photo, signatures and RRN certificate. */
struct ReadOptions
{
    bool otherCertificates = false; ///< authentication, signing, CA and root certificates
    /** 1.8 clone check with the basic key; off by default: limited to 5000 uses without PIN. */
    bool internalAuthenticate = false;
    /**
     * The photo (EF 4035, about 14 of 34 APDUs). Off where it is not shown: the procedure
     * does not need it (privacy), its hash check then reads "not read".
     */
    bool photo = true;
};

enum class ReadStage { CardData, Identity, Address, Certificates, Signatures, Photo, Done };

/** Progress of a read; identity and address are set as soon as they are parsed (unverified). */
struct ReadProgress
{
    ReadStage stage = ReadStage::CardData;
    const Identity* identity = nullptr;
    const Address* address = nullptr;
};

using ProgressCallback = std::function<void(const ReadProgress&)>;

/**
 * Reads a Belgian eID card over a CardTransport: GET CARD DATA, then identity first (so a UI
 * can greet the citizen), address, RRN certificate, both signatures, photo and, on 1.8, the
 * basic public key. All or nothing: any failure returns an Error and no files.
 */
class BeidCardReader
{
public:
    BeidCardReader(CardTransport& transport, Bytes atr);

    Result<CardFiles> read(const ReadOptions& options, const ProgressCallback& progress = {});

    /** GET CARD DATA alone (80 E4 00 01 on 1.8 for the PIN counter, else 80 E4 00 00). */
    Result<CardData> readCardData(bool withPinTries);

    ApduChannel& channel() { return m_channel; }
    const ReadStats& stats() const { return m_channel.stats(); }

private:
    Status readCertificates(CardFiles& files);
    Status challengeBasicKey(CardFiles& files);

    ApduChannel m_channel;
    FileReader m_files;
    Bytes m_atr;
};

} // namespace eid
