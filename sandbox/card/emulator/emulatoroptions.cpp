// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulatoroptions.h"

#include <QCommandLineParser>

bool EmulatorOptions::parse(const QStringList& arguments, EmulatorOptions& out, QString* message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Virtual Belgian eID card (BELPIC applet) for vpcd behind pcscd.\n"
                       "Signals: SIGUSR1 inserts the card, SIGUSR2 pulls it, SIGTERM quits."));
    parser.addHelpOption();
    const QCommandLineOption image(
        QStringLiteral("image"), QStringLiteral("Card image directory."), QStringLiteral("DIR"));
    const QCommandLineOption port(
        QStringLiteral("port"), QStringLiteral("vpcd slot port."), QStringLiteral("N"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("vpcd host."),
        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption pull(QStringLiteral("pull-after-apdus"),
        QStringLiteral("Pull the card after answering N APDUs (once)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
        QStringLiteral("Delay before each APDU answer."), QStringLiteral("MS"),
        QStringLiteral("0"));
    const QCommandLineOption mute(
        QStringLiteral("mute"), QStringLiteral("Never power up (no ATR after power-on)."));
    const QCommandLineOption once(
        QStringLiteral("once"), QStringLiteral("Exit when the card is removed."));
    const QCommandLineOption pulled(
        QStringLiteral("pulled"), QStringLiteral("Start with the card pulled (SIGUSR1 inserts)."));
    const QCommandLineOption pidFile(QStringLiteral("pid-file"),
        QStringLiteral("Write the process id here (for vcard-ctl.sh)."), QStringLiteral("FILE"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"), QStringLiteral("Log events and APDU headers to stderr."));
    parser.addOptions({ image, port, host, pull, latency, mute, once, pulled, pidFile, verbose });
    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *message = parser.helpText();
        return false;
    }
    bool portOk = false;
    out.port = parser.value(port).toUShort(&portOk);
    out.imageDir = parser.value(image);
    if (out.imageDir.isEmpty() || !portOk || out.port == 0) {
        *message = QStringLiteral("--image DIR and --port N are required (see --help)");
        return false;
    }
    out.host = parser.value(host);
    out.pullAfterApdus = parser.value(pull).toInt();
    out.latencyMs = parser.value(latency).toInt();
    out.mute = parser.isSet(mute);
    out.once = parser.isSet(once);
    out.startPulled = parser.isSet(pulled);
    out.pidFile = parser.value(pidFile);
    out.verbose = parser.isSet(verbose);
    return true;
}
