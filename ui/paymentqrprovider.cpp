// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentqrprovider.h"

#include "payments/paymentcontroller.h"
#include "payments/qrimage.h"

#include <QMutexLocker>

#include <algorithm>

PaymentQrProvider::PaymentQrProvider(PaymentController* controller)
    : QQuickImageProvider(QQuickImageProvider::Image)
{
    m_text = controller->qrText();
    QObject::connect(controller, &PaymentController::changed, this, [this, controller] {
        const QString text = controller->qrText();
        QMutexLocker lock(&m_mutex);
        m_text = text;
    });
}

int PaymentQrProvider::moduleSizeFor(int modulesWithQuietZone, int side)
{
    if (side <= 0 || modulesWithQuietZone <= 0)
        return 8;
    // Never below 2 pixels a module: a phone must still read it on a large screen.
    return std::max(2, side / modulesWithQuietZone);
}

QImage PaymentQrProvider::requestImage(const QString&, QSize* size, const QSize& requestedSize)
{
    QString text;
    {
        QMutexLocker lock(&m_mutex);
        text = m_text;
    }
    QImage image;
    if (!text.isEmpty()) {
        const QrMatrix matrix = QrImage::encode(text.toUtf8());
        int side = 0;
        if (requestedSize.width() > 0 && requestedSize.height() > 0)
            side = std::min(requestedSize.width(), requestedSize.height());
        else
            side = std::max(requestedSize.width(), requestedSize.height());
        constexpr int quietZone = 4; // modules on each side (ISO/IEC 18004)
        if (!matrix.isNull())
            image
                = QrImage::render(text.toUtf8(), moduleSizeFor(matrix.width + 2 * quietZone, side));
    }
    if (size)
        *size = image.size();
    return image;
}
