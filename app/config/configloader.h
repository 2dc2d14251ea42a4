// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appconfig.h"

#include <QString>
#include <QStringList>

/**
 * Reads an INI file over an AppConfig. Keys absent from the file keep their current value, so
 * the built-in defaults are loaded first and a site file only says what differs. A bad value
 * is an error naming the file, the key and what was expected; unknown keys are only warned
 * about so that a newer file still starts an older binary.
 */
class ConfigLoader
{
public:
    /**
     * Returns an empty string on success, otherwise a message for the administrator.
     * keysSet (optional) receives the known keys the file gives a value.
     */
    static QString apply(const QString& iniPath, AppConfig* config, QStringList* keysSet = nullptr);

    /** Path of the defaults compiled into the binary (resources/defaults/eguichet.ini). */
    static QString builtInDefaultsPath();
};
