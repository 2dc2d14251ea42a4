// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appconfig.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/**
 * Where the configuration comes from, as installed software reads it (later wins):
 *   1. the built-in defaults (resources/defaults/eguichet.ini: no city),
 *   2. the machine's file: /etc/eguichet/eguichet.ini (%ProgramData%\eguichet\eguichet.ini on
 *      Windows; the folder EGUICHET_SYSTEM_CONFIG_DIR names instead, for tests),
 *   3. the user's file: ~/.config/eguichet/eguichet.ini (XDG_CONFIG_HOME is honoured),
 *   4. the file given with --config,
 *   5. the command-line options.
 * Keeps, for each key, the place its value came from (eguichet --print-config).
 */
class ConfigSources
{
public:
    static QString systemConfigDir();
    static QString systemConfigFile();
    static QString userConfigFile();

    /** Layers 1 to 4 (extraFile empty: no --config). Empty on success, else the error. */
    QString load(const QString& extraFile);

    /** Records that an option (e.g. "--api") set this key (e.g. "api/url"). */
    void setByOption(const QString& key, const QString& option);

    AppConfig config;

    /** Where the key's value came from: "built-in default", a file path or "--api". */
    QString originOf(const QString& key) const;

    /** The merged result as an INI text, each value followed by its origin. */
    QString print() const;

private:
    QString applyFile(const QString& path, const QString& label);

    QHash<QString, QString> m_origin;
    QStringList m_read; // one line per layer: what was read, or why not
};

/** Every key with its value in `config`, in documentation order ("app/mode", "kiosk"). */
QList<QPair<QString, QString>> configEntries(const AppConfig& config);

/**
 * What makes this configuration unusable for its mode (the out-of-service screen and
 * --check-config list these); empty when it can serve. `notes` gets what is worth knowing
 * but does not stop the station (e.g. a home install that will ask for its city).
 */
QStringList configProblems(const AppConfig& config, QStringList* notes = nullptr);
