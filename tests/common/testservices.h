// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The services main() builds, with stand-in seams and shortened kiosk timings, for tests that
// load the real QML module. Construct after the Q(Gui)Application exists; it sets the
// singleton instances that QML reaches.

#include "a11y/speaker.h"
#include "beid/authsigner.h"
#include "card/cardbackend.h"
#include "composition/appservices.h"
#include "qmlsingletons.h"

#include <QPrinter>
#include <QTemporaryDir>

#include <atomic>

/**
 * The app as tests build it: the same AppServices main() builds (so every window and e2e
 * test runs the production wiring, mode rules included), with stand-in seams: a scripted
 * card, a silent speaker, a recording browser and document opener, prints into PDF files,
 * the local store in a temporary folder. The members tests use are references into it.
 */
struct TestServices
{
    /**
     * idleMs, warningMs: the kiosk and counter time-out, short by default for the session
     * tests. backend: the card backend (the real PC/SC one in the card e2e); scripted when
     * null. paymentApi: the city's payment calls when a test plays the city.
     */
    explicit TestServices(AppConfig config = {}, int idleMs = 2500, int warningMs = 1500,
        std::unique_ptr<CardBackend> backend = nullptr, PaymentApi* paymentApi = nullptr)
        : app(withTestCity(config), seams(std::move(backend), idleMs, warningMs, paymentApi))
    {
        Q_ASSERT_X(app.ok(), "TestServices", qPrintable(app.error()));
        exposeToQml(app);
        app.start();
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

    QTemporaryDir dataDir; // the local store's folder, gone with the test
    int printed = 0;
    QList<QUrl> openedDocuments;
    RecordingUrlOpener* browser = nullptr; // owned by app.payments
    ScriptedCardBackend* scriptedCard = nullptr; // owned by app.card; null with a given backend
    /** The card's answer to an eID login, as a test scripts it (no card by default). */
    CardLoginSigner::SignFunction signScript = [](const std::string&, const eid::Bytes&,
                                                   const auto&, const auto&) {
        return eid::Result<eid::AuthenticationSignature>(eid::Error { eid::ErrorCode::NoCard, {} });
    };

    AppServices app;
    AppInfo& info = app.info;
    Theme& theme = app.theme;
    LanguageController& language = app.language;
    SessionController& session = app.session;
    IdleWatcher& idle = app.idle;
    HelpCatalog& help = app.help;
    SpokenGuide& speech = app.speech;
    CardService& card = app.card;
    AdminGate& adminGate = app.adminGate;
    CoreServices& core = app.core; // API client (config.apiUrl: none by default), store, …
    /** Prints go to dataDir/printed-<n>.pdf, saves to dataDir/downloads, opens are recorded. */
    DocumentActions& documents = app.documents;
    PaymentServices& payments = app.payments;
    CardLoginSigner& cardLogin = app.cardLogin;

private:
    AppSeams seams(
        std::unique_ptr<CardBackend> backend, int idleMs, int warningMs, PaymentApi* paymentApi)
    {
        AppSeams s;
        if (backend) {
            s.cardBackend = std::move(backend);
        } else {
            auto scripted = std::make_unique<ScriptedCardBackend>();
            scriptedCard = scripted.get();
            s.cardBackend = std::move(scripted);
        }
        s.speaker = std::make_unique<SilentSpeaker>();
        auto opener = std::make_unique<RecordingUrlOpener>();
        browser = opener.get();
        s.browser = std::move(opener);
        s.paymentApi = paymentApi;
        s.cardSigner = [this](const std::string& reader, const eid::Bytes& data, const auto& pin,
                           const auto& pad) { return signScript(reader, data, pin, pad); };
        // Documents: never a real printer or the user's Downloads in a test.
        s.printerFactory = [this] {
            auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(
                dataDir.filePath(QStringLiteral("printed-%1.pdf").arg(++printed)));
            return printer;
        };
        s.saveFolder = [this] { return dataDir.filePath(QStringLiteral("downloads")); };
        s.documentOpener = [this](const QUrl& url) {
            openedDocuments << url;
            return true;
        };
        s.dataDir = dataDir.path();
        s.settingsFile = dataDir.filePath(QStringLiteral("settings.ini"));
        s.instanceName = dataDir.filePath(QStringLiteral("instance.socket"));
        s.idleMs = idleMs;
        s.idleWarningMs = warningMs;
        return s;
    }
};
