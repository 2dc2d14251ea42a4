// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eiderror.h"
#include "verify/verificationreport.h"

#include <QCoreApplication>
#include <QString>

/** The one place where card failures become words for the citizen (current language). */
class CardErrors
{
    Q_DECLARE_TR_FUNCTIONS(CardErrors)

public:
    static QString message(eid::ErrorCode code);
    /** Why a read card is not trusted, or an empty string when it is. */
    static QString verificationFailure(const eid::VerificationReport& report);
};
