// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appconfig.h"

#include <QString>
#include <QStringList>

/**
 * The eguichet command line, parsed before any Qt application object exists so that the mode
 * can choose the input method and the window type. Parsing never exits the process: main()
 * acts on the outcome (help, version, an error with exit code 2, or run).
 */
struct StartupOptions
{
    /** Report: --print-config or --check-config; print `message`, exit with `exitCode`. */
    enum class Action { Run, ShowHelp, ShowVersion, Fail, ExportAudit, VerifyAudit, Report };

    Action action = Action::Run;
    QString message; // help text, version line, report, or error for stderr
    int exitCode = 0; // Report: 0, or kExitConfigUnusable
    AppConfig config;
    QString screenshotPath; // --screenshot FILE: save the first complete frame and exit
    QUrl openUrl; // eguichet://… the desktop asked the app to open (the payment return)
    QString auditExportPath; // --audit-export FILE ("-": standard output)
};

/** --check-config: the configuration cannot serve (no city for a kiosk, a missing CA file…). */
constexpr int kExitConfigUnusable = 5;

class CommandLine
{
public:
    /**
     * Merges built-in defaults, /etc/eguichet/eguichet.ini, the user's file, --config FILE
     * and the options (app/config/configsources.h).
     * `arguments` includes the program name, as QCoreApplication::arguments() does.
     */
    static StartupOptions parse(const QStringList& arguments);
};
