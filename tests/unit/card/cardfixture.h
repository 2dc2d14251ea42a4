// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the virtual-card unit tests: generate an image, verify with OpenSSL.
#pragma once

#include "cardimage.h"
#include "imagewriter.h"

#include <QByteArray>
#include <QTemporaryDir>

/** Generates an image into a temporary directory and loads it back as the emulator would. */
struct GeneratedCard
{
    QTemporaryDir dir;
    CardImage image;
    bool ok = false;
    explicit GeneratedCard(const ImageRequest& request);
};

namespace CardCheck {
/** The DER certificate at the start of a zero-padded certificate file. */
QByteArray certificate(const QByteArray& file);
/** Verifies a DER (EC) or PKCS#1 (RSA) signature over data with the certificate's key. */
bool verifyData(const QByteArray& certDer, const QByteArray& data, const QByteArray& signature,
    const char* digest);
/** Verifies a card's plain r||s ECDSA signature over a digest with a SubjectPublicKeyInfo. */
bool verifyPlainEcdsa(const QByteArray& spkiDer, const QByteArray& digest, const QByteArray& rs);
/** Verifies an RSA PKCS#1 v1.5 signature of a hash (DigestInfo wrapped) with a certificate. */
bool verifyRsaHash(
    const QByteArray& certDer, const QByteArray& hash, const QByteArray& sig, const char* digest);
/** The value of a tag in an identity/address TLV file. */
QByteArray tlvValue(const QByteArray& file, int tag);
} // namespace CardCheck
