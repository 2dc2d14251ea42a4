// SPDX-License-Identifier: GPL-3.0-or-later
// The citizen at the counter (issue #14): a clerk files a request on the citizen's behalf,
// the citizen identified by their card read at the desk (the National Register's files, the
// card's certificate; no PIN: the clerk vouches); finds a citizen's requests by card or by a
// request's reference; cancels one with a reason. Every route passes the staff gate (staff.h).
#pragma once

class Router;
struct CityContext;

void addCounterRoutes(Router& router, CityContext& city);
