// SPDX-License-Identifier: MIT
#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace provena {

/**
 * The outline of a region in the image's own pixel coordinates: origin at the top-left of the
 * image as displayed, i.e. AFTER its EXIF orientation has been applied, x to the right, y down.
 *
 * Rectangles and ellipses keep two points (top-left, bottom-right of the bounding box); polygons
 * at least three vertices; polylines at least two; points exactly one.
 */
class RegionGeometry
{
public:
    enum class Shape { Rectangle, Ellipse, Polygon, Polyline, Point };

    RegionGeometry() = default;
    static RegionGeometry rectangle(const QRectF &rect);
    static RegionGeometry ellipse(const QRectF &rect);
    static RegionGeometry polygon(const QPolygonF &vertices);
    static RegionGeometry polyline(const QPolygonF &vertices);
    static RegionGeometry point(const QPointF &point);

    Shape shape() const { return mShape; }
    const QPolygonF &points() const { return mPoints; }
    /** The bounding box; for rectangles and ellipses the shape itself. */
    QRectF boundingRect() const;

    /** Whether the geometry has the right number of points and finite, non-negative extent. */
    bool isValid() const;

    RegionGeometry translated(const QPointF &offset) const;
    /** Moves vertex `index` to `position` (for rectangle/ellipse: corner 0 or 1). */
    RegionGeometry withVertex(int index, const QPointF &position) const;
    RegionGeometry withVertexInserted(int index, const QPointF &position) const;
    /** Removes vertex `index` unless that would leave too few; returns *this unchanged then. */
    RegionGeometry withVertexRemoved(int index) const;
    /** Keeps every point inside [0,w]x[0,h], moving rather than distorting where possible. */
    RegionGeometry clampedTo(const QSizeF &imageSize) const;
    /** Whole translation that keeps the shape inside the image, applied to `offset`. */
    QPointF clampTranslation(const QPointF &offset, const QSizeF &imageSize) const;

    static QString shapeName(Shape shape);
    static bool shapeFromName(const QString &name, Shape *shape);
    static int minimumPoints(Shape shape);

    friend bool operator==(const RegionGeometry &a, const RegionGeometry &b)
    {
        return a.mShape == b.mShape && a.mPoints == b.mPoints;
    }

private:
    RegionGeometry(Shape shape, QPolygonF points)
        : mShape(shape)
        , mPoints(std::move(points))
    {
    }

    Shape mShape = Shape::Rectangle;
    QPolygonF mPoints;
};

} // namespace provena
