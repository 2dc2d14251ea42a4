// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>
#include <QUrl>

#include <memory>

class QPdfDocument;

/**
 * One page of a PDF file for the in-app viewer (DocumentViewerPage), drawn with QtPdf. Its
 * implicit size is the page at `renderScale` pixels per point; the page is rendered on the GUI
 * thread when the page or the scale changes. Qt 6.4's QtQuick.Pdf renders in a loader thread
 * that can outlive its document (a crash when the page is left during a render); here the
 * document and its image go with the item.
 */
class PdfPageItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(PdfPage)
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY documentChanged)
    Q_PROPERTY(Status status READ status NOTIFY documentChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY documentChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    /** Pixels per point (1 = 72 dpi). */
    Q_PROPERTY(qreal renderScale READ renderScale WRITE setRenderScale NOTIFY renderScaleChanged)
    /** The current page's size in points. */
    Q_PROPERTY(QSizeF pagePoints READ pagePoints NOTIFY pageChanged)
    /** The current page's text, for screen readers (the page itself is an image). */
    Q_PROPERTY(QString pageText READ pageText NOTIFY pageChanged)

public:
    enum Status { Null, Ready, Error };
    Q_ENUM(Status)

    explicit PdfPageItem(QQuickItem* parent = nullptr);
    ~PdfPageItem() override;

    QUrl source() const { return m_source; }
    void setSource(const QUrl& source);
    Status status() const { return m_status; }
    int pageCount() const;
    int page() const { return m_page; }
    void setPage(int page);
    qreal renderScale() const { return m_scale; }
    void setRenderScale(qreal scale);
    QSizeF pagePoints() const;
    QString pageText() const;

    void paint(QPainter* painter) override;

signals:
    void documentChanged();
    void pageChanged();
    void renderScaleChanged();

protected:
    void updatePolish() override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;

private:
    void resize();

    QUrl m_source;
    std::unique_ptr<QPdfDocument> m_document;
    Status m_status = Null;
    int m_page = 0;
    qreal m_scale = 1;
    QImage m_image; // the current page at the current scale
};
