// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class IdleWatcher;
class SessionController;

/**
 * Kiosk rule: the idle countdown runs exactly while a citizen session is open, and running
 * out ends the session (which wipes it). Shared by main() and the tests.
 */
void wireIdleTimeout(SessionController* session, IdleWatcher* idle);
