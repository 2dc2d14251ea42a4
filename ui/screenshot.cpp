// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

// --screenshot: wait until the first page is settled and a frame has been rendered, then
// grab, save and quit. Works on the offscreen platform (software renderer).
void saveFirstFrame(QQuickWindow* window, const QString& path)
{
    auto tryGrab = [window, path]() {
        if (!window->property("settled").toBool())
            return false;
        const QImage image = window->grabWindow();
        const bool saved = !image.isNull() && image.save(path, "PNG");
        if (!saved)
            std::fprintf(
                stderr, "eguichet: could not save the screenshot to %s\n", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
        return true;
    };
    auto* connection = new QMetaObject::Connection;
    *connection
        = QObject::connect(window, &QQuickWindow::frameSwapped, window, [tryGrab, connection]() {
              // Grab outside the render pass that just finished.
              QTimer::singleShot(0, [tryGrab, connection]() {
                  if (*connection && tryGrab()) {
                      QObject::disconnect(*connection);
                      delete connection;
                  }
              });
          });
    window->update();
}
