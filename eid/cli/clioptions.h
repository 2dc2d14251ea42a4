// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QString>
#include <QStringList>

/** Exit statuses of eguichet-eid; the end-to-end tests rely on them. */
namespace exitcode {
constexpr int Verified = 0; ///< read and verified (dump), signed (sign), done (others)
constexpr int CheckFailed = 1; ///< read, but a verification check failed
constexpr int NoCard = 2; ///< no reader, no card (or no PC/SC service)
constexpr int OtherError = 3;
constexpr int WrongPin = 4;
constexpr int PinBlocked = 5;
} // namespace exitcode

/** The parsed command line. */
struct CliOptions
{
    QString command; ///< readers | watch | dump | sign | pinpad | reset
    QString reader;
    bool json = false;
    QStringList trustRoots;
    QString photoOut;
    bool noPhoto = false; ///< dump: the photo stays on the card
    std::optional<int> count;
    bool allCertificates = false;
    bool internalAuthenticate = false;
    QString challengeHex;
    bool pinFromStdin = false;
};

/** Parses argv; on a usage error prints it to stderr and returns nullopt. */
std::optional<CliOptions> parseCommandLine(const QStringList& arguments);
