// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountcontroller.h"
#include "accounts/loginmemory.h"
#include "accounts/profilecontroller.h"
#include "api/apioutboxtransport.h"
#include "api/cityapiclient.h"
#include "catalogue/cataloguemodel.h"
#include "catalogue/cataloguerepository.h"
#include "config/appconfig.h"
#include "diagnostics/diagnostics.h"
#include "forms/forminput.h"
#include "requests/requestcontroller.h"
#include "requests/requesthistory.h"
#include "requests/requestlistmodel.h"
#include "store/localstore.h"

#include <QNetworkAccessManager>

/**
 * The application core the citizen's screens use (docs/app-core.md, "Wiring"): API client,
 * local store and outbox, accounts, profile, catalogue, requests, and the screens' helpers.
 * A part of AppServices, which wires it to the language, the card and the session.
 */
struct CoreServices
{
    /**
     * Opens the store at once (opened, openError); the app stops when it could not.
     * settingsFile: where LoginMemory writes (empty: the application's settings).
     */
    CoreServices(const AppConfig& config, const QString& dataDir, const QString& settingsFile = {});

    /** Everything personal, forgotten (session end, logout). */
    void forgetPersonal();

    AppMode mode;
    QString cityName; // the configured city's (receipts)
    QNetworkAccessManager network;
    CityApiClient api;
    LocalStore store;
    QString openError;
    bool opened;
    ApiOutboxTransport transport;
    CatalogueRepository catalogue;
    AccountController accounts;
    ProfileController profile;
    RequestController requests;
    RequestListModel myRequests;
    CatalogueModel catalogueModel;
    RequestHistory requestHistory;
    Diagnostics diagnostics;
    LoginMemory loginMemory;
    EidConsentMemory eidConsent; // home only
    FormInput formInput;
};
