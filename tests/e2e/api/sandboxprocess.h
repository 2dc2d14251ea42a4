// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real eguichet-sandbox on a free loopback port with a temporary state dir.
#pragma once

#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();

    /** Dev: with --dev (the /dev/ routes and the demo data); Production: without. */
    enum class Mode { Dev, Production };

    /** Fast timers for tests plus `extra` options; false (and a reason) when it did not serve. */
    bool start(const QStringList& extra = {}, QString* why = nullptr, Mode mode = Mode::Dev);
    void stop();

    /** https://127.0.0.1:PORT/v1 as printed by the server. */
    QUrl apiUrl() const { return m_url; }
    /** https://127.0.0.1:PORT (for /dev and /provider). */
    QUrl origin() const;
    QString stateDir() const { return m_dir.path(); }
    QSslCertificate ca() const;

    /**
     * `eguichet-sandbox --issue-device id --out outDir` on this state dir (the server may run):
     * outDir/station.pem and station.key, the device registered and active.
     */
    bool issueDevice(const QString& id, const QString& outDir, QString* why = nullptr,
        const QString& kind = QStringLiteral("kiosk")) const;
    /** `--deactivate-device id` on this state dir. */
    bool deactivateDevice(const QString& id, QString* why = nullptr) const;

    /** `--add-staff login --staff-role role --staff-name name [--staff-national-number nrn]`
        with the password on stdin (empty: eID sign-in only). */
    bool addStaff(const QString& login, const QString& role, const QString& name,
        const QString& password, const QString& nationalNumber = {}, QString* why = nullptr) const;
    /** `--deactivate-staff login`. */
    bool deactivateStaff(const QString& login, QString* why = nullptr) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};
