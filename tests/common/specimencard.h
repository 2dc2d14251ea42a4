// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo citizen's card as a scripted backend returns it: the same person as the sandbox
// city's demo account (docs/sandbox-city.md), its checks all valid unless `verified` is false.

#include "cardreading.h"

inline eid::CardReading specimenReading(bool verified = true)
{
    eid::CardReading r;
    r.identity.surname = "Spécimen";
    r.identity.firstNames = "Alice Marie";
    r.identity.nationalNumber = "85073003328";
    r.identity.birthDate = { 1985, 7, 30 };
    r.address = { "Rue de Fer 42", "5000", "Namur" };
    r.verification.identitySignature = eid::CheckResult::Valid;
    r.verification.addressSignature = eid::CheckResult::Valid;
    r.verification.photoHash = verified ? eid::CheckResult::Valid : eid::CheckResult::Invalid;
    r.verification.rrnCertificate = eid::CertificateStatus::Trusted;
    return r;
}
