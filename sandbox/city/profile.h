// SPDX-License-Identifier: GPL-3.0-or-later
// GET and PATCH /v1/me: the citizen's profile, eID-sourced fields locked.
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

class Router;
struct CityContext;

void addProfileRoutes(Router& router, CityContext& city);

/** {uuid, email, email_verified, auth_level, fields:{name:{value,source,editable}}} */
QJsonObject profileJson(QSqlDatabase db, qint64 accountId, const QString& authLevel);
