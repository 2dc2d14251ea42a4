// SPDX-License-Identifier: GPL-3.0-or-later
// /v1/requests: submission (validated again here), list, detail, documents, actions.
#pragma once

class Router;
struct CityContext;

void addRequestRoutes(Router& router, CityContext& city);
