// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace {

bool parseLang(const QString& tag, Lang* out)
{
    const QString primary = tag.section(QLatin1Char('-'), 0, 0).trimmed().toLower();
    if (primary == QLatin1String("fr"))
        *out = Lang::Fr;
    else if (primary == QLatin1String("nl"))
        *out = Lang::Nl;
    else if (primary == QLatin1String("de"))
        *out = Lang::De;
    else if (primary == QLatin1String("en"))
        *out = Lang::En;
    else
        return false;
    return true;
}

bool isTranslationObject(const QJsonObject& object)
{
    if (object.isEmpty() || !object.contains(QLatin1String("fr")))
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        Lang unused;
        if (it.key().size() != 2 || !parseLang(it.key(), &unused) || !it.value().isString())
            return false;
    }
    return true;
}

} // namespace

Lang negotiateLanguage(const QByteArray& acceptLanguage)
{
    Lang best = Lang::Fr;
    double bestQ = -1;
    for (const QByteArray& part : acceptLanguage.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        double q = 1.0;
        for (int i = 1; i < pieces.size(); ++i) {
            const QByteArray p = pieces.at(i).trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                q = p.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        Lang lang;
        if (q > bestQ && q > 0 && parseLang(QString::fromLatin1(pieces.value(0)), &lang)) {
            best = lang;
            bestQ = q;
        }
    }
    return best;
}

QString languageCode(Lang lang)
{
    switch (lang) {
    case Lang::Nl:
        return QStringLiteral("nl");
    case Lang::De:
        return QStringLiteral("de");
    case Lang::En:
        return QStringLiteral("en");
    case Lang::Fr:
        break;
    }
    return QStringLiteral("fr");
}

QJsonValue localizeJson(const QJsonValue& value, Lang lang)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(localizeJson(v, lang));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    if (isTranslationObject(object)) {
        const QString wanted = object.value(languageCode(lang)).toString();
        return wanted.isEmpty() ? object.value(QLatin1String("fr")) : QJsonValue(wanted);
    }
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), localizeJson(it.value(), lang));
    return out;
}
