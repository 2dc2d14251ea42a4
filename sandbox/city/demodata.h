// SPDX-License-Identifier: GPL-3.0-or-later
// The demo citizen (same national number as the demo virtual card) and past requests.
#pragma once

#include <QString>

struct CityContext;

namespace DemoData {
inline const QString Email = QStringLiteral("demo@namur.example");
inline const QString Password = QStringLiteral("Demo-Namur1");
// A valid national number born 1985-07-30; the virtual card (sandbox/card) carries it too.
inline const QString NationalNumber = QStringLiteral("85073003328");
} // namespace DemoData

/** Creates the demo data on first run; a no-op when the demo account exists. */
void seedDemoData(CityContext& city);
