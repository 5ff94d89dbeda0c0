// SPDX-License-Identifier: MIT
#include "ui/mainwindow/regionclipboard.h"

#include "core/model/labeltaxonomy.h"
#include "core/model/regionvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace provena {

namespace {

constexpr int kFormatVersion = 1;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject regionToJson(const Region &r)
{
    QJsonArray points;
    for (const QPointF &p : r.geometry.points())
        points.append(QJsonArray {p.x(), p.y()});
    QJsonObject o;
    o.insert(key("shape"), RegionGeometry::shapeName(r.geometry.shape()));
    o.insert(key("points"), points);
    o.insert(key("label"), r.label);
    if (!r.note.isEmpty())
        o.insert(key("note"), r.note);
    if (!r.entity.name.isEmpty())
        o.insert(key("entityName"), r.entity.name);
    if (!r.entity.identifier.isEmpty())
        o.insert(key("entityId"), r.entity.identifier);
    if (r.hasConfidence())
        o.insert(key("confidence"), r.confidence);
    return o;
}

std::optional<Region> regionFromJson(const QJsonObject &o)
{
    RegionGeometry::Shape shape;
    if (!RegionGeometry::shapeFromName(o.value(key("shape")).toString(), &shape))
        return std::nullopt;
    QPolygonF points;
    const QJsonArray array = o.value(key("points")).toArray();
    for (const QJsonValue &v : array) {
        const QJsonArray p = v.toArray();
        if (p.size() != 2 || !p.at(0).isDouble() || !p.at(1).isDouble())
            return std::nullopt;
        points.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
    }
    if (points.size() < RegionGeometry::minimumPoints(shape))
        return std::nullopt;
    const QJsonValue confidence = o.value(key("confidence"));
    if (!confidence.isUndefined() && !confidence.isDouble())
        return std::nullopt;
    Region r;
    switch (shape) {
    case RegionGeometry::Shape::Rectangle:
        r.geometry = RegionGeometry::rectangle(points.boundingRect());
        break;
    case RegionGeometry::Shape::Ellipse:
        r.geometry = RegionGeometry::ellipse(points.boundingRect());
        break;
    case RegionGeometry::Shape::Polygon:
        r.geometry = RegionGeometry::polygon(points);
        break;
    case RegionGeometry::Shape::Polyline:
        r.geometry = RegionGeometry::polyline(points);
        break;
    case RegionGeometry::Shape::Point:
        r.geometry = RegionGeometry::point(points.first());
        break;
    }
    r.label = o.value(key("label")).toString();
    r.note = o.value(key("note")).toString();
    r.entity.name = o.value(key("entityName")).toString();
    r.entity.identifier = o.value(key("entityId")).toString();
    r.confidence = confidence.toDouble(-1);
    // The check the sidecar reader makes: a region it would refuse (say, a confidence of 2) is
    // not pasted, or saving would write a file that cannot be read back.
    if (!RegionValidator::validate(r))
        return std::nullopt;
    return r;
}

} // namespace

QMimeData *RegionClipboard::toMimeData(const Content &content, const LabelTaxonomy &labels)
{
    QJsonArray regions;
    QStringList lines;
    for (const Region &r : content.regions) {
        regions.append(regionToJson(r));
        QString line = labels.displayNameOf(r.label);
        if (!r.entity.name.isEmpty())
            line += QStringLiteral(": ") + r.entity.name;
        const QRectF box = r.geometry.boundingRect();
        line += QStringLiteral(" (%1, x %2, y %3, %4 × %5 px)")
                    .arg(RegionGeometry::shapeName(r.geometry.shape()))
                    .arg(box.x())
                    .arg(box.y())
                    .arg(box.width())
                    .arg(box.height());
        lines.append(line);
    }
    QJsonObject root;
    root.insert(key("provenaRegions"), kFormatVersion);
    root.insert(key("article"), content.sourceArticle);
    root.insert(key("image"), content.sourceImage);
    root.insert(key("regions"), regions);

    auto *data = new QMimeData;
    data->setData(kMimeType, QJsonDocument(root).toJson(QJsonDocument::Compact));
    data->setText(tr("%n Provena region(s):", nullptr, int(content.regions.size()))
                  + QStringLiteral("\n") + lines.join(QStringLiteral("\n")) + QStringLiteral("\n"));
    return data;
}

Region RegionClipboard::carried(const Region &region)
{
    Region r;
    r.geometry = region.geometry;
    r.label = region.label;
    r.note = region.note;
    r.entity = region.entity;
    r.confidence = region.confidence;
    return r;
}

bool RegionClipboard::hasRegions(const QMimeData *data)
{
    return data && data->hasFormat(kMimeType);
}

std::optional<RegionClipboard::Content> RegionClipboard::fromMimeData(const QMimeData *data)
{
    if (!hasRegions(data))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(data->data(kMimeType), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    const QJsonObject root = json.object();
    if (root.value(key("provenaRegions")).toInt() != kFormatVersion)
        return std::nullopt;
    Content content;
    content.sourceArticle = root.value(key("article")).toString();
    content.sourceImage = root.value(key("image")).toInt(-1);
    const QJsonArray regions = root.value(key("regions")).toArray();
    for (const QJsonValue &v : regions) {
        if (std::optional<Region> r = regionFromJson(v.toObject()))
            content.regions.append(*r);
    }
    if (content.regions.isEmpty())
        return std::nullopt;
    return content;
}

QList<Region> RegionClipboard::prepareForPaste(const QList<Region> &regions, int imageIndex,
                                               const QSizeF &imageSize, const QPointF &offset)
{
    QList<Region> out;
    for (Region r : regions) {
        r = carried(r);
        r.id = QUuid::createUuid();
        r.imageIndex = imageIndex;
        // Move the shape into the image when it fits; a larger one is pinned to the origin and
        // cut at the far edges.
        r.geometry = r.geometry.translated(r.geometry.clampTranslation({}, imageSize))
                         .clampedTo(imageSize);
        r.geometry = r.geometry.translated(r.geometry.clampTranslation(offset, imageSize));
        // Regions handed in directly (not from fromMimeData()) get the same check, here with
        // the image size.
        if (!RegionValidator::validate(r, imageSize))
            continue;
        out.append(r);
    }
    return out;
}

} // namespace provena
