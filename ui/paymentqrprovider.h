// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QQuickImageProvider>
#include <QString>

class PaymentController;

/**
 * image://payment-qr/<PaymentController.qrImageId>: the current payment's QR code (the QR
 * method's checkout, or a bank transfer's EPC payload), error correction level M with its
 * quiet zone. The image is a whole number of pixels per module, as large as fits in the
 * requested size (Image.sourceSize), so that with `smooth: false` every module stays sharp.
 * The text is copied on the GUI thread: QML may ask for the image from its loader thread.
 */
class PaymentQrProvider : public QQuickImageProvider
{
public:
    static constexpr const char* Id = "payment-qr";

    explicit PaymentQrProvider(PaymentController* controller);

    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

    /** Pixels per module so that the code fits in `side` pixels (8 when no side is asked). */
    static int moduleSizeFor(int modulesWithQuietZone, int side);

private:
    QMutex m_mutex;
    QString m_text;
};
