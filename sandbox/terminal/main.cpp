// SPDX-License-Identifier: GPL-3.0-or-later
// eguichet-terminal-sim: a semi-integrated payment terminal on loopback for demos and tests
// (docs/payment-terminal.md). First stdout line: "eguichet-terminal-sim: listening HOST:PORT".

#include "terminalsimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Payment terminal simulator"));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Loopback address and port (port 0 picks a free one)."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
        QStringLiteral("Every sale: approve, decline, cancel, timeout, drop."),
        QStringLiteral("word"), QStringLiteral("approve"));
    const QCommandLineOption script(QStringLiteral("script"),
        QStringLiteral("Outcomes of the successive sales, comma-separated; the last repeats."),
        QStringLiteral("list"));
    const QCommandLineOption step(QStringLiteral("step-ms"),
        QStringLiteral("Time of each step (card, PIN, authorisation)."), QStringLiteral("ms"),
        QStringLiteral("800"));
    parser.addOptions({ listen, outcome, script, step });
    parser.process(app);

    const QStringList known { "approve", "decline", "cancel", "timeout", "drop" };
    const QStringList outcomes = parser.isSet(script)
        ? parser.value(script).split(QLatin1Char(','), Qt::SkipEmptyParts)
        : QStringList { parser.value(outcome) };
    for (const QString& o : outcomes) {
        if (!known.contains(o)) {
            std::fprintf(stderr, "eguichet-terminal-sim: unknown outcome %s\n", qPrintable(o));
            return 2;
        }
    }
    const QString where = parser.value(listen);
    const int colon = where.lastIndexOf(QLatin1Char(':'));
    const QHostAddress host(where.left(colon));
    if (colon < 0 || !host.isLoopback()) {
        std::fprintf(stderr, "eguichet-terminal-sim: --listen must be a loopback host:port\n");
        return 2;
    }
    TerminalSimulator simulator(outcomes, parser.value(step).toInt());
    if (!simulator.listen(host, quint16(where.mid(colon + 1).toUInt()))) {
        std::fprintf(stderr, "eguichet-terminal-sim: cannot listen on %s\n", qPrintable(where));
        return 1;
    }
    std::printf("eguichet-terminal-sim: listening %s:%u\n", qPrintable(host.toString()),
        unsigned(simulator.port()));
    std::fflush(stdout);
    return app.exec();
}
