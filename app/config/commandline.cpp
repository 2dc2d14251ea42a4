// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "configsources.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {

StartupOptions failure(const QString& message)
{
    StartupOptions o;
    o.action = StartupOptions::Action::Fail;
    o.message = message;
    return o;
}

} // namespace

StartupOptions CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("e-Guichet Desktop: the city's e-Guichet as a native application."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption modeOption(QStringLiteral("mode"),
        QStringLiteral("Run as a self-service kiosk, a counter clerk's station or at home."),
        QStringLiteral("kiosk|counter|home"));
    const QCommandLineOption configOption(QStringLiteral("config"),
        QStringLiteral("Read the configuration from this INI file (see docs/configuration.md)."),
        QStringLiteral("FILE"));
    const QCommandLineOption apiOption(QStringLiteral("api"),
        QStringLiteral("Base URL of the city API (https)."), QStringLiteral("URL"));
    const QCommandLineOption caOption(QStringLiteral("ca"),
        QStringLiteral("PEM file of the certificate authorities trusted for the city API."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Language of the interface at start."), QStringLiteral("fr|nl|de|en"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save the first complete frame as a PNG file and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption trustRootOption(QStringLiteral("eid-trust-root"),
        QStringLiteral("Also trust this PEM root for eID cards (test cards only; repeatable)."),
        QStringLiteral("FILE"));
    const QCommandLineOption auditExportOption(QStringLiteral("audit-export"),
        QStringLiteral("Write this station's audit log as JSON lines to FILE ('-': standard "
                       "output), check its chain, and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption auditVerifyOption(QStringLiteral("audit-verify"),
        QStringLiteral("Check this station's audit log chain and exit (0 intact, 6 broken)."));
    const QCommandLineOption terminalOption(QStringLiteral("payment-terminal"),
        QStringLiteral("The payment terminal (kiosk and counter; overrides payments/terminal)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption printConfigOption(QStringLiteral("print-config"),
        QStringLiteral("Print the merged configuration, where each value came from, and exit."));
    const QCommandLineOption checkConfigOption(QStringLiteral("check-config"),
        QStringLiteral("Check that the configuration can serve and exit (0 usable, %1 not).")
            .arg(kExitConfigUnusable));
    parser.addOptions({ modeOption, configOption, apiOption, caOption, langOption, screenshotOption,
        trustRootOption, auditExportOption, auditVerifyOption, terminalOption, printConfigOption,
        checkConfigOption });
    parser.addPositionalArgument(QStringLiteral("url"),
        QStringLiteral("An eguichet:// address to open (the payment provider's return)."),
        QStringLiteral("[eguichet://…]"));

    StartupOptions out;
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(helpOption)) {
        out.action = StartupOptions::Action::ShowHelp;
        out.message = parser.helpText();
        return out;
    }
    if (parser.isSet(versionOption)) {
        out.action = StartupOptions::Action::ShowVersion;
        out.message = QStringLiteral("%1 %2\n").arg(
            QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
        return out;
    }
    // The desktop starts the app with the provider's return URL (Exec=eguichet %u).
    const QStringList positional = parser.positionalArguments();
    const QUrl openUrl(positional.value(0), QUrl::StrictMode);
    if (positional.size() > 1
        || (positional.size() == 1
            && (!openUrl.isValid() || openUrl.scheme() != QLatin1String("eguichet"))))
        return failure(QStringLiteral("Unexpected argument '%1'.").arg(positional.constLast()));
    out.openUrl = openUrl;

    const bool checking = parser.isSet(checkConfigOption);
    ConfigSources sources;
    const QString error = sources.load(parser.value(configOption));
    if (!error.isEmpty()) {
        if (!checking)
            return failure(error);
        out.action = StartupOptions::Action::Report;
        out.exitCode = kExitConfigUnusable;
        out.message = QStringLiteral("eguichet: configuration unusable:\n  - %1\n").arg(error);
        return out;
    }
    AppConfig& config = sources.config;

    if (parser.isSet(modeOption)) {
        if (!appModeFromName(parser.value(modeOption), &config.mode))
            return failure(
                QStringLiteral("Invalid value '%1' for --mode (expected kiosk, counter or home).")
                    .arg(parser.value(modeOption)));
        sources.setByOption(QStringLiteral("app/mode"), QStringLiteral("--mode"));
    }
    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        if (!supportedLanguages().contains(lang))
            return failure(
                QStringLiteral("Invalid value '%1' for --lang (expected fr, nl, de or en).")
                    .arg(lang));
        config.language = lang;
        sources.setByOption(QStringLiteral("app/language"), QStringLiteral("--lang"));
    }
    if (parser.isSet(apiOption)) {
        const QUrl url(parser.value(apiOption), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return failure(
                QStringLiteral("Invalid value '%1' for --api (expected an https:// URL).")
                    .arg(parser.value(apiOption)));
        config.apiUrl = url;
        sources.setByOption(QStringLiteral("api/url"), QStringLiteral("--api"));
    }
    if (parser.isSet(caOption)) {
        const QFileInfo ca(parser.value(caOption));
        if (!ca.isFile() || !ca.isReadable())
            return failure(QStringLiteral("Invalid value '%1' for --ca (no readable file there).")
                               .arg(parser.value(caOption)));
        config.caFile = ca.absoluteFilePath();
        sources.setByOption(QStringLiteral("api/ca_file"), QStringLiteral("--ca"));
    }
    for (const QString& root : parser.values(trustRootOption)) {
        const QFileInfo info(root);
        if (!info.isFile() || !info.isReadable())
            return failure(
                QStringLiteral("Invalid value '%1' for --eid-trust-root (no readable file there).")
                    .arg(root));
        config.eidExtraTrustRoots.append(info.absoluteFilePath());
        sources.setByOption(
            QStringLiteral("eid/extra_trust_roots"), QStringLiteral("--eid-trust-root (added)"));
    }
    if (parser.isSet(terminalOption)) {
        QString host;
        quint16 port = 0;
        if (!parseHostPort(parser.value(terminalOption), &host, &port))
            return failure(
                QStringLiteral("Invalid value '%1' for --payment-terminal (expected HOST:PORT).")
                    .arg(parser.value(terminalOption)));
        config.paymentTerminal = parser.value(terminalOption);
        sources.setByOption(
            QStringLiteral("payments/terminal"), QStringLiteral("--payment-terminal"));
    }
    if (parser.isSet(screenshotOption)) {
        out.screenshotPath = parser.value(screenshotOption);
        if (out.screenshotPath.isEmpty())
            return failure(QStringLiteral("--screenshot needs a file name."));
    }

    if (parser.isSet(printConfigOption)) {
        out.action = StartupOptions::Action::Report;
        out.message = sources.print();
        return out;
    }
    if (checking) {
        QStringList notes;
        const QStringList problems = configProblems(config, &notes);
        out.action = StartupOptions::Action::Report;
        out.exitCode = problems.isEmpty() ? 0 : kExitConfigUnusable;
        out.message = problems.isEmpty()
            ? QStringLiteral("eguichet: configuration usable (%1 mode, city %2, %3)\n")
                  .arg(appModeName(config.mode),
                      config.cityName.isEmpty() ? QStringLiteral("not set") : config.cityName,
                      config.apiUrl.isEmpty() ? QStringLiteral("no API URL yet")
                                              : config.apiUrl.toString())
            : QStringLiteral("eguichet: configuration unusable:\n");
        for (const QString& p : problems)
            out.message += QStringLiteral("  - %1\n").arg(p);
        for (const QString& n : notes)
            out.message += QStringLiteral("  note: %1\n").arg(n);
        return out;
    }

    if (parser.isSet(auditExportOption)) {
        out.auditExportPath = parser.value(auditExportOption);
        if (out.auditExportPath.isEmpty())
            return failure(QStringLiteral("--audit-export needs a file name (or '-')."));
        out.action = StartupOptions::Action::ExportAudit;
    } else if (parser.isSet(auditVerifyOption)) {
        out.action = StartupOptions::Action::VerifyAudit;
    }

    out.config = config;
    return out;
}
