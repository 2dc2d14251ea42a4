// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eid {

/**
 * Outcome of one data check; each is reported on its own, never all-or-nothing. NotRead: the
 * data was not asked for (the photo where it is not shown), so there is nothing to trust.
 */
enum class CheckResult { Valid, Invalid, Absent, NotRead };

/** Outcome of the RRN certificate chain check. */
enum class CertificateStatus { Trusted, Untrusted, Expired, Absent };

/** Every authenticity check of a card read (reference §5). */
struct VerificationReport
{
    CheckResult identitySignature = CheckResult::Absent;
    CheckResult addressSignature = CheckResult::Absent;
    CheckResult photoHash = CheckResult::Absent;
    CertificateStatus rrnCertificate = CertificateStatus::Absent;
    CheckResult basicKeyHash = CheckResult::Absent; ///< 1.8 only (tag 1A)
    CheckResult cardAuthentication = CheckResult::Absent; ///< INTERNAL AUTHENTICATE, when done

    /**
     * All data checks valid and the RRN certificate trusted; optional checks not invalid. A
     * photo not read is no failure: no photo is then trusted or shown.
     */
    bool verified() const
    {
        return identitySignature == CheckResult::Valid && addressSignature == CheckResult::Valid
            && (photoHash == CheckResult::Valid || photoHash == CheckResult::NotRead)
            && rrnCertificate == CertificateStatus::Trusted && basicKeyHash != CheckResult::Invalid
            && cardAuthentication != CheckResult::Invalid;
    }
};

const char* checkResultName(CheckResult result);
const char* certificateStatusName(CertificateStatus status);

} // namespace eid
