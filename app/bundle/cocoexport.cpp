// SPDX-License-Identifier: MIT
#include "bundle/cocoexport.h"

#include "core/document/articledocument.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QPolygonF>
#include <QRectF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace provena {

namespace {

/** Ellipses become polygons of this many vertices (every 10 degrees). */
constexpr int kEllipseVertices = 36;
/** The category of regions without a label: brackets keep it apart from any label id. */
const char *const kUnlabelledCategory = "(unlabelled)";

/** Coordinates to 1/100 px: enough for any display, and short, stable numbers in the file. */
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QPolygonF roundedPolygon(const QPolygonF &polygon)
{
    QPolygonF out;
    out.reserve(polygon.size());
    for (const QPointF &p : polygon)
        out.append(QPointF(rounded(p.x()), rounded(p.y())));
    return out;
}

double shoelaceArea(const QPolygonF &polygon)
{
    double twice = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % polygon.size());
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2.0;
}

QPolygonF ellipseVertices(const QRectF &box)
{
    QPolygonF vertices;
    const QPointF centre = box.center();
    for (int k = 0; k < kEllipseVertices; ++k) {
        const double angle = 2.0 * std::numbers::pi * k / kEllipseVertices;
        vertices.append(QPointF(centre.x() + box.width() / 2.0 * std::cos(angle),
                                centre.y() + box.height() / 2.0 * std::sin(angle)));
    }
    return vertices;
}

QJsonArray flatten(const QPolygonF &polygon)
{
    QJsonArray flat;
    for (const QPointF &p : polygon) {
        flat.append(p.x());
        flat.append(p.y());
    }
    return flat;
}

/** What COCO says of one region's shape, already inside the image and rounded. */
struct CocoShape
{
    QRectF bbox;
    QPolygonF segmentation; ///< empty: the shape has no area (points, polylines, degenerate)
    double area = 0;
};

/**
 * Points and lines have no area: a box of at least 1×1 around them, still inside the image,
 * and no segmentation. Shapes that collapse once clamped to the image end up here too.
 */
CocoShape withoutArea(const QPolygonF &points, const QSizeF &imageSize)
{
    QRectF box = points.boundingRect();
    box.setWidth(std::max(1.0, box.width()));
    box.setHeight(std::max(1.0, box.height()));
    box.moveLeft(std::clamp(box.left(), 0.0, std::max(0.0, imageSize.width() - box.width())));
    box.moveTop(std::clamp(box.top(), 0.0, std::max(0.0, imageSize.height() - box.height())));
    CocoShape shape;
    shape.bbox
        = QRectF(rounded(box.x()), rounded(box.y()), rounded(box.width()), rounded(box.height()));
    return shape;
}

CocoShape cocoShape(const RegionGeometry &geometry, const QSizeF &imageSize)
{
    // Regions are drawn inside the image; one that is not (an image replaced by a smaller one)
    // is cut to it, as COCO requires.
    const RegionGeometry clamped = geometry.clampedTo(imageSize);
    const QPolygonF points = roundedPolygon(clamped.points());
    CocoShape shape;
    switch (clamped.shape()) {
    case RegionGeometry::Shape::Rectangle: {
        const QRectF box = QRectF(points.value(0), points.value(1)).normalized();
        shape.segmentation
            = QPolygonF({box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()});
        shape.area = box.width() * box.height();
        break;
    }
    case RegionGeometry::Shape::Ellipse: {
        const QRectF box = QRectF(points.value(0), points.value(1)).normalized();
        shape.segmentation = roundedPolygon(ellipseVertices(box));
        shape.area = std::numbers::pi * box.width() * box.height() / 4.0;
        break;
    }
    case RegionGeometry::Shape::Polygon:
        shape.segmentation = points;
        shape.area = shoelaceArea(points);
        break;
    case RegionGeometry::Shape::Polyline:
    case RegionGeometry::Shape::Point:
        return withoutArea(points, imageSize);
    }
    shape.area = rounded(shape.area);
    if (shape.segmentation.size() < 3 || shape.area <= 0)
        return withoutArea(points, imageSize);
    shape.bbox = shape.segmentation.boundingRect();
    return shape;
}

/** Whether any of the shape lies on the image (a damaged sidecar may hold one that does not:
 *  it has no place in COCO, where every box lies inside its image). */
bool touchesImage(const RegionGeometry &geometry, QSize size)
{
    const QRectF box = geometry.boundingRect();
    return box.right() >= 0 && box.bottom() >= 0 && box.left() <= size.width()
        && box.top() <= size.height();
}

/** Category key of a region: its label id, or the unlabelled category. */
QString categoryKey(const Region &region)
{
    return region.label.isEmpty() ? QString::fromLatin1(kUnlabelledCategory) : region.label;
}

} // namespace

QJsonObject CocoExport::build(const ArticleDocument &document, const QList<CocoImageEntry> &images,
                              const QDate &date)
{
    const Article &article = document.article();
    const QString title
        = article.title.isEmpty() ? QFileInfo(article.path).fileName() : article.title;
    QJsonObject info;
    info.insert(QStringLiteral("description"),
                QStringLiteral("Regions of \u201c%1\u201d marked in Provena").arg(title));
    info.insert(QStringLiteral("version"), QStringLiteral("1.0"));
    info.insert(QStringLiteral("contributor"), QStringLiteral("Provena"));
    info.insert(QStringLiteral("url"), QStringLiteral("https://w3id.org/provena"));
    info.insert(QStringLiteral("year"), date.isValid() ? date.year() : 0);
    info.insert(QStringLiteral("date_created"),
                date.isValid() ? date.toString(Qt::ISODate) : QString());

    // Images: those with a size, once each, in the order given. COCO ids are the article's
    // image numbers (1-based), so they stay the same whichever images are left out.
    QJsonArray imageArray;
    QHash<int, QSize> exported;
    for (const CocoImageEntry &entry : images) {
        if (entry.imageIndex < 0 || entry.size.isEmpty() || exported.contains(entry.imageIndex))
            continue;
        exported.insert(entry.imageIndex, entry.size);
        imageArray.append(QJsonObject {{QStringLiteral("id"), entry.imageIndex + 1},
                                       {QStringLiteral("file_name"), entry.fileName},
                                       {QStringLiteral("width"), entry.size.width()},
                                       {QStringLiteral("height"), entry.size.height()}});
    }

    QList<const Region *> regions;
    QSet<QString> usedKeys;
    for (const Region &region : document.regions()) {
        if (!exported.contains(region.imageIndex) || !region.geometry.isValid()
            || !touchesImage(region.geometry, exported.value(region.imageIndex)))
            continue;
        regions.append(&region);
        usedKeys.insert(categoryKey(region));
    }

    // Categories: the taxonomy's labels in its order, then labels it lacks (sorted), then the
    // unlabelled category; numbered from 1.
    QStringList categoryOrder;
    for (const Label &label : document.labels().labels()) {
        if (usedKeys.contains(label.id))
            categoryOrder.append(label.id);
    }
    QStringList unknown;
    for (const QString &key : std::as_const(usedKeys)) {
        if (!document.labels().contains(key) && key != QLatin1String(kUnlabelledCategory))
            unknown.append(key);
    }
    std::sort(unknown.begin(), unknown.end());
    categoryOrder.append(unknown);
    if (usedKeys.contains(QString::fromLatin1(kUnlabelledCategory)))
        categoryOrder.append(QString::fromLatin1(kUnlabelledCategory));
    QHash<QString, int> categoryIds;
    QJsonArray categoryArray;
    for (const QString &key : std::as_const(categoryOrder)) {
        const int id = int(categoryIds.size()) + 1;
        categoryIds.insert(key, id);
        categoryArray.append(
            QJsonObject {{QStringLiteral("id"), id},
                         {QStringLiteral("name"), key},
                         {QStringLiteral("supercategory"), QStringLiteral("provena")}});
    }

    QJsonArray annotationArray;
    for (const Region *region : std::as_const(regions)) {
        const CocoShape shape
            = cocoShape(region->geometry, QSizeF(exported.value(region->imageIndex)));
        QJsonObject annotation {
            {QStringLiteral("id"), int(annotationArray.size()) + 1},
            {QStringLiteral("image_id"), region->imageIndex + 1},
            {QStringLiteral("category_id"), categoryIds.value(categoryKey(*region))},
            {QStringLiteral("bbox"),
             QJsonArray {shape.bbox.x(), shape.bbox.y(), shape.bbox.width(), shape.bbox.height()}},
            {QStringLiteral("segmentation"),
             shape.segmentation.isEmpty() ? QJsonArray()
                                          : QJsonArray {flatten(shape.segmentation)}},
            {QStringLiteral("area"), shape.area},
            {QStringLiteral("iscrowd"), 0},
            {QStringLiteral("provena_region_id"), region->id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("provena_shape"), RegionGeometry::shapeName(region->geometry.shape())},
        };
        // Points and polylines are only a box in COCO: keep their vertices for readers who care.
        if (shape.segmentation.isEmpty())
            annotation.insert(
                QStringLiteral("provena_points"),
                flatten(roundedPolygon(
                    region->geometry.clampedTo(QSizeF(exported.value(region->imageIndex)))
                        .points())));
        annotationArray.append(annotation);
    }

    return QJsonObject {{QStringLiteral("info"), info},
                        {QStringLiteral("licenses"), QJsonArray()},
                        {QStringLiteral("images"), imageArray},
                        {QStringLiteral("annotations"), annotationArray},
                        {QStringLiteral("categories"), categoryArray}};
}

} // namespace provena
