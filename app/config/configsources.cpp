// SPDX-License-Identifier: GPL-3.0-or-later
#include "configsources.h"

#include "api/tlspolicy.h"
#include "configloader.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

const QString kBuiltIn = QStringLiteral("built-in default");

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QString ConfigSources::systemConfigDir()
{
    const QString forced = qEnvironmentVariable("EGUICHET_SYSTEM_CONFIG_DIR");
    if (!forced.isEmpty())
        return QDir::cleanPath(forced);
#ifdef Q_OS_WIN
    const QString programData = qEnvironmentVariable("ProgramData");
    return QDir::cleanPath((programData.isEmpty() ? QStringLiteral("C:/ProgramData") : programData)
        + QStringLiteral("/eguichet"));
#else
    return QStringLiteral("/etc/eguichet");
#endif
}

QString ConfigSources::systemConfigFile()
{
    return systemConfigDir() + QStringLiteral("/eguichet.ini");
}

QString ConfigSources::userConfigFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/eguichet/eguichet.ini");
}

QString ConfigSources::applyFile(const QString& path, const QString& label)
{
    QStringList keys;
    const QString error = ConfigLoader::apply(path, &config, &keys);
    if (!error.isEmpty())
        return error;
    for (const QString& key : keys)
        m_origin.insert(key, label);
    return {};
}

QString ConfigSources::load(const QString& extraFile)
{
    config = AppConfig();
    m_origin.clear();
    m_read.clear();
    QString error = applyFile(ConfigLoader::builtInDefaultsPath(), kBuiltIn);
    if (!error.isEmpty())
        return QStringLiteral("Built-in defaults are broken: %1").arg(error);
    m_read << QStringLiteral("built-in defaults");

    // The machine's and the user's files are optional: absent is normal, unreadable is not.
    for (const QString& path : { systemConfigFile(), userConfigFile() }) {
        if (!QFileInfo::exists(path)) {
            m_read << QStringLiteral("%1 (absent)").arg(path);
            continue;
        }
        error = applyFile(path, path);
        if (!error.isEmpty())
            return error;
        m_read << path;
    }
    if (!extraFile.isEmpty()) {
        const QString path = QFileInfo(extraFile).absoluteFilePath();
        error = applyFile(extraFile, path);
        if (!error.isEmpty())
            return error;
        m_read << QStringLiteral("%1 (--config)").arg(path);
    }
    return {};
}

void ConfigSources::setByOption(const QString& key, const QString& option)
{
    if (!m_read.contains(QStringLiteral("command-line options")))
        m_read << QStringLiteral("command-line options");
    m_origin.insert(key, option);
}

QString ConfigSources::originOf(const QString& key) const
{
    return m_origin.value(key, kBuiltIn);
}

QString ConfigSources::print() const
{
    QString out = QStringLiteral("; eguichet --print-config: the merged configuration.\n"
                                 "; Read in this order, a later one winning:\n");
    for (const QString& line : m_read)
        out += QStringLiteral(";   %1\n").arg(line);
    QString section;
    for (const auto& [key, value] : configEntries(config)) {
        const QString group = key.section(QLatin1Char('/'), 0, 0);
        if (group != section) {
            out += QStringLiteral("\n[%1]\n").arg(group);
            section = group;
        }
        out += QStringLiteral("%1=%2 ; %3\n")
                   .arg(key.section(QLatin1Char('/'), 1), value, originOf(key));
    }
    return out;
}

QList<QPair<QString, QString>> configEntries(const AppConfig& c)
{
    return {
        { QStringLiteral("app/mode"), appModeName(c.mode) },
        { QStringLiteral("app/language"), c.language },
        { QStringLiteral("app/city_name"), c.cityName },
        { QStringLiteral("app/mail_sender"), c.mailSender },
        { QStringLiteral("app/data_dir"), c.dataDir },
        { QStringLiteral("api/url"), c.apiUrl.toString() },
        { QStringLiteral("api/ca_file"), c.caFile },
        { QStringLiteral("api/pin_sha256"), c.apiPinSha256 },
        { QStringLiteral("api/client_cert"), c.clientCertFile },
        { QStringLiteral("api/client_key"), c.clientKeyFile },
        { QStringLiteral("kiosk/idle_timeout_s"), QString::number(c.idleTimeoutSeconds) },
        { QStringLiteral("kiosk/idle_warning_s"), QString::number(c.idleWarningSeconds) },
        // Only whether it is set: the hash of a short PIN is as good as the PIN.
        { QStringLiteral("kiosk/admin_pin_sha256"),
            c.adminPinSha256.isEmpty() ? QString() : QStringLiteral("(set)") },
        { QStringLiteral("kiosk/device_id"), c.deviceId },
        { QStringLiteral("kiosk/printer"), c.printerName },
        { QStringLiteral("payments/terminal"), c.paymentTerminal },
        { QStringLiteral("accessibility/large_text"), boolText(c.largeText) },
        { QStringLiteral("accessibility/high_contrast"), boolText(c.highContrast) },
        { QStringLiteral("accessibility/spoken_guidance"), boolText(c.spokenGuidance) },
        { QStringLiteral("eid/extra_trust_roots"), c.eidExtraTrustRoots.join(QLatin1Char(',')) },
        { QStringLiteral("audit/enabled"), boolText(c.auditLog) },
        { QStringLiteral("audit/retention_days"), QString::number(c.auditRetentionDays) },
    };
}

QStringList configProblems(const AppConfig& c, QStringList* notes)
{
    QStringList problems;
    const bool station = c.mode != AppMode::Home;
    const QString where = ConfigSources::systemConfigFile();
    if (c.apiUrl.isEmpty()) {
        if (station)
            problems << QStringLiteral(
                "No city is configured: set api/url (the city's API, https://…/v1) and "
                "app/city_name in %1.")
                            .arg(where);
        else if (notes)
            *notes << QStringLiteral(
                "No city is configured: the first start asks the user to choose one (or set "
                "api/url in %1).")
                          .arg(where);
    } else if (station && c.cityName.isEmpty()) {
        problems << QStringLiteral(
            "app/city_name is empty: set the city's name (shown on screens and receipts) in %1.")
                        .arg(where);
    }
    if (!c.caFile.isEmpty()) {
        const QFileInfo ca(c.caFile);
        if (!ca.isFile() || !ca.isReadable())
            problems << QStringLiteral("api/ca_file: %1 is not a readable file.").arg(c.caFile);
    }
    if (station) {
        const TlsPolicy::ClientIdentityError identity
            = TlsPolicy::loadClientIdentity(c.clientCertFile, c.clientKeyFile);
        if (identity != TlsPolicy::ClientIdentityError::None)
            problems << TlsPolicy::message(identity, c.clientCertFile, c.clientKeyFile);
    }
    for (const QString& root : c.eidExtraTrustRoots) {
        const QFileInfo info(root);
        if (!info.isFile() || !info.isReadable())
            problems
                << QStringLiteral("eid/extra_trust_roots: %1 is not a readable file.").arg(root);
    }
    if (!c.dataDir.isEmpty()) {
        const QFileInfo dir(c.dataDir);
        if (dir.exists() && (!dir.isDir() || !dir.isWritable()))
            problems << QStringLiteral("app/data_dir: %1 is not a folder this user can write.")
                            .arg(c.dataDir);
    }
    if (c.mode == AppMode::Kiosk && c.adminPinSha256.isEmpty() && notes)
        *notes << QStringLiteral(
            "kiosk/admin_pin_sha256 is empty: staff cannot leave the kiosk from its screen.");
    return problems;
}
