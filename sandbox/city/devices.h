// SPDX-License-Identifier: GPL-3.0-or-later
// Kiosk fleet: POST /v1/devices/{id}/heartbeat with reader, printer and version health, from
// a registered station's certificate only (stations.h).
#pragma once

#include <QJsonArray>
#include <QSqlDatabase>

class Router;
struct CityContext;

void addDeviceRoutes(Router& router, CityContext& city);
/** Every registered station, active or not, with its last health report (for /dev/devices). */
QJsonArray deviceList(QSqlDatabase db);
