// SPDX-License-Identifier: GPL-3.0-or-later
// Counter clerks (issue #14): the staff registry (--add-staff, --deactivate-staff), their
// sign-in at a counter station (password or their own eID), their role, and the gate every
// staff operation passes: a registered, active counter station's certificate on the
// connection AND a clerk's session opened at that very station.
#pragma once

#include "apierror.h"

#include <QJsonObject>
#include <QString>

class Router;
struct ApiRequest;
struct CityContext;
struct CityOptions;

void addStaffRoutes(Router& router, CityContext& city);

/** The refusal of a staff operation (status 0: allowed), in this order: no counter station
    (403 device_required, or counter_required for a kiosk), no clerk's session (401
    session_required; 403 staff_required when a citizen's session came instead), a session
    opened at another station (403 device_mismatch). */
ApiError staffGate(const CityContext& city, const ApiRequest& request);

/** The clerk of a staff session: {uuid, display_name, role}; empty when unknown. */
QJsonObject staffMember(const CityContext& city, qint64 staffId);

/** Whether the clerk's role may file or act on requests for this service category:
    population and etat-civil their own category, supervisor every one. */
bool roleCovers(const QString& role, const QString& category);

bool isStaffCommand(const CityOptions& options);
/** --add-staff (password from the first line of stdin, `password`) or --deactivate-staff. */
bool runStaffCommand(const CityOptions& options, const QString& password, QString* message);
