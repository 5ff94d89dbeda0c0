// SPDX-License-Identifier: MIT
#include "ui/canvas/overlayitem.h"

#include <QPainter>

namespace provena {

OverlayItem::OverlayItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void OverlayItem::setOverlay(const QImage &overlay, const QSizeF &imageSize)
{
    prepareGeometryChange();
    mImage = overlay;
    // Converted once here rather than on every paint.
    mPixmap = overlay.isNull() ? QPixmap() : QPixmap::fromImage(overlay);
    mSize = imageSize;
    update();
}

QRectF OverlayItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), mSize);
}

void OverlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mPixmap.isNull())
        return;
    // Smooth when the view is a reduced decode shown over a larger photo; nearest pixel at
    // 1:1 keeps single-pixel traces (noise, ELA blocks) crisp.
    painter->setRenderHint(QPainter::SmoothPixmapTransform, mPixmap.size() != mSize.toSize());
    painter->drawPixmap(boundingRect(), mPixmap, QRectF(mPixmap.rect()));
}

} // namespace provena
