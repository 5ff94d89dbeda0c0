// SPDX-License-Identifier: MIT
// MWG regions (Metadata Working Group guidelines 2.0, §5.9; digiKam, Lightroom, Picasa).
#include "metadata/xmpregionreader.h"
#include "metadata/xmpregionreader_p.h"
#include "metadata/xmpvocabulary_p.h"

#include <QUuid>

namespace provena::detail {

namespace {

const QString kArea = QStringLiteral("mwg-rs:Area/stArea:");

QString field(const char *name)
{
    return QLatin1String(name);
}

/** AppliedToDimensions, when the file states both numbers. */
std::optional<QSizeF> appliedToDimensions(const Exiv2::XmpData &xmp)
{
    const auto number = [&xmp](const char *key) -> std::optional<double> {
        const auto it = xmp.findKey(Exiv2::XmpKey(std::string(xmp::kMwgAppliedTo) + key));
        if (it == xmp.end())
            return std::nullopt;
        bool ok = false;
        const double value = QString::fromStdString(it->toString()).toDouble(&ok);
        return ok && value > 0 ? std::optional<double>(value) : std::nullopt;
    };
    const std::optional<double> w = number("/stDim:w");
    const std::optional<double> h = number("/stDim:h");
    if (!w || !h)
        return std::nullopt;
    return QSizeF(*w, *h);
}

struct Area
{
    std::optional<RegionGeometry> geometry;
    QString problem;
};

/** The normalised, centre-based area on the stored grid. */
Area readArea(const XmpStructItem &item, const QSizeF &stored)
{
    if (!item.has(kArea + QStringLiteral("x")) && !item.has(kArea + QStringLiteral("y")))
        return {std::nullopt, XmpRegionReader::tr("it has no Area")};
    // MWG defines only normalised areas; a file that omits the unit means that one.
    const QString unit = item.text(kArea + QStringLiteral("unit"));
    if (!unit.isEmpty() && unit.compare(QLatin1String("normalized"), Qt::CaseInsensitive) != 0)
        return {std::nullopt, XmpRegionReader::tr("its unit “%1” is not normalized").arg(unit)};
    QString problem;
    const auto number = [&](const char *name) -> std::optional<double> {
        return problem.isEmpty()
            ? numberField(item, kArea + QLatin1String(name), QLatin1String(name), &problem)
            : std::nullopt;
    };
    const auto x = number("x");
    const auto y = number("y");
    if (!problem.isEmpty())
        return {std::nullopt, problem};
    const QPointF centre(*x * stored.width(), *y * stored.height());
    const bool hasW = item.has(kArea + QStringLiteral("w"));
    const bool hasH = item.has(kArea + QStringLiteral("h"));
    if (hasW || hasH) {
        const auto w = number("w");
        const auto h = number("h");
        if (!problem.isEmpty())
            return {std::nullopt, problem};
        if (*w < 0 || *h < 0)
            return {std::nullopt, XmpRegionReader::tr("its width or height is negative")};
        const QSizeF size(*w * stored.width(), *h * stored.height());
        return {RegionGeometry::rectangle(
                    QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size)),
                {}};
    }
    if (item.has(kArea + QStringLiteral("d"))) {
        const auto d = number("d");
        if (!problem.isEmpty())
            return {std::nullopt, problem};
        if (*d < 0)
            return {std::nullopt, XmpRegionReader::tr("its diameter is negative")};
        // As for IPTC circles, the diameter is a proportion of the image's width.
        const double radius = *d * stored.width() / 2;
        return {RegionGeometry::ellipse(
                    QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius))),
                {}};
    }
    return {RegionGeometry::point(centre), {}}; // MWG: x and y alone are a point
}

} // namespace

void readMwgRegions(const Exiv2::XmpData &xmp, const PacketSource &source, StoredRegions &out)
{
    const QMap<int, XmpStructItem> items = xmpStructItems(xmp, xmp::kMwgRegionList);
    if (items.isEmpty())
        return;
    const QSizeF stored = source.storedSize;
    if (const std::optional<QSizeF> applied = appliedToDimensions(xmp); applied
        && (qAbs(applied->width() - stored.width()) > 0.5
            || qAbs(applied->height() - stored.height()) > 0.5)) {
        // The areas are proportions, so they land on this image at the same relative place;
        // a different size means another copy was tagged (a resize, or a tool that worked on
        // the turned image when the numbers are swapped), which is worth checking by eye.
        out.warnings.append(
            XmpRegionReader::tr("The MWG regions in %1 were tagged on a %2 × %3 image; this image "
                                "is %4 × %5 pixels as stored. They are placed at the same "
                                "relative positions: check them on the image.")
                .arg(source.fileName)
                .arg(applied->width())
                .arg(applied->height())
                .arg(stored.width())
                .arg(stored.height()));
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        const XmpStructItem &item = it.value();
        StoredRegion region;
        region.isMwg = true;
        ImportedShape &shape = region.shape;
        shape.origin = itemOrigin("RegionList", it.key(), source);
        const auto refuse = [&](const QString &why) {
            out.refused.append(
                XmpRegionReader::tr("%1 was not imported: %2.").arg(shape.origin, why));
        };
        // Lightroom's extension: an area turned about its centre, which no Provena shape is.
        if (item.has(QStringLiteral("mwg-rs:Rotation"))) {
            QString problem;
            const std::optional<double> rotation = numberField(
                item, QStringLiteral("mwg-rs:Rotation"), QStringLiteral("Rotation"), &problem);
            if (!rotation) {
                refuse(problem);
                continue;
            }
            if (*rotation != 0) {
                refuse(XmpRegionReader::tr("it is turned by %1 (Rotation), and Provena's "
                                           "rectangles cannot turn")
                           .arg(*rotation));
                continue;
            }
        }
        const Area area = readArea(item, stored);
        if (!area.geometry) {
            refuse(area.problem);
            continue;
        }
        shape.geometry = *area.geometry;
        const QString extensions = field(xmp::kMwgExtensions) + QLatin1Char('/');
        const bool provenas = item.has(extensions + field(xmp::kRegionIdField));
        shape.label = item.text(extensions + field(xmp::kLabelField));
        if (shape.label.isEmpty() && !provenas)
            shape.label = item.text(QStringLiteral("mwg-rs:Type")); // Face, Pet, Focus, BarCode
        shape.name = item.text(QStringLiteral("mwg-rs:Name"));
        shape.note = item.text(QStringLiteral("mwg-rs:Description"));
        shape.provenaRegionId
            = QUuid::fromString(item.text(extensions + field(xmp::kRegionIdField)));
        if (!shape.provenaRegionId.isNull())
            region.itemId = shape.provenaRegionId.toString(QUuid::WithoutBraces);
        out.regions.append(region);
    }
}

} // namespace provena::detail
