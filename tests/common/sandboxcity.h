// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real sandbox city for e2e tests: started on a free loopback port with its own state
// directory, in development mode (--dev: the demo citizen and the /dev/ routes); apiUrl and
// caFile are what AppConfig needs.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

struct SandboxCity
{
    QTemporaryDir dir;
    QProcess process;
    QUrl apiUrl;
    QString caFile;

    /** True once the server said where it serves; *error otherwise. extraArgs: options. */
    bool start(const QString& binary, QString* error, const QStringList& extraArgs = {})
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(binary,
            QStringList { "--listen", "127.0.0.1:0", "--state-dir", dir.filePath("city"),
                "--workflow-step-ms", "0", "--dev" }
                + extraArgs);
        if (!process.waitForStarted()) {
            *error = QStringLiteral("sandbox did not start");
            return false;
        }
        QDeadlineTimer deadline(30000);
        while (!process.canReadLine() && !deadline.hasExpired())
            QTest::qWait(20);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpressionMatch m
            = QRegularExpression("serving (https://127\\.0\\.0\\.1:\\d+/v1)").match(line);
        if (!m.hasMatch()) {
            *error = QStringLiteral("unexpected first line: ") + line;
            return false;
        }
        apiUrl = QUrl(m.captured(1));
        caFile = dir.filePath("city/tls/ca.pem");
        return QFile::exists(caFile);
    }

    ~SandboxCity()
    {
        process.kill();
        process.waitForFinished();
    }
};
