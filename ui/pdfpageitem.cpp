// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpageitem.h"

#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QQuickWindow>

#include <algorithm>

namespace {

// A page rendered larger than this (pixels a side) would take seconds and hundreds of MB.
constexpr int kMaxSide = 6000;

} // namespace

PdfPageItem::PdfPageItem(QQuickItem* parent)
    : QQuickPaintedItem(parent)
{
    setFillColor(Qt::white);
}

PdfPageItem::~PdfPageItem() = default;

void PdfPageItem::setSource(const QUrl& source)
{
    if (source == m_source)
        return;
    m_source = source;
    m_document.reset();
    m_status = Null;
    m_page = 0;
    if (!source.isEmpty()) {
        auto document = std::make_unique<QPdfDocument>();
        const bool loaded = document->load(source.toLocalFile()) == QPdfDocument::Error::None
            && document->pageCount() > 0;
        m_status = loaded ? Ready : Error;
        if (loaded)
            m_document = std::move(document);
    }
    emit documentChanged();
    emit pageChanged();
    resize();
}

int PdfPageItem::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

void PdfPageItem::setPage(int page)
{
    page = std::clamp(page, 0, std::max(0, pageCount() - 1));
    if (page == m_page)
        return;
    m_page = page;
    emit pageChanged();
    resize();
}

void PdfPageItem::setRenderScale(qreal scale)
{
    scale = std::max<qreal>(scale, 0.01);
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    emit renderScaleChanged();
    resize();
}

QSizeF PdfPageItem::pagePoints() const
{
    return m_document ? m_document->pagePointSize(m_page) : QSizeF();
}

QString PdfPageItem::pageText() const
{
    return m_document ? m_document->getAllText(m_page).text() : QString();
}

void PdfPageItem::resize()
{
    const QSizeF size = pagePoints() * m_scale;
    setImplicitSize(size.width(), size.height());
    m_image = {};
    polish();
}

void PdfPageItem::updatePolish()
{
    if (!m_document || width() <= 0 || height() <= 0)
        return;
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    QSize pixels = (QSizeF(width(), height()) * dpr).toSize();
    if (pixels.width() > kMaxSide || pixels.height() > kMaxSide)
        pixels.scale(kMaxSide, kMaxSide, Qt::KeepAspectRatio);
    if (m_image.size() == pixels)
        return;
    m_image = m_document->render(m_page, pixels);
    update();
}

void PdfPageItem::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        polish();
}

void PdfPageItem::paint(QPainter* painter)
{
    if (!m_image.isNull())
        painter->drawImage(QRectF(0, 0, width(), height()), m_image);
}
