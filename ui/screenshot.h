// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QQuickWindow;

/**
 * `eguichet --screenshot FILE`: once the first page is settled and a frame rendered, saves
 * the window to FILE and quits (0 saved, 1 not). Works on the offscreen platform.
 */
void saveFirstFrame(QQuickWindow* window, const QString& path);
