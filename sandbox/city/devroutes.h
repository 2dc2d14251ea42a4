// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback-only test hooks under /dev/ (the router refuses them from anywhere else):
// mailbox, workflow steps, payment outcomes, kiosk list.
#pragma once

class Router;
struct CityContext;

void addDevRoutes(Router& router, CityContext& city);
