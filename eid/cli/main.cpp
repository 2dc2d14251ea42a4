// SPDX-License-Identifier: GPL-3.0-or-later
// eguichet-eid: reads and verifies a Belgian eID card over PC/SC (docs/eid.md).
#include "clioptions.h"
#include "commands.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eguichet-eid"));
    const std::optional<CliOptions> options = parseCommandLine(QCoreApplication::arguments());
    if (!options)
        return exitcode::OtherError;
    if (options->command == QLatin1String("readers"))
        return runReaders(*options);
    if (options->command == QLatin1String("watch"))
        return runWatch(*options);
    if (options->command == QLatin1String("sign"))
        return runSign(*options);
    if (options->command == QLatin1String("pinpad"))
        return runPinPad(*options);
    if (options->command == QLatin1String("reset"))
        return runReset(*options);
    return runDump(*options);
}
