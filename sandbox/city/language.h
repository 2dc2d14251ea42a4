// SPDX-License-Identifier: GPL-3.0-or-later
// The four languages of the city and Accept-Language negotiation.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

enum class Lang { Fr, Nl, De, En };

/** Picks fr, nl, de or en from an Accept-Language header (q-values honoured); fr otherwise. */
Lang negotiateLanguage(const QByteArray& acceptLanguage);
QString languageCode(Lang lang);

/**
 * Replaces every object of the form {"fr":…,"nl":…,"de":…,"en":…} in a catalogue value with
 * the string of the asked language (fr when that one is missing).
 */
QJsonValue localizeJson(const QJsonValue& value, Lang lang);
