// SPDX-License-Identifier: GPL-3.0-or-later
#include "configloader.h"

#include "logging/logcategories.h"

#include <QFileInfo>
#include <QSet>
#include <QSettings>

namespace {

const QSet<QString>& knownKeys()
{
    static const QSet<QString> keys {
        QStringLiteral("app/mode"),
        QStringLiteral("app/language"),
        QStringLiteral("app/city_name"),
        QStringLiteral("app/mail_sender"),
        QStringLiteral("app/data_dir"),
        QStringLiteral("api/url"),
        QStringLiteral("api/ca_file"),
        QStringLiteral("api/pin_sha256"),
        QStringLiteral("api/client_cert"),
        QStringLiteral("api/client_key"),
        QStringLiteral("kiosk/idle_timeout_s"),
        QStringLiteral("kiosk/idle_warning_s"),
        QStringLiteral("kiosk/admin_pin_sha256"),
        QStringLiteral("kiosk/device_id"),
        QStringLiteral("kiosk/printer"),
        QStringLiteral("payments/terminal"),
        QStringLiteral("accessibility/large_text"),
        QStringLiteral("accessibility/high_contrast"),
        QStringLiteral("accessibility/spoken_guidance"),
        QStringLiteral("eid/extra_trust_roots"),
        QStringLiteral("audit/enabled"),
        QStringLiteral("audit/retention_days"),
    };
    return keys;
}

struct Reader
{
    QSettings& ini;
    QString path;
    QString error;

    QString bad(const QString& key, const QString& value, const QString& expected)
    {
        return QStringLiteral("%1: invalid value '%2' for '%3' (expected %4)")
            .arg(path, value, key, expected);
    }

    void readString(const QString& key, QString* out)
    {
        if (error.isEmpty() && ini.contains(key))
            *out = ini.value(key).toString().trimmed();
    }

    void readBool(const QString& key, bool* out)
    {
        if (!error.isEmpty() || !ini.contains(key))
            return;
        const QString v = ini.value(key).toString().trimmed().toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes"))
            *out = true;
        else if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no"))
            *out = false;
        else
            error = bad(key, v, QStringLiteral("true or false"));
    }

    void readInt(const QString& key, int min, int max, int* out)
    {
        if (!error.isEmpty() || !ini.contains(key))
            return;
        const QString v = ini.value(key).toString().trimmed();
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < min || n > max)
            error = bad(key, v, QStringLiteral("a whole number from %1 to %2").arg(min).arg(max));
        else
            *out = n;
    }
};

} // namespace

QString ConfigLoader::builtInDefaultsPath()
{
    return QStringLiteral(":/defaults/eguichet.ini");
}

QString ConfigLoader::apply(const QString& iniPath, AppConfig* config, QStringList* keysSet)
{
    const QFileInfo info(iniPath);
    if (!iniPath.startsWith(QLatin1Char(':')) && (!info.isFile() || !info.isReadable()))
        return QStringLiteral("%1: configuration file not found or not readable").arg(iniPath);

    QSettings ini(iniPath, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return QStringLiteral("%1: not a valid INI file").arg(iniPath);

    for (const QString& key : ini.allKeys()) {
        if (!knownKeys().contains(key))
            qCWarning(lcConfig) << iniPath << "unknown key ignored:" << key;
    }

    Reader r { ini, iniPath, {} };
    AppConfig c = *config;

    if (ini.contains(QStringLiteral("app/mode"))) {
        const QString v = ini.value(QStringLiteral("app/mode")).toString().trimmed();
        if (!appModeFromName(v, &c.mode))
            return r.bad(QStringLiteral("app/mode"), v, QStringLiteral("kiosk, counter or home"));
    }
    if (ini.contains(QStringLiteral("app/language"))) {
        const QString v = ini.value(QStringLiteral("app/language")).toString().trimmed();
        if (!supportedLanguages().contains(v))
            return r.bad(QStringLiteral("app/language"), v, QStringLiteral("fr, nl, de or en"));
        c.language = v;
    }
    r.readString(QStringLiteral("app/city_name"), &c.cityName);
    r.readString(QStringLiteral("app/mail_sender"), &c.mailSender);
    r.readString(QStringLiteral("app/data_dir"), &c.dataDir);

    if (ini.contains(QStringLiteral("api/url"))) {
        const QString v = ini.value(QStringLiteral("api/url")).toString().trimmed();
        const QUrl url(v, QUrl::StrictMode);
        if (!v.isEmpty() && (!url.isValid() || url.scheme() != QLatin1String("https")))
            return r.bad(QStringLiteral("api/url"), v, QStringLiteral("an https:// URL"));
        c.apiUrl = url;
    }
    r.readString(QStringLiteral("api/ca_file"), &c.caFile);
    r.readString(QStringLiteral("api/pin_sha256"), &c.apiPinSha256);
    r.readString(QStringLiteral("api/client_cert"), &c.clientCertFile);
    r.readString(QStringLiteral("api/client_key"), &c.clientKeyFile);

    r.readInt(QStringLiteral("kiosk/idle_timeout_s"), 30, 3600, &c.idleTimeoutSeconds);
    r.readInt(QStringLiteral("kiosk/idle_warning_s"), 20, 600, &c.idleWarningSeconds);
    r.readString(QStringLiteral("kiosk/admin_pin_sha256"), &c.adminPinSha256);
    r.readString(QStringLiteral("kiosk/device_id"), &c.deviceId);
    r.readString(QStringLiteral("kiosk/printer"), &c.printerName);
    r.readString(QStringLiteral("payments/terminal"), &c.paymentTerminal);
    if (r.error.isEmpty() && !c.paymentTerminal.isEmpty()) {
        QString host;
        quint16 port = 0;
        if (!parseHostPort(c.paymentTerminal, &host, &port))
            return r.bad(QStringLiteral("payments/terminal"), c.paymentTerminal,
                QStringLiteral("HOST:PORT"));
    }

    r.readBool(QStringLiteral("accessibility/large_text"), &c.largeText);
    r.readBool(QStringLiteral("accessibility/high_contrast"), &c.highContrast);
    r.readBool(QStringLiteral("accessibility/spoken_guidance"), &c.spokenGuidance);
    r.readBool(QStringLiteral("audit/enabled"), &c.auditLog);
    r.readInt(QStringLiteral("audit/retention_days"), 30, 3650, &c.auditRetentionDays);

    if (r.error.isEmpty() && ini.contains(QStringLiteral("eid/extra_trust_roots"))) {
        const QVariant v = ini.value(QStringLiteral("eid/extra_trust_roots"));
        c.eidExtraTrustRoots = v.metaType().id() == QMetaType::QStringList
            ? v.toStringList()
            : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& s : c.eidExtraTrustRoots)
            s = s.trimmed();
    }
    if (!r.error.isEmpty())
        return r.error;

    if (c.idleWarningSeconds >= c.idleTimeoutSeconds)
        return QStringLiteral("%1: kiosk/idle_warning_s must be shorter than kiosk/idle_timeout_s")
            .arg(iniPath);

    *config = c;
    if (keysSet) {
        keysSet->clear();
        for (const QString& key : ini.allKeys()) {
            if (knownKeys().contains(key))
                keysSet->append(key);
        }
    }
    return {};
}
