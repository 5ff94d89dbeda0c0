// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QImage>
#include <QPixmap>

namespace provena {

/**
 * An image laid over the photo (a forensic view) with its own opacity, in image pixel space:
 * it always covers the rectangle (0, 0, imageSize), so a view computed on a reduced decode is
 * stretched to the full photo. Above the photo, below the regions; it takes no mouse events,
 * so the tools work through it.
 */
class OverlayItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 7 };

    explicit OverlayItem(QGraphicsItem *parent = nullptr);

    /** Shows 'overlay' stretched over (0, 0, imageSize). GUI thread only. */
    void setOverlay(const QImage &overlay, const QSizeF &imageSize);
    QImage overlay() const { return mImage; }
    QSizeF coveredSize() const { return mSize; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QImage mImage;
    QPixmap mPixmap;
    QSizeF mSize;
};

} // namespace provena
