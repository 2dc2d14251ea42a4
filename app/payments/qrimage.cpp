// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrimage.h"

#include <qrencode.h>

#include <memory>

namespace {

constexpr int kQuietZone = 4;

QRecLevel levelOf(QrImage::Correction c)
{
    switch (c) {
    case QrImage::Correction::L:
        return QR_ECLEVEL_L;
    case QrImage::Correction::M:
        return QR_ECLEVEL_M;
    case QrImage::Correction::Q:
        return QR_ECLEVEL_Q;
    case QrImage::Correction::H:
        break;
    }
    return QR_ECLEVEL_H;
}

} // namespace

namespace QrImage {

QrMatrix encode(const QByteArray& data, Correction correction)
{
    if (data.isEmpty())
        return {};
    // Version 0: the smallest that fits. Binary mode keeps UTF-8 bytes as they are.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()),
            reinterpret_cast<const unsigned char*>(data.constData()), 0, levelOf(correction)),
        &QRcode_free);
    if (!code)
        return {};
    QrMatrix m;
    m.version = code->version;
    m.width = code->width;
    m.dark.resize(m.width * m.width);
    for (int i = 0; i < m.width * m.width; ++i)
        m.dark[i] = (code->data[i] & 1) != 0; // bit 0: dark module; the others are metadata
    return m;
}

QImage render(const QByteArray& data, int moduleSize, Correction correction)
{
    const QrMatrix m = encode(data, correction);
    if (m.isNull() || moduleSize < 1)
        return {};
    const int side = (m.width + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < m.width; ++y) {
        for (int x = 0; x < m.width; ++x) {
            if (!m.at(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar* line = image.scanLine((y + kQuietZone) * moduleSize + dy);
                std::fill_n(line + (x + kQuietZone) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

} // namespace QrImage
