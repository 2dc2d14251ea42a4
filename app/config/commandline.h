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
    enum class Action { Run, ShowHelp, ShowVersion, Fail, ExportAudit, VerifyAudit };

    Action action = Action::Run;
    QString message; // help text, version line, or error for stderr
    AppConfig config;
    QString screenshotPath; // --screenshot FILE: save the first complete frame and exit
    QUrl openUrl; // eguichet://… the desktop asked the app to open (the payment return)
    QString auditExportPath; // --audit-export FILE ("-": standard output)
};

class CommandLine
{
public:
    /**
     * Merges built-in defaults, the INI file (--config, else none) and the options.
     * `arguments` includes the program name, as QCoreApplication::arguments() does.
     */
    static StartupOptions parse(const QStringList& arguments);
};
