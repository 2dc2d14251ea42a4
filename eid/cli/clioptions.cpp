// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include <cstdio>
#include <QCommandLineParser>

std::optional<CliOptions> parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads and verifies a Belgian eID card over PC/SC.\n"
                       "Exit: 0 verified, 1 a check failed, 2 no reader/card, 3 other error"
                       " (sign: 4 wrong PIN, 5 PIN blocked)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("readers | watch | dump | sign | pinpad | reset"));
    const QCommandLineOption reader(QStringLiteral("reader"),
        QStringLiteral("Reader to use (default: the first one holding a card)."),
        QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    const QCommandLineOption trustRoot(QStringLiteral("trust-root"),
        QStringLiteral("Extra trusted root certificate (PEM), e.g. a test root."),
        QStringLiteral("pem"));
    const QCommandLineOption photoOut(QStringLiteral("photo-out"),
        QStringLiteral("Write the photo (JPEG) to this file."), QStringLiteral("file"));
    const QCommandLineOption noPhoto(QStringLiteral("no-photo"),
        QStringLiteral("dump: do not read the photo (EF 4035); its check reads \"not_read\"."));
    const QCommandLineOption count(QStringLiteral("count"),
        QStringLiteral("watch: stop after N events."), QStringLiteral("n"));
    const QCommandLineOption allCertificates(QStringLiteral("all-certificates"),
        QStringLiteral("dump: also read the authentication, signing, CA and root certificates."));
    const QCommandLineOption internalAuthenticate(QStringLiteral("internal-authenticate"),
        QStringLiteral("dump: challenge the 1.8 basic key (limited to 5000 uses per card)."));
    const QCommandLineOption challenge(QStringLiteral("challenge"),
        QStringLiteral("sign: challenge to sign, in hex."), QStringLiteral("hex"));
    const QCommandLineOption pinStdin(QStringLiteral("pin-stdin"),
        QStringLiteral("sign: read the PIN from standard input (not with a PIN-pad reader)."));
    parser.addOptions({ reader, json, trustRoot, photoOut, noPhoto, count, allCertificates,
        internalAuthenticate, challenge, pinStdin });
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "eguichet-eid: %s\n", qPrintable(parser.errorText()));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::exit(0);
    }
    const QStringList positional = parser.positionalArguments();
    static const QStringList commands { QStringLiteral("readers"), QStringLiteral("watch"),
        QStringLiteral("dump"), QStringLiteral("sign"), QStringLiteral("pinpad"),
        QStringLiteral("reset") };
    if (positional.size() != 1 || !commands.contains(positional.first())) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return std::nullopt;
    }
    CliOptions options;
    options.command = positional.first();
    options.reader = parser.value(reader);
    options.json = parser.isSet(json);
    options.trustRoots = parser.values(trustRoot);
    options.photoOut = parser.value(photoOut);
    options.noPhoto = parser.isSet(noPhoto);
    if (options.noPhoto && !options.photoOut.isEmpty()) {
        std::fputs("eguichet-eid: --no-photo and --photo-out exclude each other\n", stderr);
        return std::nullopt;
    }
    if (parser.isSet(count)) {
        bool ok = false;
        const int n = parser.value(count).toInt(&ok);
        if (!ok || n < 1) {
            std::fputs("eguichet-eid: --count needs a positive number\n", stderr);
            return std::nullopt;
        }
        options.count = n;
    }
    options.allCertificates = parser.isSet(allCertificates);
    options.internalAuthenticate = parser.isSet(internalAuthenticate);
    options.challengeHex = parser.value(challenge);
    options.pinFromStdin = parser.isSet(pinStdin);
    return options;
}
