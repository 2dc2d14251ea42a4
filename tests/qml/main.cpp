// SPDX-License-Identifier: GPL-3.0-or-later
// Runner for the tst_*.qml files: builds the services main() builds, with defaults, in the
// mode EGUICHET_TEST_MODE names (home when unset): the mode's rules are the app's own.
#include "testservices.h"

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        AppConfig config;
        const QString mode = qEnvironmentVariable("EGUICHET_TEST_MODE");
        if (!mode.isEmpty() && !appModeFromName(mode, &config.mode))
            qFatal("EGUICHET_TEST_MODE: no such mode");
        m_services = std::make_unique<TestServices>(config);
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        connect(&m_services->language, &LanguageController::languageChanged, engine,
            &QQmlEngine::retranslate);
    }

private:
    std::unique_ptr<TestServices> m_services;
};

QUICK_TEST_MAIN_WITH_SETUP(eguichet_qml, Setup)
#include "main.moc"
