// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * Qt 6.4 gives assistive tools the plain text of a password field (its accessible Value and
 * text interface). This installs an accessibility factory, asked before Qt Quick's for the
 * most derived class, that answers for text inputs not in Normal echo mode with an interface
 * that has the field's accessible name, description, state and place, and no text. A field
 * whose echo mode is set after its interface was made (QML's order) has that interface
 * dropped so that the factory is asked again. Call once, before any QML item exists.
 */
void installPasswordFieldAccessibility();
