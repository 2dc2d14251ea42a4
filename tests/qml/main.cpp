// SPDX-License-Identifier: GPL-3.0-or-later
// Runner for the tst_*.qml files: builds the services main() builds, with defaults.
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
    void applicationAvailable() { m_services = std::make_unique<TestServices>(); }

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
