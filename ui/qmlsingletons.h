// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The services QML sees, as foreign singletons whose instances AppServices builds and wires
// (no context properties, no hidden globals). Each wrapper hands out the one instance
// exposeToQml() set, with C++ ownership so the QML engine never deletes it.

#include "a11y/spokenguide.h"
#include "card/cardservice.h"
#include "composition/appservices.h"
#include "config/appinfo.h"
#include "config/citysetup.h"
#include "documents/documentactions.h"
#include "eidlogin/cardloginsigner.h"
#include "forms/formmodel.h"
#include "help/helpcatalog.h"
#include "i18n/languagecontroller.h"
#include "payments/paymentflow.h"
#include "payments/paymentservices.h"
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
            Q_ASSERT_X(instance, #Type, "exposeToQml() must run before QML loads");                \
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
EGUICHET_QML_SINGLETON(CardLoginSigner)
EGUICHET_QML_SINGLETON(AdminGate)
EGUICHET_QML_SINGLETON(AccountController)
EGUICHET_QML_SINGLETON(ProfileController)
EGUICHET_QML_SINGLETON(RequestController)
EGUICHET_QML_SINGLETON(RequestListModel)
EGUICHET_QML_SINGLETON(CatalogueModel)
EGUICHET_QML_SINGLETON(RequestHistory)
EGUICHET_QML_SINGLETON(Diagnostics)
EGUICHET_QML_SINGLETON(LoginMemory)
EGUICHET_QML_SINGLETON(FormInput)
EGUICHET_QML_SINGLETON(DocumentActions)
EGUICHET_QML_SINGLETON(PaymentController)

/** PaymentFlow's enums for QML (`PaymentController.state === PaymentFlow.Paid`). */
struct PaymentFlowForeign
{
    Q_GADGET
    QML_FOREIGN(PaymentFlow)
    QML_NAMED_ELEMENT(PaymentFlow)
    QML_UNCREATABLE("enums only")
};

/** Types QML reaches through a singleton's property (`RequestController.form`,
 * `AppInfo.citySetup`): known to QML by their properties, never created there. */
struct FormModelForeign
{
    Q_GADGET
    QML_FOREIGN(FormModel)
    QML_ANONYMOUS
};
struct CitySetupForeign
{
    Q_GADGET
    QML_FOREIGN(CitySetup)
    QML_ANONYMOUS
};

/** Every service QML may use, from the one place that builds them (AppServices). */
inline void exposeToQml(AppServices& services)
{
    AppInfoSingleton::instance = &services.info;
    LanguageControllerSingleton::instance = &services.language;
    ThemeSingleton::instance = &services.theme;
    IdleWatcherSingleton::instance = &services.idle;
    SessionControllerSingleton::instance = &services.session;
    HelpCatalogSingleton::instance = &services.help;
    SpokenGuideSingleton::instance = &services.speech;
    CardServiceSingleton::instance = &services.card;
    CardLoginSignerSingleton::instance = &services.cardLogin;
    AdminGateSingleton::instance = &services.adminGate;
    CoreServices& core = services.core;
    AccountControllerSingleton::instance = &core.accounts;
    ProfileControllerSingleton::instance = &core.profile;
    RequestControllerSingleton::instance = &core.requests;
    RequestListModelSingleton::instance = &core.myRequests;
    CatalogueModelSingleton::instance = &core.catalogueModel;
    RequestHistorySingleton::instance = &core.requestHistory;
    DiagnosticsSingleton::instance = &core.diagnostics;
    LoginMemorySingleton::instance = &core.loginMemory;
    FormInputSingleton::instance = &core.formInput;
    DocumentActionsSingleton::instance = &services.documents;
    PaymentControllerSingleton::instance = &services.payments.controller;
}
