// SPDX-License-Identifier: GPL-3.0-or-later
// The payment provider simulator (/provider/…): a hosted checkout page with Bancontact/
// Maestro, Visa and Mastercard, a 3-D Secure step, and a late notification to the city.
#pragma once

#include <QString>

class Router;
struct CityContext;

void addProviderRoutes(Router& router, CityContext& city);

/** Luhn check of a card number (spaces ignored). */
bool luhnValid(const QString& number);
