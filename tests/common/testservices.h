// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

// The services main() builds, with defaults and shortened kiosk timings, for tests that load
// the real QML module. Construct after the Q(Gui)Application exists; it sets the singleton
// instances that QML reaches.

#include "a11y/speaker.h"
#include "a11y/spokenguide.h"
#include "beid/authsigner.h"
#include "card/cardbackend.h"
#include "card/cardservice.h"
#include "composition/coreservices.h"
#include "config/appinfo.h"
#include "documents/documentactions.h"
#include "eidlogin/cardlogin.h"
#include "eidlogin/cardloginsigner.h"
#include "help/helpcatalog.h"
#include "i18n/languagecontroller.h"
#include "qmlsingletons.h"
#include "session/admingate.h"
#include "session/idlewatcher.h"
#include "session/kioskpolicy.h"
#include "session/sessioncontroller.h"
#include "theme/theme.h"

#include <QPrinter>
#include <QTemporaryDir>

struct TestServices
{
    /**
     * idleMs, warningMs: the kiosk time-out, short by default for the session tests.
     * backend: the card backend (the real PC/SC one in the card e2e); scripted when null.
     */
    explicit TestServices(AppConfig config = {}, int idleMs = 2500, int warningMs = 1500,
        std::unique_ptr<CardBackend> backend = nullptr)
        : info(withTestCity(config)) // first member: every later one sees the test city
        , theme(config.mode == AppMode::Kiosk)
        , idle(idleMs, warningMs)
        , help((language.setLanguage(QStringLiteral("fr")), &language))
        , speech(&language, std::make_unique<SilentSpeaker>())
        , card(backend ? std::move(backend) : makeScriptedBackend())
        , adminGate(config.adminPinSha256)
        , core(config, dataDir.path(), dataDir.filePath(QStringLiteral("settings.ini")))
        , documents(config, &core.requests, &language)
    {
        Q_ASSERT_X(core.opened, "TestServices", qPrintable(core.openError));
        core.wire(&language, &session, &card);
        exposeToQml(core);
        payments.wire(core, &language, &session);
        exposeToQml(payments);
        // Documents: never a real printer or the user's Downloads in a test.
        documents.setPrinterFactory([this] {
            auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(
                dataDir.filePath(QStringLiteral("printed-%1.pdf").arg(++printed)));
            return printer;
        });
        documents.setSaveFolder([this] { return dataDir.filePath(QStringLiteral("downloads")); });
        documents.setOpener([this](const QUrl& url) {
            openedDocuments << url;
            return true;
        });
        DocumentActionsSingleton::instance = &documents;
        wireIdleTimeout(&session, &idle);
        AppInfoSingleton::instance = &info;
        ThemeSingleton::instance = &theme;
        LanguageControllerSingleton::instance = &language;
        SessionControllerSingleton::instance = &session;
        IdleWatcherSingleton::instance = &idle;
        HelpCatalogSingleton::instance = &help;
        SpokenGuideSingleton::instance = &speech;
        CardServiceSingleton::instance = &card;
        AdminGateSingleton::instance = &adminGate;
        wireCardLogin(&cardLogin, &card, &core.accounts, &session);
        CardLoginSignerSingleton::instance = &cardLogin;
        card.start();
    }

    /** The product has no city of its own (docs/configuration.md); tests run as Namur. */
    static AppConfig& withTestCity(AppConfig& config)
    {
        if (config.cityName.isEmpty()) {
            config.cityName = QStringLiteral("Namur");
            config.mailSender = QStringLiteral("no-reply@namur.be");
        }
        return config;
    }

    /** Card events and reads as a test scripts them: emit() plays the monitor's part. */
    struct ScriptedCardBackend : CardBackend
    {
        std::function<void(const eid::CardEvent&)> callback;
        std::function<eid::Result<eid::CardReading>()> onRead = [] {
            return eid::Error { eid::ErrorCode::NoCard, {} };
        };
        void startMonitor(std::function<void(const eid::CardEvent&)> cb) override { callback = cb; }
        void stopMonitor() override { }
        std::atomic<int> resets { 0 };
        void resetCards() override { ++resets; }
        eid::Result<eid::CardReading> read(
            const std::string&, const eid::ProgressCallback&) override
        {
            return onRead();
        }
    };

    /** The browser: tests see which pages the app would have opened. */
    struct RecordingUrlOpener : UrlOpener
    {
        QList<QUrl> opened;
        bool open(const QUrl& url) override
        {
            opened << url;
            return true;
        }
    };

    /** Tests check what would be said (SpokenGuide::lastSpoken), not the sound. */
    struct SilentSpeaker : Speaker
    {
        void say(const QString&, const QLocale&) override { }
        void stop() override { }
    };

    AppInfo info;
    Theme theme;
    LanguageController language;
    SessionController session;
    IdleWatcher idle;
    HelpCatalog help;
    SpokenGuide speech;
    ScriptedCardBackend* scriptedCard = nullptr; // owned by card
    CardService card;
    AdminGate adminGate;
    QTemporaryDir dataDir; // the local store's folder, gone with the test
    CoreServices core; // API client (config.apiUrl: none by default), store, controllers
    /** Prints go to dataDir/printed-<n>.pdf, saves to dataDir/downloads, opens are recorded. */
    DocumentActions documents;
    int printed = 0;
    QList<QUrl> openedDocuments;
    RecordingUrlOpener* browser = new RecordingUrlOpener; // owned by payments
    PaymentServices payments { core, std::unique_ptr<UrlOpener>(browser) };
    /** The card's answer to an eID login, as a test scripts it (no card by default). */
    CardLoginSigner::SignFunction signScript = [](const std::string&, const eid::Bytes&,
                                                   const auto&, const auto&) {
        return eid::Result<eid::AuthenticationSignature>(eid::Error { eid::ErrorCode::NoCard, {} });
    };
    CardLoginSigner cardLogin { [this](const std::string& reader, const eid::Bytes& data,
                                    const auto& pin, const auto& pad) {
        return signScript(reader, data, pin, pad);
    } };

private:
    std::unique_ptr<CardBackend> makeScriptedBackend()
    {
        auto backend = std::make_unique<ScriptedCardBackend>();
        scriptedCard = backend.get();
        return backend;
    }
};
