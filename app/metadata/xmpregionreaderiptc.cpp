// SPDX-License-Identifier: MIT
// IPTC Extension image regions (IPTC Photo Metadata Standard 2019.1+, Iptc4xmpExt:ImageRegion).
#include "core/model/labeltaxonomy.h"
#include "metadata/xmpregionreader.h"
#include "metadata/xmpregionreader_p.h"
#include "metadata/xmpvocabulary_p.h"

#include <QUuid>

namespace provena::detail {

namespace {

const QString kBoundary = QStringLiteral("iptcExt:RegionBoundary/iptcExt:");
const QString kVertices = QStringLiteral("iptcExt:RegionBoundary/iptcExt:rbVertices");

QString field(const char *name)
{
    return QLatin1String(name);
}

/** The name of an Entity (rCtype, rRole): its Name, else the last segment of its identifier
 *  ("…/imageregiontype/human" → "human"). */
QString entityName(const XmpStructItem &item, const QString &bag)
{
    const QList<int> entities = item.arrayIndexes(bag);
    for (const int index : entities) {
        const QString base = QStringLiteral("%1[%2]/").arg(bag).arg(index);
        const QString name = item.text(base + QStringLiteral("iptcExt:Name"));
        if (!name.isEmpty())
            return name;
        const QString identifier = item.text(base + QStringLiteral("xmp:Identifier"));
        const QString code
            = identifier.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
        if (!code.isEmpty())
            return code;
    }
    return {};
}

/** Why the boundary could not be read, or the geometry on the stored grid. */
struct Boundary
{
    std::optional<RegionGeometry> geometry;
    QString problem;
};

Boundary readPolygon(const XmpStructItem &item, const QSizeF &scale)
{
    const QList<int> indexes = item.arrayIndexes(kVertices);
    if (indexes.isEmpty())
        return {std::nullopt, XmpRegionReader::tr("the polygon has no rbVertices")};
    QPolygonF vertices;
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (indexes.at(i) != i + 1)
            return {std::nullopt, XmpRegionReader::tr("rbVertices[%1] is missing").arg(i + 1)};
        const QString base = QStringLiteral("%1[%2]/iptcExt:").arg(kVertices).arg(i + 1);
        QString problem;
        const std::optional<double> x
            = numberField(item, base + QStringLiteral("rbX"),
                          QStringLiteral("rbVertices[%1]/rbX").arg(i + 1), &problem);
        const std::optional<double> y = x
            ? numberField(item, base + QStringLiteral("rbY"),
                          QStringLiteral("rbVertices[%1]/rbY").arg(i + 1), &problem)
            : std::nullopt;
        if (!x || !y)
            return {std::nullopt, problem};
        vertices.append(QPointF(*x * scale.width(), *y * scale.height()));
    }
    // IPTC: "any shape with edges, … including a single point (using 1 vertex) and a line
    // (using 2 vertices)".
    if (vertices.size() == 1)
        return {RegionGeometry::point(vertices.first()), {}};
    if (vertices.size() == 2)
        return {RegionGeometry::polyline(vertices), {}};
    return {RegionGeometry::polygon(vertices), {}};
}

/** The exact ellipse Provena wrote beside its circle or polygon (provena:Box, in the stored
 *  grid's pixels like the boundary). */
std::optional<RegionGeometry> provenaEllipse(const XmpStructItem &item)
{
    const QString base = field(xmp::kBoxField) + QLatin1Char('/');
    QString problem;
    const auto x = numberField(item, base + field(xmp::kBoxX), {}, &problem);
    const auto y = numberField(item, base + field(xmp::kBoxY), {}, &problem);
    const auto w = numberField(item, base + field(xmp::kBoxW), {}, &problem);
    const auto h = numberField(item, base + field(xmp::kBoxH), {}, &problem);
    if (!x || !y || !w || !h || *w < 0 || *h < 0)
        return std::nullopt;
    return RegionGeometry::ellipse(QRectF(*x, *y, *w, *h));
}

Boundary readBoundary(const XmpStructItem &item, const QSizeF &stored)
{
    // The closed vocabularies are lower case; some tools capitalise them as exiftool prints them.
    const QString shape = item.text(kBoundary + QStringLiteral("rbShape")).toLower();
    const QString unit = item.text(kBoundary + QStringLiteral("rbUnit")).toLower();
    if (shape.isEmpty() && unit.isEmpty())
        return {std::nullopt, XmpRegionReader::tr("it has no RegionBoundary")};
    QSizeF scale;
    if (unit == QLatin1String("pixel"))
        scale = QSizeF(1, 1);
    else if (unit == QLatin1String("relative"))
        scale = stored;
    else if (unit.isEmpty())
        return {std::nullopt, XmpRegionReader::tr("rbUnit is missing")};
    else
        return {std::nullopt,
                XmpRegionReader::tr("its unit “%1” is neither pixel nor relative").arg(unit)};

    QString problem;
    const auto number = [&](const char *name) -> std::optional<double> {
        return problem.isEmpty()
            ? numberField(item, kBoundary + QLatin1String(name), QLatin1String(name), &problem)
            : std::nullopt;
    };
    if (shape == QLatin1String("rectangle")) {
        const auto x = number("rbX");
        const auto y = number("rbY");
        const auto w = number("rbW");
        const auto h = number("rbH");
        if (!problem.isEmpty())
            return {std::nullopt, problem};
        if (*w < 0 || *h < 0)
            return {std::nullopt, XmpRegionReader::tr("its width or height is negative")};
        return {RegionGeometry::rectangle(QRectF(*x * scale.width(), *y * scale.height(),
                                                 *w * scale.width(), *h * scale.height())),
                {}};
    }
    if (shape == QLatin1String("circle")) {
        const auto x = number("rbX");
        const auto y = number("rbY");
        const auto rx = number("rbRx");
        if (!problem.isEmpty())
            return {std::nullopt, problem};
        if (*rx < 0)
            return {std::nullopt, XmpRegionReader::tr("its radius is negative")};
        // A relative radius is a proportion of the image's width (IPTC user notes; Photini).
        const QPointF centre(*x * scale.width(), *y * scale.height());
        const double radius = *rx * scale.width();
        return {RegionGeometry::ellipse(
                    QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius))),
                {}};
    }
    if (shape == QLatin1String("polygon"))
        return readPolygon(item, scale);
    if (shape.isEmpty())
        return {std::nullopt, XmpRegionReader::tr("rbShape is missing")};
    return {std::nullopt,
            XmpRegionReader::tr("its shape “%1” is not a rectangle, circle or polygon").arg(shape)};
}

/** Whether `name` is the display name of the label of a region Provena wrote. */
bool isLabelName(const QString &name, const QString &labelId, const XmpStructItem &item,
                 std::optional<LabelTaxonomy> &labels)
{
    if (labelId.isEmpty() || !item.has(field(xmp::kRegionIdField)))
        return false;
    if (!labels)
        labels = LabelTaxonomy::standard();
    const Label *label = labels->find(labelId);
    return label && label->name == name;
}

} // namespace

void readIptcRegions(const Exiv2::XmpData &xmp, const PacketSource &source, StoredRegions &out)
{
    const QMap<int, XmpStructItem> items = xmpStructItems(xmp, xmp::kImageRegion);
    std::optional<LabelTaxonomy> labels; // loaded when a region Provena wrote needs it
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        const XmpStructItem &item = it.value();
        StoredRegion region;
        ImportedShape &shape = region.shape;
        shape.origin = itemOrigin("ImageRegion", it.key(), source);
        const Boundary boundary = readBoundary(item, source.storedSize);
        if (!boundary.geometry) {
            out.refused.append(XmpRegionReader::tr("%1 was not imported: %2.")
                                   .arg(shape.origin, boundary.problem));
            continue;
        }
        shape.geometry = *boundary.geometry;
        // IPTC has no ellipse: Provena writes one as a circle or a polygon, with the exact box.
        if (item.text(field(xmp::kShapeField)) == QLatin1String(xmp::kShapeEllipse)) {
            if (std::optional<RegionGeometry> ellipse = provenaEllipse(item))
                shape.geometry = *ellipse;
        }

        // A region Provena wrote has the label it had there, or none; another tool's region is
        // labelled by what it shows, else by what it was marked for.
        const bool provenas = item.has(field(xmp::kRegionIdField));
        shape.label = item.text(field(xmp::kLabelField));
        if (shape.label.isEmpty() && !provenas)
            shape.label = entityName(item, QStringLiteral("iptcExt:rCtype"));
        if (shape.label.isEmpty() && !provenas)
            shape.label = entityName(item, QStringLiteral("iptcExt:rRole"));
        shape.name = item.text(QStringLiteral("iptcExt:Name"));
        // Provena's writer names an unnamed region after its label for other tools' sake; that
        // is no entity's name.
        if (!shape.name.isEmpty() && isLabelName(shape.name, shape.label, item, labels))
            shape.name.clear();
        if (shape.name.isEmpty())
            shape.name
                = item.texts(QStringLiteral("iptcExt:PersonInImage")).join(QStringLiteral(", "));
        shape.note = item.text(QStringLiteral("dc:description"));

        shape.provenaRegionId = QUuid::fromString(item.text(field(xmp::kRegionIdField)));
        const QString rId = item.text(QStringLiteral("iptcExt:rId"));
        if (!shape.provenaRegionId.isNull())
            region.itemId = shape.provenaRegionId.toString(QUuid::WithoutBraces);
        else if (!rId.isEmpty())
            region.itemId = QStringLiteral("rId:") + rId;
        out.regions.append(region);
    }
}

} // namespace provena::detail
