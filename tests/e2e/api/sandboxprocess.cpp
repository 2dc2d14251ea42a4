// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QFile>

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList& extra, QString* why, Mode mode)
{
    QStringList args { "--listen", "127.0.0.1:0", "--state-dir", m_dir.path(), "--workflow-step-ms",
        "0", "--payment-notify-ms", "50", "--login-backoff-ms", "400" };
    if (mode == Mode::Dev)
        args << "--dev";
    args += extra;
    m_process.setProgram(QStringLiteral(EGUICHET_SANDBOX_BINARY));
    m_process.setArguments(args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    QDeadlineTimer deadline(20000);
    QByteArray out;
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        const int end = out.indexOf('\n');
        if (end > 0) {
            const QByteArray line = out.left(end);
            const int at = line.indexOf("https://");
            if (at >= 0) {
                m_url = QUrl(QString::fromLatin1(line.mid(at)));
                return true;
            }
        }
    }
    if (why)
        *why = QStringLiteral("sandbox did not start: %1 %2")
                   .arg(QString::fromLocal8Bit(out),
                       QString::fromLocal8Bit(m_process.readAllStandardError()));
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QUrl SandboxProcess::origin() const
{
    QUrl o = m_url;
    o.setPath(QString());
    return o;
}

namespace {

bool runCommand(const QStringList& args, QString* why, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral(EGUICHET_SANDBOX_BINARY), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const bool ok
        = p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && why)
        *why = QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput());
    return ok;
}

} // namespace

bool SandboxProcess::issueDevice(
    const QString& id, const QString& outDir, QString* why, const QString& kind) const
{
    return runCommand({ "--state-dir", m_dir.path(), "--issue-device", id, "--out", outDir,
                          "--device-kind", kind },
        why);
}

bool SandboxProcess::addStaff(const QString& login, const QString& role, const QString& name,
    const QString& password, const QString& nationalNumber, QString* why) const
{
    QStringList args { "--state-dir", m_dir.path(), "--add-staff", login, "--staff-role", role,
        "--staff-name", name };
    if (!nationalNumber.isEmpty())
        args << "--staff-national-number" << nationalNumber;
    return runCommand(args, why, password.toUtf8() + '\n');
}

bool SandboxProcess::deactivateStaff(const QString& login, QString* why) const
{
    return runCommand({ "--state-dir", m_dir.path(), "--deactivate-staff", login }, why);
}

bool SandboxProcess::deactivateDevice(const QString& id, QString* why) const
{
    return runCommand({ "--state-dir", m_dir.path(), "--deactivate-device", id }, why);
}

QSslCertificate SandboxProcess::ca() const
{
    QFile f(m_dir.path() + "/tls/ca.pem");
    return f.open(QIODevice::ReadOnly) ? QSslCertificate(f.readAll(), QSsl::Pem)
                                       : QSslCertificate();
}
