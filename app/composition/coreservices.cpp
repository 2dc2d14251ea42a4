// SPDX-License-Identifier: GPL-3.0-or-later
#include "coreservices.h"

#include "card/cardservice.h"
#include "i18n/languagecontroller.h"
#include "requests/cardprefillrule.h"
#include "session/sessioncontroller.h"

#include <QObject>

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

void CoreServices::wire(LanguageController* language, SessionController* session, CardService* card)
{
    if (!opened)
        return;
    store.outbox()->setTransport(&transport);
    requestHistory.setDocumentFolder([this] { return store.sessionTempDir(); });
    store.outbox()->flush(); // whatever a crash left pending

    api.setLanguage(language->language());
    QObject::connect(language, &LanguageController::languageChanged, &requests, [this, language] {
        api.setLanguage(language->language());
        requests.reloadForLanguage();
        catalogueModel.load();
    });
    QObject::connect(
        language, &LanguageController::languageChanged, &accounts, &AccountController::retranslate);
    QObject::connect(
        language, &LanguageController::languageChanged, &profile, &ProfileController::retranslate);
    QObject::connect(
        language, &LanguageController::languageChanged, requests.form(), &FormModel::retranslate);

    // A login feeds the forms: whose drafts and submissions, and the profile's values.
    QObject::connect(&accounts, &AccountController::loginSucceeded, &requests, [this, session] {
        requests.setUser(accounts.userId());
        profile.load();
        // At the kiosk and the counter, a login is a session the idle time-out ends.
        if (mode != AppMode::Home && !session->active())
            session->begin();
    });
    QObject::connect(&profile, &ProfileController::profileChanged, &requests,
        [this] { requests.setProfile(profile.prefillValues()); });
    QObject::connect(&accounts, &AccountController::sessionChanged, &requests, [this] {
        if (!accounts.loggedIn())
            forgetPersonal();
    });
    // A verified card pre-fills and locks the eID fields, but only in its holder's eID
    // session; pulling the card or a session change takes them back.
    const auto cardPrefill = [this, card] {
        requests.setIdentity(cardPrefillFor(card->identity(), accounts.eidHolder()));
    };
    QObject::connect(card, &CardService::identityVerified, &requests, cardPrefill);
    QObject::connect(card, &CardService::cardRemoved, &requests, cardPrefill);
    QObject::connect(&accounts, &AccountController::sessionChanged, &requests, cardPrefill);

    session->addWiper([this] {
        accounts.forgetSession();
        forgetPersonal();
        store.purgeSession();
    });
}

void CoreServices::forgetPersonal()
{
    profile.clear();
    requests.clear();
    requests.setUser({});
    myRequests.clear();
    requestHistory.clear();
}
