// SPDX-License-Identifier: GPL-3.0-or-later
#include "coreservices.h"

namespace {

ApiSettings apiSettings(const AppConfig& config)
{
    ApiSettings s;
    s.baseUrl = config.apiUrl;
    s.caFile = config.caFile;
    s.pinSha256 = config.apiPinSha256;
    // Only a station (kiosk, counter) speaks as a device of the city; a home install never does.
    if (config.mode != AppMode::Home) {
        s.clientCertFile = config.clientCertFile;
        s.clientKeyFile = config.clientKeyFile;
    }
    return s;
}

} // namespace

CoreServices::CoreServices(
    const AppConfig& config, const QString& dataDir, const QString& settingsFile)
    : mode(config.mode)
    , cityName(config.cityName)
    , api(apiSettings(config), &network)
    , store(dataDir, config.mode)
    , opened(store.open(&openError))
    , transport(&api)
    , catalogue(&api, store.catalogue())
    , accounts(&api, config.mailSender)
    , profile(&api)
    , requests(&catalogue, store.outbox(), store.drafts())
    , myRequests(&api)
    , catalogueModel(&catalogue)
    , requestHistory(&api)
    , diagnostics(&api, config.apiUrl.toString())
    , loginMemory(config.mode == AppMode::Home, settingsFile)
    , eidConsent(config.mode == AppMode::Home, settingsFile)
{
    accounts.setEidConsentMemory(&eidConsent);
}

void CoreServices::forgetPersonal()
{
    profile.clear();
    requests.clear();
    requests.setUser({});
    myRequests.clear();
    requestHistory.clear();
}
