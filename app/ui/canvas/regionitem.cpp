// SPDX-License-Identifier: MIT
#include "ui/canvas/regionitem.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace provena {

namespace {
constexpr double kPointRadiusPx = 5;
constexpr double kHitTolerancePx = 4;
} // namespace

RegionItem::RegionItem(const QUuid &id, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , mId(id)
    , mLabel(new RegionLabelItem(this))
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
}

void RegionItem::syncFromModel(const Region &region, const QColor &colour, const QString &labelName)
{
    prepareGeometryChange();
    mGeometry = region.geometry;
    mColour = colour;
    const QRectF box = mGeometry.boundingRect();
    mLabel->setPos(box.topLeft());
    mLabel->setText(labelName, colour);
    update();
}

void RegionItem::setViewScale(double scale)
{
    if (qFuzzyCompare(scale, mViewScale))
        return;
    prepareGeometryChange();
    mViewScale = scale;
}

void RegionItem::setHighlighted(bool highlighted)
{
    if (mHighlighted == highlighted)
        return;
    mHighlighted = highlighted;
    update();
}

double RegionItem::pointRadius() const
{
    return kPointRadiusPx / qMax(mViewScale, 1e-6);
}

QPainterPath RegionItem::outlinePath() const
{
    QPainterPath path;
    const QPolygonF &pts = mGeometry.points();
    switch (mGeometry.shape()) {
    case RegionGeometry::Shape::Rectangle:
        path.addRect(mGeometry.boundingRect());
        break;
    case RegionGeometry::Shape::Ellipse:
        path.addEllipse(mGeometry.boundingRect());
        break;
    case RegionGeometry::Shape::Polygon:
        path.addPolygon(pts);
        path.closeSubpath();
        break;
    case RegionGeometry::Shape::Polyline:
        path.addPolygon(pts);
        break;
    case RegionGeometry::Shape::Point:
        if (!pts.isEmpty())
            path.addEllipse(pts.first(), pointRadius(), pointRadius());
        break;
    }
    return path;
}

QRectF RegionItem::boundingRect() const
{
    const double pad = (kHitTolerancePx + 2) / qMax(mViewScale, 1e-6);
    QRectF box = mGeometry.boundingRect();
    if (mGeometry.shape() == RegionGeometry::Shape::Point && !mGeometry.points().isEmpty()) {
        const QPointF p = mGeometry.points().first();
        box = QRectF(p, p);
        return box.adjusted(-pointRadius() - pad, -pointRadius() - pad, pointRadius() + pad,
                            pointRadius() + pad);
    }
    return box.adjusted(-pad, -pad, pad, pad);
}

QPainterPath RegionItem::shape() const
{
    QPainterPath path = outlinePath();
    QPainterPathStroker stroker;
    stroker.setWidth(2 * kHitTolerancePx / qMax(mViewScale, 1e-6));
    if (mGeometry.shape() == RegionGeometry::Shape::Polyline)
        return stroker.createStroke(path);
    return path.united(stroker.createStroke(path));
}

void RegionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const bool selected = isSelected();
    const QPainterPath path = outlinePath();
    QColor fill = mColour;
    fill.setAlpha(mHighlighted ? 110 : (selected ? 70 : 35));
    if (mGeometry.shape() != RegionGeometry::Shape::Polyline)
        painter->fillPath(path, fill);

    // Dark halo under the coloured line keeps it visible on any photo.
    QPen halo(QColor(0, 0, 0, 140), selected || mHighlighted ? 5 : 4);
    halo.setCosmetic(true);
    halo.setJoinStyle(Qt::MiterJoin);
    painter->strokePath(path, halo);
    QPen pen(mColour, selected || mHighlighted ? 3 : 2);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->strokePath(path, pen);
    if (selected) {
        QPen dash(Qt::white, 1, Qt::DashLine);
        dash.setCosmetic(true);
        painter->strokePath(path, dash);
    }
}

QVariant RegionItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

RegionLabelItem::RegionLabelItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton);
}

void RegionLabelItem::setText(const QString &text, const QColor &colour)
{
    prepareGeometryChange();
    mText = text;
    mColour = colour;
    if (mText.isEmpty()) {
        mRect = {};
        return;
    }
    const QFontMetricsF fm(QGuiApplication::font());
    const double w = fm.horizontalAdvance(mText) + 8;
    const double h = fm.height() + 2;
    // Above the shape's top-left corner, like a tab.
    mRect = QRectF(0, -h, w, h);
}

QRectF RegionLabelItem::boundingRect() const
{
    return mRect;
}

void RegionLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mText.isEmpty())
        return;
    painter->fillRect(mRect, mColour);
    // Black or white text, whichever reads better on the label colour.
    const bool light = qGray(mColour.rgb()) > 140;
    painter->setPen(light ? Qt::black : Qt::white);
    painter->setFont(QGuiApplication::font());
    painter->drawText(mRect.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, mText);
}

} // namespace provena
