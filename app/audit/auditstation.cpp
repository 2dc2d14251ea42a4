// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditstation.h"

#include "config/commandline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cstdio>

namespace {

constexpr int kExitIntact = 0;
constexpr int kExitUnreadable = 3;
constexpr int kExitBroken = 6;

} // namespace

QString auditLogPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("audit.sqlite"));
}

AuditLog::Identity auditIdentity(const AppConfig& config)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    const QString station
        = config.deviceId.isEmpty() ? QSysInfo::machineHostName() : config.deviceId;
    return { user, station };
}

int runAuditCommand(const StartupOptions& options, const QString& dataDir)
{
    const QString path = auditLogPath(dataDir);
    // Never create an empty log where the administrator expected one.
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "eguichet: no audit log at %s\n", qPrintable(path));
        return kExitUnreadable;
    }
    QString error;
    const auto log = AuditLog::open(path, auditIdentity(options.config), &error);
    if (!log) {
        std::fprintf(stderr, "eguichet: %s\n", qPrintable(error));
        return kExitUnreadable;
    }
    const AuditLog::Verification check = log->verify();

    if (options.action == StartupOptions::Action::ExportAudit) {
        QFile out;
        bool opened = false;
        if (options.auditExportPath == QLatin1String("-")) {
            opened = out.open(stdout, QIODevice::WriteOnly);
        } else {
            out.setFileName(options.auditExportPath);
            opened = out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        }
        if (!opened || log->exportJsonLines(&out) < 0) {
            std::fprintf(stderr, "eguichet: cannot write the export to %s\n",
                qPrintable(options.auditExportPath));
            return kExitUnreadable;
        }
    }
    if (!check.intact) {
        std::fprintf(stderr,
            "eguichet: audit log %s: chain BROKEN at entry %lld (of %lld): an entry was changed, "
            "inserted or removed\n",
            qPrintable(path), static_cast<long long>(check.firstBrokenSeq),
            static_cast<long long>(check.entries));
        return kExitBroken;
    }
    std::fprintf(stderr, "eguichet: audit log %s: %lld entries, chain intact\n", qPrintable(path),
        static_cast<long long>(check.entries));
    return kExitIntact;
}
