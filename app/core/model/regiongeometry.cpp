// SPDX-License-Identifier: MIT
#include "core/model/regiongeometry.h"

#include <algorithm>
#include <cmath>

namespace provena {

namespace {
QPolygonF corners(const QRectF &rect)
{
    const QRectF r = rect.normalized();
    return QPolygonF({r.topLeft(), r.bottomRight()});
}
} // namespace

RegionGeometry RegionGeometry::rectangle(const QRectF &rect)
{
    return {Shape::Rectangle, corners(rect)};
}

RegionGeometry RegionGeometry::ellipse(const QRectF &rect)
{
    return {Shape::Ellipse, corners(rect)};
}

RegionGeometry RegionGeometry::polygon(const QPolygonF &vertices)
{
    QPolygonF open = vertices;
    // QPolygonF::isClosed(): a repeated first vertex is not a vertex of its own.
    if (open.size() > 3 && open.isClosed())
        open.removeLast();
    return {Shape::Polygon, open};
}

RegionGeometry RegionGeometry::polyline(const QPolygonF &vertices)
{
    return {Shape::Polyline, vertices};
}

RegionGeometry RegionGeometry::point(const QPointF &point)
{
    return {Shape::Point, QPolygonF({point})};
}

QRectF RegionGeometry::boundingRect() const
{
    if (mPoints.isEmpty())
        return {};
    if (mShape == Shape::Rectangle || mShape == Shape::Ellipse)
        return QRectF(mPoints.at(0), mPoints.at(mPoints.size() - 1)).normalized();
    return mPoints.boundingRect();
}

int RegionGeometry::minimumPoints(Shape shape)
{
    switch (shape) {
    case Shape::Rectangle:
    case Shape::Ellipse:
    case Shape::Polyline:
        return 2;
    case Shape::Polygon:
        return 3;
    case Shape::Point:
        return 1;
    }
    return 1;
}

bool RegionGeometry::isValid() const
{
    for (const QPointF &p : mPoints) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return false;
    }
    switch (mShape) {
    case Shape::Rectangle:
    case Shape::Ellipse:
        return mPoints.size() == 2;
    case Shape::Point:
        return mPoints.size() == 1;
    default:
        return mPoints.size() >= minimumPoints(mShape);
    }
}

RegionGeometry RegionGeometry::translated(const QPointF &offset) const
{
    return {mShape, mPoints.translated(offset)};
}

RegionGeometry RegionGeometry::withVertex(int index, const QPointF &position) const
{
    if (index < 0 || index >= mPoints.size())
        return *this;
    QPolygonF points = mPoints;
    points[index] = position;
    if (mShape == Shape::Rectangle || mShape == Shape::Ellipse)
        return {mShape, corners(QRectF(points.at(0), points.at(1)))};
    return {mShape, points};
}

RegionGeometry RegionGeometry::withVertexInserted(int index, const QPointF &position) const
{
    if (mShape != Shape::Polygon && mShape != Shape::Polyline)
        return *this;
    QPolygonF points = mPoints;
    points.insert(std::clamp<qsizetype>(index, 0, points.size()), position);
    return {mShape, points};
}

RegionGeometry RegionGeometry::withVertexRemoved(int index) const
{
    if (mShape != Shape::Polygon && mShape != Shape::Polyline)
        return *this;
    if (index < 0 || index >= mPoints.size() || mPoints.size() <= minimumPoints(mShape))
        return *this;
    QPolygonF points = mPoints;
    points.removeAt(index);
    return {mShape, points};
}

RegionGeometry RegionGeometry::clampedTo(const QSizeF &imageSize) const
{
    QPolygonF points = mPoints;
    for (QPointF &p : points) {
        p.setX(std::clamp(p.x(), 0.0, imageSize.width()));
        p.setY(std::clamp(p.y(), 0.0, imageSize.height()));
    }
    return {mShape, points};
}

QPointF RegionGeometry::clampTranslation(const QPointF &offset, const QSizeF &imageSize) const
{
    const QRectF box = boundingRect();
    // std::clamp needs lo <= hi; a shape larger than the image is pinned to the origin.
    const auto axis = [](double wanted, double lo, double hi) {
        return lo <= hi ? std::clamp(wanted, lo, hi) : lo;
    };
    return {axis(offset.x(), -box.left(), imageSize.width() - box.right()),
            axis(offset.y(), -box.top(), imageSize.height() - box.bottom())};
}

QString RegionGeometry::shapeName(Shape shape)
{
    switch (shape) {
    case Shape::Rectangle:
        return QStringLiteral("rectangle");
    case Shape::Ellipse:
        return QStringLiteral("ellipse");
    case Shape::Polygon:
        return QStringLiteral("polygon");
    case Shape::Polyline:
        return QStringLiteral("polyline");
    case Shape::Point:
        return QStringLiteral("point");
    }
    return {};
}

bool RegionGeometry::shapeFromName(const QString &name, Shape *shape)
{
    for (Shape s :
         {Shape::Rectangle, Shape::Ellipse, Shape::Polygon, Shape::Polyline, Shape::Point}) {
        if (shapeName(s) == name) {
            *shape = s;
            return true;
        }
    }
    return false;
}

} // namespace provena
