// SPDX-License-Identifier: MIT
#include "core/model/exiforientation.h"

#include <QPolygonF>
#include <QRectF>

namespace provena::ExifOrientation {

bool isValid(int orientation)
{
    return orientation >= 1 && orientation <= 8;
}

bool swapsAxes(int orientation)
{
    return orientation >= 5 && orientation <= 8;
}

QSizeF storedSize(const QSizeF &displayed, int orientation)
{
    return swapsAxes(orientation) ? displayed.transposed() : displayed;
}

QSizeF displayedSize(const QSizeF &stored, int orientation)
{
    return swapsAxes(orientation) ? stored.transposed() : stored;
}

QPointF storedToDisplayed(const QPointF &p, const QSizeF &stored, int orientation)
{
    const double w = stored.width();
    const double h = stored.height();
    // Exif 2.32 Table 6 ("Orientation"): where the stored row 0 and column 0 appear on screen.
    switch (orientation) {
    case 2: // row 0 at the top, column 0 on the right: mirrored horizontally
        return {w - p.x(), p.y()};
    case 3: // turned 180°
        return {w - p.x(), h - p.y()};
    case 4: // row 0 at the bottom, column 0 on the left: mirrored vertically
        return {p.x(), h - p.y()};
    case 5: // row 0 on the left, column 0 at the top: transposed
        return {p.y(), p.x()};
    case 6: // row 0 on the right, column 0 at the top: turn 90° clockwise to display
        return {h - p.y(), p.x()};
    case 7: // row 0 on the right, column 0 at the bottom: transverse
        return {h - p.y(), w - p.x()};
    case 8: // row 0 on the left, column 0 at the bottom: turn 90° anticlockwise to display
        return {p.y(), w - p.x()};
    default:
        return p;
    }
}

QPointF displayedToStored(const QPointF &p, const QSizeF &displayed, int orientation)
{
    const double w = displayed.width();
    const double h = displayed.height();
    switch (orientation) {
    case 2:
        return {w - p.x(), p.y()};
    case 3:
        return {w - p.x(), h - p.y()};
    case 4:
        return {p.x(), h - p.y()};
    case 5:
        return {p.y(), p.x()};
    case 6:
        return {p.y(), w - p.x()};
    case 7:
        return {h - p.y(), w - p.x()};
    case 8:
        return {h - p.y(), p.x()};
    default:
        return p;
    }
}

namespace {

template<typename MapPoint> RegionGeometry mapGeometry(const RegionGeometry &geometry, MapPoint map)
{
    QPolygonF points;
    points.reserve(geometry.points().size());
    for (const QPointF &p : geometry.points())
        points.append(map(p));
    switch (geometry.shape()) {
    case RegionGeometry::Shape::Rectangle:
    case RegionGeometry::Shape::Ellipse: {
        const QRectF box
            = points.size() == 2 ? QRectF(points.at(0), points.at(1)).normalized() : QRectF();
        return geometry.shape() == RegionGeometry::Shape::Rectangle ? RegionGeometry::rectangle(box)
                                                                    : RegionGeometry::ellipse(box);
    }
    case RegionGeometry::Shape::Polygon:
        return RegionGeometry::polygon(points);
    case RegionGeometry::Shape::Polyline:
        return RegionGeometry::polyline(points);
    case RegionGeometry::Shape::Point:
        return RegionGeometry::point(points.isEmpty() ? QPointF() : points.first());
    }
    return geometry;
}

} // namespace

RegionGeometry storedToDisplayed(const RegionGeometry &geometry, const QSizeF &stored,
                                 int orientation)
{
    return mapGeometry(geometry,
                       [&](const QPointF &p) { return storedToDisplayed(p, stored, orientation); });
}

RegionGeometry displayedToStored(const RegionGeometry &geometry, const QSizeF &displayed,
                                 int orientation)
{
    return mapGeometry(
        geometry, [&](const QPointF &p) { return displayedToStored(p, displayed, orientation); });
}

} // namespace provena::ExifOrientation
