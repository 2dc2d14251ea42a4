// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "a11y/speaker.h"
#include "card/cardbackend.h"
#include "documents/documentactions.h"
#include "eidlogin/cardloginsigner.h"
#include "payments/urlopener.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class PaymentApi;

/**
 * What a test replaces when it builds the application (AppServices). Each member left empty
 * is the production one, so a test states only where it differs from the shipped app.
 */
struct AppSeams
{
    /** The card (PC/SC with the configured extra trust roots when null). */
    std::unique_ptr<CardBackend> cardBackend;
    /** What the spoken guide says through (Qt TextToSpeech when null). */
    std::unique_ptr<Speaker> speaker;
    /** The citizen's browser for card payments (the system's when null). */
    std::unique_ptr<UrlOpener> browser;
    /** The city's payment calls (over the core's API client when null; not owned). */
    PaymentApi* paymentApi = nullptr;
    /** The eID login's signature by the card (the real card when empty). */
    CardLoginSigner::SignFunction cardSigner;
    /** Documents: the printer, the save folder, the system viewer (production when empty). */
    DocumentActions::PrinterFactory printerFactory;
    std::function<QString()> saveFolder;
    std::function<bool(const QUrl&)> documentOpener;
    /** The local store's folder (config.dataDir, else the user's application data, when empty). */
    QString dataDir;
    /** Where the login and consent memories write (the application's settings when empty). */
    QString settingsFile;
    /** The single-instance socket at home (InstanceHandOver::defaultName() when empty). */
    QString instanceName;
    /** The idle time-out and its warning in ms (the configuration's seconds when 0). */
    int idleMs = 0;
    int idleWarningMs = 0;
};
