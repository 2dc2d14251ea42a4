// SPDX-License-Identifier: GPL-3.0-or-later
// Test hooks under /dev/: mailbox, workflow steps, payment outcomes, kiosk list. Added only
// with --dev (cityserver.cpp); even then the router refuses them from non-loopback callers.
#pragma once

class Router;
struct CityContext;

void addDevRoutes(Router& router, CityContext& city);
