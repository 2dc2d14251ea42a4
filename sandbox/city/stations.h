// SPDX-License-Identifier: GPL-3.0-or-later
// Station identity (kiosk, counter): the registry of the devices the city issued a client
// certificate to, and which registered station, if any, a request's TLS connection proves.
#pragma once

#include <QString>

struct ApiRequest;
struct CityContext;
struct CityOptions;

/**
 * The device id of the station that presented its client certificate on this request's
 * connection: the certificate chains to the city's CA, is a station certificate, and is the
 * one last issued to a device that is registered and active. Empty otherwise. The device id
 * comes from the certificate only, never from the URL or the body.
 */
QString stationOf(const CityContext& city, const ApiRequest& request);

/** Whether that registered, active station was issued as a counter (--device-kind counter). */
bool isCounterStation(const CityContext& city, const QString& deviceId);

/** Whether the options ask for a station command instead of serving. */
bool isStationCommand(const CityOptions& options);

/**
 * --issue-device ID --out DIR: issues ID's certificate and key into DIR and registers ID as
 * active (a new certificate replaces the previous one, which stops counting);
 * --deactivate-device ID: ID stays known but no longer counts as a station.
 * *message says what was done, or why not.
 */
bool runStationCommand(const CityOptions& options, QString* message);
