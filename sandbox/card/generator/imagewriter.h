// SPDX-License-Identifier: GPL-3.0-or-later
// Builds a whole card image (files, keys, PKI) from an IdentitySpec and writes it.
#pragma once

#include "identityspec.h"

#include <QString>

/** Faults baked into the image (docs/virtual-card.md "Faults"). */
struct ImageFaults
{
    /** File id (4031, 4033, 4035, 503C...) changed by one byte after signing. */
    QString tamperFile;
    /** Tag 11 holds the hash of other bytes (the identity signature stays valid). */
    bool wrongPhotoHash = false;
    /** The RRN certificate expired yesterday (signatures made with its key stay valid). */
    bool expiredRrn = false;
    /** The authentication certificate is on the PKI's CRL. */
    bool revoked = false;
};

/** Where a city finds the revocation status of the card's certificates. */
struct RevocationOptions
{
    /** CRL distribution point of the card's certificates; empty = the PKI's CRL file URL. */
    QString crlUrl;
    /** The re-issued CRL's lifetime (its next update). */
    qint64 crlValidSeconds = 365LL * 24 * 3600;
};

struct ImageRequest
{
    IdentitySpec spec;
    ImageFaults faults;
    RevocationOptions revocation;
    QString outDir;
    /** Reused when it holds a PKI of the right type; otherwise outDir/pki is created. */
    QString pkiDir;
};

namespace ImageWriter {
/** Writes outDir/{card.json,files,keys}, outDir/trust-root.pem and outDir/expected.json (the
    identity as `eguichet-eid dump --json` should report it). */
bool write(const ImageRequest& request, QString* error);
} // namespace ImageWriter
