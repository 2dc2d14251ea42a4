// SPDX-License-Identifier: GPL-3.0-or-later
// Command line of eguichet-sandbox (docs/sandbox-city.md).
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

struct CityOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString stateDir;
    QString tlsVariant = QStringLiteral("valid"); // valid | expired | wrong-host
    QStringList eidTrustRoots;
    // Timers, shortened by tests. 0 disables the automatic workflow step.
    int workflowStepMs = 20000;
    int paymentNotifyMs = 2000;
    int checkoutTimeoutMs = 15 * 60 * 1000;
    int loginBackoffBaseMs = 1000;
    int loginFreeAttempts = 3;
    int sessionIdleS = 15 * 60;
    int sessionAbsoluteS = 60 * 60;
    int eidChallengeS = 300;
    int handoffLifetimeS = 24 * 3600; // kiosk-to-counter drafts (at most a day)
    // Development routes (/dev/...) and the demo data exist only with --dev (never in a
    // deployment, whatever the caller's address); --no-demo-data keeps the routes only.
    bool dev = false;
    bool demoData = false;
    bool logRequests = false; // one line per request on stderr: method, path, status, time
    // Station commands (run instead of serving): issue + register, or deactivate, a device.
    QString issueDevice;
    QString outDir;
    QString deactivateDevice;
    QString deviceKind = QStringLiteral("kiosk"); // kiosk | counter, with --issue-device
    // Staff commands (run instead of serving): add (or update) a clerk, or deactivate one.
    QString addStaff; // the clerk's login (an e-mail address)
    QString staffRole; // population | etat-civil | supervisor
    QString staffName;
    QString staffNationalNumber; // for the clerk's own eID sign-in (optional)
    QString deactivateStaff;
};

/** Parses argv; on error prints usage to stderr and returns false. */
bool parseCityOptions(const QStringList& arguments, CityOptions* options, QString* error);
