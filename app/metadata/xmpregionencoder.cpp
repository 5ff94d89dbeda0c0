// SPDX-License-Identifier: MIT
#include "metadata/xmpregionencoder_p.h"

#include "core/model/exiforientation.h"
#include "metadata/xmpvocabulary_p.h"

#include <QRectF>

#include <cmath>
#include <numbers>

namespace provena::detail::xmp {

namespace {

/** An ellipse whose width and height differ by no more than this is written as an IPTC circle. */
constexpr double kCircleTolerance = 0.5;
/** Vertices of the polygon an ellipse that is not a circle becomes (IPTC has no ellipse). */
constexpr int kEllipseVertices = 36;
/** Decimals of normalised MWG areas: 1e-6 of a 100 000-pixel side is a tenth of a pixel. */
constexpr int kNormalisedDecimals = 6;

struct CodeAndName
{
    const char *code;
    const char *name;
};

/** IPTC region content type (cv.iptc.org/newscodes/imageregiontype) for a Provena label id. */
const CodeAndName *contentTypeFor(const QString &labelId)
{
    static constexpr CodeAndName kHuman {"human", "human"};
    static constexpr CodeAndName kVehicle {"vehicle", "vehicle"};
    static constexpr CodeAndName kGraphic {"graphic", "graphic"};
    static constexpr CodeAndName kText {"text", "text"};
    static constexpr CodeAndName kBuilding {"building", "building"};
    struct Row
    {
        const char *label;
        const CodeAndName *type;
    };
    static constexpr Row kTable[] = {
        {"person", &kHuman},           {"group", &kHuman},
        {"vehicle", &kVehicle},        {"flag-insignia", &kGraphic},
        {"logo-watermark", &kGraphic}, {"text-sign", &kText},
        {"document-screen", &kText},   {"building-place", &kBuilding},
    };
    for (const Row &row : kTable) {
        if (labelId == QLatin1String(row.label))
            return row.type;
    }
    return nullptr;
}

/** IPTC region role (cv.iptc.org/newscodes/imageregionrole): what the analyst marked it for. */
CodeAndName roleFor(const QString &labelId)
{
    // A suspected manipulation is not a subject of the picture but a place to look at.
    if (labelId == QLatin1String("manipulation"))
        return {"areaOfInterest", "area of interest"};
    return {"subjectArea", "subject area"};
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

/** An Entity (xmp:Identifier Bag with one URI, Iptc4xmpExt:Name) as item 1 of Bag `key`. */
void appendEntity(Exiv2::XmpData &out, const std::string &key, const char *scheme,
                  const CodeAndName &term)
{
    appendArray(out, key, Exiv2::XmpValue::xaBag);
    const std::string item = key + "[1]";
    appendStruct(out, item);
    appendTextArray(out, item + "/xmp:Identifier", Exiv2::xmpBag,
                    {QLatin1String(scheme) + QLatin1String(term.code)});
    appendLangAlt(out, item + "/iptcExt:Name", term.name);
}

void appendVertex(Exiv2::XmpData &out, const std::string &key, const QPointF &point)
{
    appendStruct(out, key);
    appendText(out, key + "/iptcExt:rbX", formatNumber(point.x()));
    appendText(out, key + "/iptcExt:rbY", formatNumber(point.y()));
}

void appendPolygonBoundary(Exiv2::XmpData &out, const std::string &boundary,
                           const QPolygonF &vertices)
{
    appendText(out, boundary + "/iptcExt:rbShape", "polygon");
    appendText(out, boundary + "/iptcExt:rbUnit", "pixel");
    const std::string list = boundary + "/iptcExt:rbVertices";
    appendArray(out, list, Exiv2::XmpValue::xaSeq);
    for (int i = 0; i < vertices.size(); ++i)
        appendVertex(out, list + '[' + std::to_string(i + 1) + ']', vertices.at(i));
}

QPolygonF ellipseVertices(const QRectF &box)
{
    QPolygonF vertices;
    vertices.reserve(kEllipseVertices);
    const QPointF centre = box.center();
    for (int i = 0; i < kEllipseVertices; ++i) {
        const double angle = 2 * std::numbers::pi * i / kEllipseVertices;
        vertices.append({centre.x() + box.width() / 2 * std::cos(angle),
                         centre.y() + box.height() / 2 * std::sin(angle)});
    }
    return vertices;
}

/** Iptc4xmpExt:RegionBoundary for `stored` (already on the stored grid), unit pixel. */
void appendBoundary(Exiv2::XmpData &out, const std::string &boundary, const RegionGeometry &stored)
{
    appendStruct(out, boundary);
    const QRectF box = stored.boundingRect();
    switch (stored.shape()) {
    case RegionGeometry::Shape::Rectangle:
        appendText(out, boundary + "/iptcExt:rbShape", "rectangle");
        appendText(out, boundary + "/iptcExt:rbUnit", "pixel");
        appendText(out, boundary + "/iptcExt:rbX", formatNumber(box.x()));
        appendText(out, boundary + "/iptcExt:rbY", formatNumber(box.y()));
        appendText(out, boundary + "/iptcExt:rbW", formatNumber(box.width()));
        appendText(out, boundary + "/iptcExt:rbH", formatNumber(box.height()));
        return;
    case RegionGeometry::Shape::Ellipse:
        if (std::abs(box.width() - box.height()) <= kCircleTolerance) {
            appendText(out, boundary + "/iptcExt:rbShape", "circle");
            appendText(out, boundary + "/iptcExt:rbUnit", "pixel");
            appendText(out, boundary + "/iptcExt:rbX", formatNumber(box.center().x()));
            appendText(out, boundary + "/iptcExt:rbY", formatNumber(box.center().y()));
            appendText(out, boundary + "/iptcExt:rbRx",
                       formatNumber((box.width() + box.height()) / 4));
        } else {
            appendPolygonBoundary(out, boundary, ellipseVertices(box));
        }
        return;
    case RegionGeometry::Shape::Polygon:
    case RegionGeometry::Shape::Point: // IPTC: "a single point (using 1 vertex)" is a polygon
        appendPolygonBoundary(out, boundary, stored.points());
        return;
    case RegionGeometry::Shape::Polyline: // refused by isWritable(): IPTC polygons are closed
        return;
    }
}

void appendEllipseBox(Exiv2::XmpData &out, const std::string &item, const QRectF &box)
{
    appendText(out, item + '/' + kShapeField, kShapeEllipse);
    const std::string key = item + '/' + kBoxField;
    appendStruct(out, key);
    appendText(out, key + '/' + kBoxX, formatNumber(box.x()));
    appendText(out, key + '/' + kBoxY, formatNumber(box.y()));
    appendText(out, key + '/' + kBoxW, formatNumber(box.width()));
    appendText(out, key + '/' + kBoxH, formatNumber(box.height()));
}

} // namespace

RegionGeometry toStored(const XmpRegion &region, const ImageFrame &frame)
{
    return ExifOrientation::displayedToStored(region.geometry, frame.displayed, frame.orientation);
}

ImageFrame imageFrame(const QSize &displayed, int orientation)
{
    ImageFrame frame;
    frame.displayed = QSizeF(displayed);
    frame.orientation = ExifOrientation::isValid(orientation) ? orientation : 1;
    frame.stored = ExifOrientation::storedSize(frame.displayed, frame.orientation).toSize();
    return frame;
}

std::string formatNumber(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text.toStdString();
}

bool isWritable(const XmpRegion &region)
{
    return region.geometry.isValid() && region.geometry.shape() != RegionGeometry::Shape::Polyline;
}

void appendImageRegionItem(Exiv2::XmpData &out, const std::string &itemKey, const XmpRegion &region,
                           const ImageFrame &frame)
{
    const std::string id = utf8(region.id.toString(QUuid::WithoutBraces));
    const RegionGeometry stored = toStored(region, frame);
    appendStruct(out, itemKey);
    appendText(out, itemKey + "/iptcExt:rId", id);
    const QString name = region.name.isEmpty() ? region.labelName : region.name;
    if (!name.isEmpty())
        appendLangAlt(out, itemKey + "/iptcExt:Name", utf8(name));
    if (const CodeAndName *type = contentTypeFor(region.labelId))
        appendEntity(out, itemKey + "/iptcExt:rCtype", kRegionTypeScheme, *type);
    appendEntity(out, itemKey + "/iptcExt:rRole", kRegionRoleScheme, roleFor(region.labelId));
    appendBoundary(out, itemKey + "/iptcExt:RegionBoundary", stored);
    if (region.isPerson && !region.name.isEmpty())
        appendTextArray(out, itemKey + "/iptcExt:PersonInImage", Exiv2::xmpBag, {region.name});
    appendText(out, itemKey + '/' + kRegionIdField, id);
    if (!region.labelId.isEmpty())
        appendText(out, itemKey + '/' + kLabelField, utf8(region.labelId));
    if (stored.shape() == RegionGeometry::Shape::Ellipse)
        appendEllipseBox(out, itemKey, stored.boundingRect());
}

void appendMwgRegionItem(Exiv2::XmpData &out, const std::string &itemKey, const XmpRegion &region,
                         const ImageFrame &frame)
{
    const QRectF box = toStored(region, frame).boundingRect();
    const double width = frame.stored.width();
    const double height = frame.stored.height();
    appendStruct(out, itemKey);
    const std::string area = itemKey + "/mwg-rs:Area";
    appendStruct(out, area);
    appendText(out, area + "/stArea:x",
               formatNumber(box.center().x() / width, kNormalisedDecimals));
    appendText(out, area + "/stArea:y",
               formatNumber(box.center().y() / height, kNormalisedDecimals));
    // MWG: an area without w and h is a point.
    if (region.geometry.shape() != RegionGeometry::Shape::Point) {
        appendText(out, area + "/stArea:w", formatNumber(box.width() / width, kNormalisedDecimals));
        appendText(out, area + "/stArea:h",
                   formatNumber(box.height() / height, kNormalisedDecimals));
    }
    appendText(out, area + "/stArea:unit", "normalized");
    appendText(out, itemKey + "/mwg-rs:Type", "Face");
    // digiKam files a face under its Name as a person tag: a label name ("Person") would tag
    // everyone as one person called that, so unnamed people stay unnamed faces.
    if (!region.name.isEmpty())
        appendText(out, itemKey + "/mwg-rs:Name", utf8(region.name));
    const std::string extensions = itemKey + '/' + kMwgExtensions;
    appendStruct(out, extensions);
    appendText(out, extensions + '/' + kRegionIdField,
               utf8(region.id.toString(QUuid::WithoutBraces)));
    if (!region.labelId.isEmpty())
        appendText(out, extensions + '/' + kLabelField, utf8(region.labelId));
}

void appendAppliedToDimensions(Exiv2::XmpData &out, const ImageFrame &frame)
{
    const std::string key = kMwgAppliedTo;
    appendStruct(out, key);
    appendText(out, key + "/stDim:w", std::to_string(frame.stored.width()));
    appendText(out, key + "/stDim:h", std::to_string(frame.stored.height()));
    appendText(out, key + "/stDim:unit", "pixel");
}

void appendText(Exiv2::XmpData &out, const std::string &key, const std::string &text)
{
    const Exiv2::XmpTextValue value(text);
    out.add(Exiv2::XmpKey(key), &value);
}

void appendLangAlt(Exiv2::XmpData &out, const std::string &key, const std::string &text)
{
    Exiv2::LangAltValue value;
    value.value_["x-default"] = text; // not read(): a text starting with "lang=" stays text
    out.add(Exiv2::XmpKey(key), &value);
}

void appendArray(Exiv2::XmpData &out, const std::string &key, Exiv2::XmpValue::XmpArrayType type)
{
    Exiv2::XmpTextValue value;
    value.setXmpArrayType(type);
    out.add(Exiv2::XmpKey(key), &value);
}

void appendStruct(Exiv2::XmpData &out, const std::string &key)
{
    Exiv2::XmpTextValue value;
    value.setXmpStruct();
    out.add(Exiv2::XmpKey(key), &value);
}

void appendTextArray(Exiv2::XmpData &out, const std::string &key, Exiv2::TypeId type,
                     const QStringList &items)
{
    Exiv2::XmpArrayValue value(type);
    for (const QString &item : items)
        value.read(utf8(item));
    out.add(Exiv2::XmpKey(key), &value);
}

} // namespace provena::detail::xmp
