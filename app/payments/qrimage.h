// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QVector>

/** A QR code as libqrencode makes it: `width` x `width` modules, true = dark. */
struct QrMatrix
{
    int version = 0;
    int width = 0;
    QVector<bool> dark;

    bool isNull() const { return width == 0; }
    bool at(int x, int y) const { return dark.at(y * width + x); }
};

/** QR codes for payments: 8-bit mode (the payloads are UTF-8), libqrencode. */
namespace QrImage {

enum class Correction { L, M, Q, H };

/** The modules, or a null matrix when the data does not fit in a QR code. */
QrMatrix encode(const QByteArray& data, Correction correction = Correction::M);
/**
 * A black-on-white image, `moduleSize` pixels per module and the 4-module quiet zone the QR
 * standard (ISO/IEC 18004) requires around the code. EPC069-12 asks for level M.
 */
QImage render(const QByteArray& data, int moduleSize = 8, Correction correction = Correction::M);

} // namespace QrImage
