// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The services QML sees, as foreign singletons whose instances main() builds and wires
// (no context properties, no hidden globals). Each wrapper hands out the one instance main()
// set, with C++ ownership so the QML engine never deletes it.

#include "a11y/spokenguide.h"
#include "card/cardservice.h"
#include "config/appinfo.h"
#include "help/helpcatalog.h"
#include "i18n/languagecontroller.h"
#include "session/admingate.h"
#include "session/idlewatcher.h"
#include "session/sessioncontroller.h"
#include "theme/theme.h"

#include <QJSEngine>
#include <QQmlEngine>

#define EGUICHET_QML_SINGLETON(Type)                                                               \
    struct Type##Singleton                                                                         \
    {                                                                                              \
        Q_GADGET                                                                                   \
        QML_FOREIGN(Type)                                                                          \
        QML_NAMED_ELEMENT(Type)                                                                    \
        QML_SINGLETON                                                                              \
    public:                                                                                        \
        inline static Type* instance = nullptr;                                                    \
        static Type* create(QQmlEngine*, QJSEngine*)                                               \
        {                                                                                          \
            Q_ASSERT_X(instance, #Type, "instance must be set in main() before QML loads");        \
            QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);                      \
            return instance;                                                                       \
        }                                                                                          \
    };

EGUICHET_QML_SINGLETON(AppInfo)
EGUICHET_QML_SINGLETON(LanguageController)
EGUICHET_QML_SINGLETON(Theme)
EGUICHET_QML_SINGLETON(IdleWatcher)
EGUICHET_QML_SINGLETON(SessionController)
EGUICHET_QML_SINGLETON(HelpCatalog)
EGUICHET_QML_SINGLETON(SpokenGuide)
EGUICHET_QML_SINGLETON(CardService)
EGUICHET_QML_SINGLETON(AdminGate)
