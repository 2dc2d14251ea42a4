// SPDX-License-Identifier: GPL-3.0-or-later
// /v1/auth/password and /v1/auth/logout (eID login: eidauth.h).
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

class Router;
struct CityContext;

void addAuthRoutes(Router& router, CityContext& city);

/** The body of a successful login, shared by password and eID logins. */
QJsonObject loginAnswer(CityContext& city, qint64 accountId, const QString& authLevel);
