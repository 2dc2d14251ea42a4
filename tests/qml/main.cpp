// SPDX-License-Identifier: GPL-3.0-or-later
// Runner for the tst_*.qml files: builds the services main() builds, with defaults.
#include "config/appinfo.h"
#include "i18n/languagecontroller.h"
#include "qmlsingletons.h"
#include "session/idlewatcher.h"
#include "session/kioskpolicy.h"
#include "session/sessioncontroller.h"
#include "theme/theme.h"

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        m_info = std::make_unique<AppInfo>(AppConfig {});
        m_theme = std::make_unique<Theme>(false);
        m_language = std::make_unique<LanguageController>();
        m_language->setLanguage(QStringLiteral("fr"));
        m_help = std::make_unique<HelpCatalog>(m_language.get());
        HelpCatalogSingleton::instance = m_help.get();
        // Kiosk timings shortened so the idle tests take seconds, not minutes.
        m_session = std::make_unique<SessionController>();
        m_idle = std::make_unique<IdleWatcher>(2500, 1500);
        wireIdleTimeout(m_session.get(), m_idle.get());
        SessionControllerSingleton::instance = m_session.get();
        IdleWatcherSingleton::instance = m_idle.get();
        AppInfoSingleton::instance = m_info.get();
        ThemeSingleton::instance = m_theme.get();
        LanguageControllerSingleton::instance = m_language.get();
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        connect(m_language.get(), &LanguageController::languageChanged, engine,
            &QQmlEngine::retranslate);
    }

private:
    std::unique_ptr<AppInfo> m_info;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<IdleWatcher> m_idle;
    std::unique_ptr<HelpCatalog> m_help;
};

QUICK_TEST_MAIN_WITH_SETUP(eguichet_qml, Setup)
#include "main.moc"
