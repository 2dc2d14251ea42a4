// SPDX-License-Identifier: GPL-3.0-or-later
// EF(ID#RN), EF(ID#Address) and their RRN signatures, byte for byte (belpic-card.md §4-§5).
#pragma once

#include "identityspec.h"

#include <openssl/evp.h>
#include <QByteArray>

namespace IdentityFiles {
/** The identity TLV file. `basicKeyHash` (tag 1A) is only written on 1.8 cards. */
QByteArray identity(const IdentitySpec& spec, const QByteArray& chipNumber,
    const QByteArray& photoHash, const QByteArray& basicKeyHash);
/** The address TLV file, zero padded to its fixed 117 bytes. */
QByteArray address(const IdentitySpec& spec);
/** RSASSA-PKCS1-v1_5 or DER ECDSA signature of `data` with `md`. */
QByteArray sign(EVP_PKEY* key, const EVP_MD* md, const QByteArray& data);
/** What the address signature covers: the address without trailing zero bytes (only
    trailing ones), followed by the whole identity signature file ([C54] §6.2.5). */
QByteArray addressSignatureInput(
    const QByteArray& addressFile, const QByteArray& identitySignature);
/** The hash that a card of this spec uses for the photo and the RRN signatures. */
const EVP_MD* digest(const IdentitySpec& spec);
} // namespace IdentityFiles
