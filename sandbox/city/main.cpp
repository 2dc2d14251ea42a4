// SPDX-License-Identifier: GPL-3.0-or-later
// eguichet-sandbox: the simulated city API for demos and tests (docs/sandbox-city.md).
#include "cityoptions.h"
#include "cityserver.h"
#include "demodata.h"
#include "signalquit.h"
#include "staff.h"
#include "stations.h"

#include <cstdio>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eguichet-sandbox"));
    CityOptions options;
    QString error;
    if (!parseCityOptions(app.arguments(), &options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return error.startsWith(QLatin1String("Usage")) ? 0 : 2;
    }
    if (isStationCommand(options)) {
        const bool ok = runStationCommand(options, &error);
        std::fprintf(ok ? stdout : stderr, "eguichet-sandbox: %s\n", qPrintable(error));
        return ok ? 0 : 1;
    }
    if (isStaffCommand(options)) {
        // The clerk's password never goes on the command line (ps, shell history): stdin.
        QString password;
        if (!options.addStaff.isEmpty()) {
            QTextStream in(stdin);
            password = in.readLine();
        }
        const bool ok = runStaffCommand(options, password, &error);
        std::fprintf(ok ? stdout : stderr, "eguichet-sandbox: %s\n", qPrintable(error));
        return ok ? 0 : 1;
    }
    quitOnTerminationSignals();
    CityServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "eguichet-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // Scripts and tests read the first line to learn the port: keep its shape.
    std::printf("eguichet-sandbox: serving %s\n", qPrintable(server.url()));
    if (options.dev)
        std::printf("eguichet-sandbox: development mode: /dev/ routes on (never in production)\n");
    if (options.demoData)
        std::printf("eguichet-sandbox: demo account %s / %s (national number %s)\n",
            qPrintable(DemoData::Email), qPrintable(DemoData::Password),
            qPrintable(DemoData::NationalNumber));
    std::fflush(stdout);
    return app.exec();
}
