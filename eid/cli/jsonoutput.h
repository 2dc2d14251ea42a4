// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardreading.h"

#include <QJsonObject>

/** The one object `eguichet-eid dump --json` prints (shape documented in docs/eid.md). */
QJsonObject readingToJson(const eid::CardReading& reading);
