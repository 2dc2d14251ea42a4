// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityoptions.h"

#include <QCommandLineParser>

namespace {

bool readInt(const QCommandLineParser& p, const QString& name, int* out, QString* error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < 0) {
        *error = QStringLiteral("--%1 wants a number >= 0").arg(name);
        return false;
    }
    *out = v;
    return true;
}

} // namespace

bool parseCityOptions(const QStringList& arguments, CityOptions* o, QString* error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Simulated city e-Guichet API (demo and tests)."));
    p.addHelpOption();
    p.addOptions({
        { "listen", "Address and port (PORT 0 = a free one).", "HOST:PORT", "127.0.0.1:0" },
        { "state-dir", "Database, TLS files and mailbox live here.", "DIR" },
        { "tls-variant", "Server certificate: valid, expired or wrong-host.", "VARIANT", "valid" },
        { "eid-trust-root", "PEM root trusted for eID logins (repeatable).", "PEM" },
        { "workflow-step-ms", "Delay of each automatic workflow step (0 = never).", "MS" },
        { "payment-notify-ms", "Delay of the provider's late notification.", "MS" },
        { "checkout-timeout-ms", "Unfinished checkouts expire after this.", "MS" },
        { "login-backoff-ms", "Base of the exponential login back-off.", "MS" },
        { "login-free-attempts", "Failed logins before back-off starts.", "N" },
        { "session-idle-s", "Session idle timeout.", "S" },
        { "session-absolute-s", "Session absolute timeout.", "S" },
        { "eid-challenge-s", "eID challenge lifetime.", "S" },
        { "handoff-lifetime-s", "Lifetime of a kiosk-to-counter draft (at most a day).", "S" },
        { "dev",
            "Development mode: /dev/ routes (mailbox, workflow, payment outcomes) and the demo "
            "citizen. Without it neither exists." },
        { "no-demo-data", "With --dev: start without the demo citizen and requests." },
        { "log-requests", "Log method, path, status and time of each request to stderr." },
        { "issue-device",
            "Issue a station (kiosk, counter) certificate for ID from the development CA into "
            "--out and register ID as active, then exit.",
            "ID" },
        { "out", "Where --issue-device writes station.pem, station.key (0600) and ca.pem.", "DIR" },
        { "deactivate-device", "Mark station ID inactive in --state-dir, then exit.", "ID" },
        { "device-kind", "With --issue-device: kiosk (default) or counter.", "KIND", "kiosk" },
        { "add-staff",
            "Add (or update) the clerk LOGIN with --staff-role and --staff-name; the password is "
            "the first line of standard input (empty: eID sign-in only). Then exit.",
            "LOGIN" },
        { "staff-role", "With --add-staff: population, etat-civil or supervisor.", "ROLE" },
        { "staff-name", "With --add-staff: the clerk's name as shown.", "NAME" },
        { "staff-national-number", "With --add-staff: the clerk's own eID (sign-in by card).",
            "NRN" },
        { "deactivate-staff", "Mark the clerk LOGIN inactive (sessions end), then exit.", "LOGIN" },
    });
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet("help")) {
        *error = p.helpText();
        return false;
    }
    const QString listen = p.value("listen");
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !portOk || port > 65535 || !o->address.setAddress(listen.left(colon))) {
        *error = QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:8443");
        return false;
    }
    o->port = quint16(port);
    o->stateDir = p.value("state-dir");
    if (o->stateDir.isEmpty()) {
        *error = QStringLiteral("--state-dir is required");
        return false;
    }
    o->tlsVariant = p.value("tls-variant");
    if (!QStringList { "valid", "expired", "wrong-host" }.contains(o->tlsVariant)) {
        *error = QStringLiteral("--tls-variant is valid, expired or wrong-host");
        return false;
    }
    o->eidTrustRoots = p.values("eid-trust-root");
    o->dev = p.isSet("dev");
    o->demoData = o->dev && !p.isSet("no-demo-data");
    o->logRequests = p.isSet("log-requests");
    o->issueDevice = p.value("issue-device");
    o->outDir = p.value("out");
    o->deactivateDevice = p.value("deactivate-device");
    if (p.isSet("issue-device") && (o->outDir.isEmpty() || p.isSet("deactivate-device"))) {
        *error = QStringLiteral("--issue-device ID wants --out DIR (and no --deactivate-device)");
        return false;
    }
    o->deviceKind = p.value("device-kind");
    if (!QStringList { "kiosk", "counter" }.contains(o->deviceKind)) {
        *error = QStringLiteral("--device-kind is kiosk or counter");
        return false;
    }
    o->addStaff = p.value("add-staff");
    o->staffRole = p.value("staff-role");
    o->staffName = p.value("staff-name");
    o->staffNationalNumber = p.value("staff-national-number");
    o->deactivateStaff = p.value("deactivate-staff");
    if (p.isSet("add-staff")
        && (!QStringList { "population", "etat-civil", "supervisor" }.contains(o->staffRole)
            || o->staffName.trimmed().isEmpty())) {
        *error = QStringLiteral("--add-staff LOGIN wants --staff-role population|etat-civil|"
                                "supervisor and --staff-name NAME");
        return false;
    }
    return readInt(p, "workflow-step-ms", &o->workflowStepMs, error)
        && readInt(p, "payment-notify-ms", &o->paymentNotifyMs, error)
        && readInt(p, "checkout-timeout-ms", &o->checkoutTimeoutMs, error)
        && readInt(p, "login-backoff-ms", &o->loginBackoffBaseMs, error)
        && readInt(p, "login-free-attempts", &o->loginFreeAttempts, error)
        && readInt(p, "session-idle-s", &o->sessionIdleS, error)
        && readInt(p, "session-absolute-s", &o->sessionAbsoluteS, error)
        && readInt(p, "eid-challenge-s", &o->eidChallengeS, error)
        && readInt(p, "handoff-lifetime-s", &o->handoffLifetimeS, error);
}
