// SPDX-License-Identifier: GPL-3.0-or-later
// /v1/accounts…, /v1/password-policy…, /v1/me/email-change and the e-mailed link pages.
#pragma once

#include "language.h"

#include <QSqlDatabase>
#include <QString>

class Router;
struct CityContext;

void addAccountRoutes(Router& router, CityContext& city);

/** Account lookups shared by the other resource groups. */
qint64 accountIdByEmail(QSqlDatabase db, const QString& email);
QString accountEmail(QSqlDatabase db, qint64 accountId);
Lang accountLanguage(QSqlDatabase db, qint64 accountId);
QString accountField(QSqlDatabase db, qint64 accountId, const QString& name);
void setAccountField(QSqlDatabase db, qint64 accountId, const QString& name, const QString& value,
    const QString& source);
/** Creates an account; returns its id (0 when the e-mail is taken). */
qint64 createAccount(
    QSqlDatabase db, const QString& email, const QString& passwordHash, bool active, Lang lang);
