// SPDX-License-Identifier: GPL-3.0-or-later
#include "photo.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>

QByteArray Photo::jpeg(int width, int height, const QString& seed)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    const int tone = 120 + static_cast<quint8>(hash.at(0)) % 80;
    const double headRx = width * (0.22 + (static_cast<quint8>(hash.at(1)) % 8) / 100.0);
    const double headRy = height * 0.2;
    QImage image(width, height, QImage::Format_Grayscale8);
    // Drawn pixel by pixel: QPainter would need a GUI application for nothing.
    for (int y = 0; y < height; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const double hx = (x - width / 2.0) / headRx;
            const double hy = (y - height * 0.38) / headRy;
            const double sx = (x - width / 2.0) / (width * 0.45);
            const double sy = (y - height * 1.05) / (height * 0.4);
            int value = 230 - y / 8; // light background
            if (sx * sx + sy * sy < 1.0)
                value = tone - 60; // shoulders
            if (hx * hx + hy * hy < 1.0)
                value = tone + static_cast<int>(20 * hx); // face, lit from one side
            line[x] = static_cast<uchar>(qBound(0, value, 255));
        }
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 75);
    return out;
}
