// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

/** The three ways the one binary runs (docs/architecture.md, "Modes"). */
enum class AppMode { Kiosk, Counter, Home };

QString appModeName(AppMode mode);
bool appModeFromName(const QString& name, AppMode* mode);

/** Languages the product speaks; fr is the source language. */
QStringList supportedLanguages();

/** "HOST:PORT" (an IPv6 host in brackets) with a port from 1 to 65535. */
bool parseHostPort(const QString& text, QString* host, quint16* port);

/**
 * Everything the application is configured with, after the built-in defaults, the machine's and
 * the user's INI files, --config and the command line have been merged (ConfigSources). A plain
 * value: built once in main() and handed to the services. Every key is documented in
 * docs/configuration.md.
 */
struct AppConfig
{
    AppMode mode = AppMode::Home;
    QString language = QStringLiteral("fr");
    QString cityName; // the configured city's name; empty = no city configured
    QString mailSender; // the address the city's e-mails come from (spam hints); may be empty

    QUrl apiUrl; // the city's API; empty = no city configured (configProblems())
    QString caFile; // PEM bundle the API's TLS certificate must chain to; empty = system store
    QString apiPinSha256; // optional base64 SHA-256 of the server's public key (SPKI)
    QString clientCertFile; // kiosk, counter: the station's certificate (PEM, mutual TLS)
    QString clientKeyFile; // and its private key (PEM, mode 0600)

    int idleTimeoutSeconds = 120;
    int idleWarningSeconds = 30;
    QString adminPinSha256; // hex SHA-256 of the kiosk administrator PIN
    QString deviceId;

    bool largeText = false;
    bool highContrast = false;
    bool spokenGuidance = false;

    QString dataDir; // empty = the platform's application data folder
    QStringList eidExtraTrustRoots; // test roots; production roots are built in
    QString printerName; // empty = default printer
    QString paymentTerminal; // HOST:PORT of the payment terminal (kiosk, counter); empty = none

    bool auditLog = true; // kiosk and counter only: home has no one to audit
    int auditRetentionDays = 365;
};
