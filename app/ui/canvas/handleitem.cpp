// SPDX-License-Identifier: MIT
#include "ui/canvas/handleitem.h"

#include <QPainter>

namespace provena {

HandleItem::HandleItem(const QUuid &regionId, Role role, int vertex, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , mRegionId(regionId)
    , mRole(role)
    , mVertex(vertex)
{
    setFlag(ItemIgnoresTransformations);
    setZValue(1e6);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF HandleItem::boundingRect() const
{
    const double h = kSizePx / 2 + 1;
    return QRectF(-h, -h, 2 * h, 2 * h);
}

void HandleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double h = kSizePx / 2;
    painter->setPen(QPen(Qt::black, 1));
    painter->setBrush(Qt::white);
    if (mRole == Vertex)
        painter->drawEllipse(QRectF(-h, -h, 2 * h, 2 * h));
    else
        painter->drawRect(QRectF(-h, -h, 2 * h, 2 * h));
}

} // namespace provena
