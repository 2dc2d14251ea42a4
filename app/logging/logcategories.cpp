// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcategories.h"

Q_LOGGING_CATEGORY(lcApp, "eguichet.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "eguichet.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "eguichet.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "eguichet.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "eguichet.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "eguichet.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "eguichet.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcForms, "eguichet.forms", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayments, "eguichet.payments", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCard, "eguichet.card", QtInfoMsg)
