// SPDX-License-Identifier: MIT
#include "metadata/xmpregionreader.h"

#include "core/model/exiforientation.h"
#include "metadata/exiv2init_p.h"
#include "metadata/metadatareader_p.h"
#include "metadata/xmpregionreader_p.h"
#include "metadata/xmpsidecar.h"

#include <QFileInfo>

#include <exiv2/exiv2.hpp>

#include <algorithm>
#include <exception>
#include <new>

namespace provena {

namespace {

using detail::PacketSource;
using detail::StoredRegion;
using detail::StoredRegions;

/** Float noise of relative coordinates (0.1 × 300 = 30.000000000000004) stays inside. */
constexpr double kEdgeSnap = 1e-6;

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

StoredRegions readRegions(const Exiv2::XmpData &xmp, const PacketSource &source)
{
    StoredRegions regions;
    detail::readIptcRegions(xmp, source, regions);
    detail::readMwgRegions(xmp, source, regions);
    return regions;
}

bool sameShape(const ImportedShape &a, const ImportedShape &b)
{
    return a.geometry == b.geometry && a.label == b.label && a.name == b.name
        && a.identifier == b.identifier && a.note == b.note
        && a.provenaRegionId == b.provenaRegionId;
}

bool withinAPixel(const QRectF &a, const QRectF &b)
{
    return qAbs(a.left() - b.left()) <= 1 && qAbs(a.top() - b.top()) <= 1
        && qAbs(a.right() - b.right()) <= 1 && qAbs(a.bottom() - b.bottom()) <= 1;
}

/** An MWG item that repeats an IPTC item (Provena, Photini and others write people in both). */
bool repeatsIptc(const StoredRegion &mwg, const QList<StoredRegion> &regions)
{
    return std::any_of(regions.cbegin(), regions.cend(), [&](const StoredRegion &iptc) {
        if (iptc.isMwg
            || !withinAPixel(iptc.shape.geometry.boundingRect(), mwg.shape.geometry.boundingRect()))
            return false;
        const bool sameId = !mwg.shape.provenaRegionId.isNull()
            && mwg.shape.provenaRegionId == iptc.shape.provenaRegionId;
        return sameId || mwg.shape.name == iptc.shape.name;
    });
}

/**
 * The embedded packet's regions and the sidecar's as one list: a sidecar item replaces the
 * embedded item with the same id (the sidecar is the newer edit, as in MetadataReader), an exact
 * duplicate is listed once, and an MWG item repeating an IPTC item is dropped.
 */
QList<StoredRegion> merge(const QList<StoredRegion> &embedded, const QList<StoredRegion> &sidecar)
{
    QList<StoredRegion> merged;
    for (const StoredRegion &region : embedded) {
        const bool replaced = !region.itemId.isEmpty()
            && std::any_of(sidecar.cbegin(), sidecar.cend(),
                           [&](const StoredRegion &s) { return s.itemId == region.itemId; });
        if (!replaced)
            merged.append(region);
    }
    for (const StoredRegion &region : sidecar) {
        const bool duplicate
            = std::any_of(merged.cbegin(), merged.cend(), [&](const StoredRegion &m) {
                  return m.isMwg == region.isMwg && sameShape(m.shape, region.shape);
              });
        if (!duplicate)
            merged.append(region);
    }
    QList<StoredRegion> kept;
    for (const StoredRegion &region : std::as_const(merged)) {
        if (!region.isMwg || !repeatsIptc(region, merged))
            kept.append(region);
    }
    return kept;
}

double snapped(double value, double limit)
{
    if (value < 0 && value > -kEdgeSnap)
        return 0;
    if (value > limit && value < limit + kEdgeSnap)
        return limit;
    return value;
}

/** The geometry on the displayed image, with rounding noise at its edges removed. Shapes
 *  further outside stay as they are: the planner refuses them and says so. */
RegionGeometry toDisplayed(const RegionGeometry &stored, const QSizeF &storedSize, int orientation)
{
    const RegionGeometry turned
        = ExifOrientation::storedToDisplayed(stored, storedSize, orientation);
    const QSizeF displayed = ExifOrientation::displayedSize(storedSize, orientation);
    QPolygonF points = turned.points();
    for (QPointF &point : points)
        point = QPointF(snapped(point.x(), displayed.width()),
                        snapped(point.y(), displayed.height()));
    switch (turned.shape()) {
    case RegionGeometry::Shape::Rectangle:
        return RegionGeometry::rectangle(QRectF(points.value(0), points.value(1)));
    case RegionGeometry::Shape::Ellipse:
        return RegionGeometry::ellipse(QRectF(points.value(0), points.value(1)));
    case RegionGeometry::Shape::Polygon:
        return RegionGeometry::polygon(points);
    case RegionGeometry::Shape::Polyline:
        return RegionGeometry::polyline(points);
    case RegionGeometry::Shape::Point:
        return RegionGeometry::point(points.value(0));
    }
    return turned;
}

ShapeImport assemble(const StoredRegions &embedded, const StoredRegions &sidecar,
                     const QSizeF &storedSize, int orientation, const QString &sourcePath)
{
    ShapeImport import;
    import.sourcePath = sourcePath;
    import.refused = embedded.refused + sidecar.refused;
    import.warnings = embedded.warnings + sidecar.warnings;
    bool iptc = false;
    bool mwg = false;
    for (const StoredRegion &region : merge(embedded.regions, sidecar.regions)) {
        ImportedShape shape = region.shape;
        shape.geometry = toDisplayed(shape.geometry, storedSize, orientation);
        import.shapes.append(shape);
        (region.isMwg ? mwg : iptc) = true;
    }
    import.format = mwg && !iptc ? QStringLiteral("xmp-mwg") : QStringLiteral("xmp-iptc");
    return import;
}

Error readFailed(const QString &path, const QString &detail)
{
    return Error {XmpRegionReader::tr("Could not read the regions in the XMP metadata of “%1”: "
                                      "the file is damaged or not an image format Provena "
                                      "knows.")
                      .arg(fileNameOf(path)),
                  detail, path};
}

/** The stored size, EXIF orientation and embedded XMP of an image, from its bytes. */
struct ImageFacts
{
    QSize storedSize;
    int orientation = 1;
    bool hasOrientation = false; ///< the image states one (Exif.Image.Orientation)
    Exiv2::XmpData xmp;
    QStringList warnings;
};

ImageFacts readImageFacts(const QByteArray &bytes)
{
    ImageFacts facts;
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                           long(bytes.size()));
    if (!image.get() || !image->good())
        throw Exiv2::Error(Exiv2::kerDataSourceOpenFailed, "memory");
    try {
        image->readMetadata();
    } catch (const Exiv2::AnyError &e) {
        // As MetadataReader does: what was read before the damage is kept.
        facts.warnings.append(XmpRegionReader::tr("The image's metadata is damaged (%1); regions "
                                                  "after the damage may be missing.")
                                  .arg(detail::exiv2Detail(e.what())));
    }
    facts.storedSize = QSize(image->pixelWidth(), image->pixelHeight());
    const Exiv2::ExifData &exif = image->exifData();
    const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    if (orientation != exif.end() && orientation->count() > 0) {
        facts.orientation = int(orientation->toLong());
        facts.hasOrientation = true;
    }
    facts.xmp = detail::normaliseXmpPrefixes(image->xmpData());
    return facts;
}

/**
 * The image's own orientation counts; only an image without one (a PNG, a WebP) takes the
 * sidecar's tiff:Orientation, which the tool that wrote the regions saw (Provena's writer writes
 * the orientation its decoder applied). A disagreement is said, never silently resolved.
 */
void applySidecarOrientation(const Exiv2::XmpData &sidecar, const QString &sidecarName,
                             ImageFacts &facts)
{
    const auto tiff = sidecar.findKey(Exiv2::XmpKey("Xmp.tiff.Orientation"));
    if (tiff == sidecar.end() || tiff->count() == 0)
        return;
    const int stated = int(tiff->toLong());
    if (!facts.hasOrientation) {
        facts.orientation = stated;
    } else if (stated != facts.orientation) {
        facts.warnings.append(XmpRegionReader::tr("%1 gives the orientation as %2, the image as "
                                                  "%3: the regions are placed as the image's "
                                                  "orientation says.")
                                  .arg(sidecarName)
                                  .arg(stated)
                                  .arg(facts.orientation));
    }
}

/** The sidecar beside `imagePath`: photo.jpg.xmp, else photo.xmp; empty when there is none. */
QString existingSidecar(const QString &imagePath)
{
    for (const XmpSidecarNaming naming :
         {XmpSidecarNaming::KeepExtension, XmpSidecarNaming::ReplaceExtension}) {
        const QString path = XmpSidecarWriter::sidecarPathFor(imagePath, naming);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

Result<ShapeImport> readImpl(const QString &imagePath)
{
    Result<QByteArray> bytes
        = detail::readWholeFile(imagePath, QT_TRANSLATE_NOOP("MetadataReader", "metadata"));
    if (!bytes)
        return bytes.error();
    ImageFacts facts = readImageFacts(bytes.value());
    if (facts.storedSize.isEmpty())
        return Error {XmpRegionReader::tr("Could not read the regions in the XMP metadata of "
                                          "“%1”: its pixel size is unknown, so the regions "
                                          "cannot be placed.")
                          .arg(fileNameOf(imagePath)),
                      {},
                      imagePath};
    const QSizeF stored(facts.storedSize);
    const StoredRegions embedded = readRegions(facts.xmp, {fileNameOf(imagePath), stored});

    StoredRegions fromSidecar;
    const QString sidecar = existingSidecar(imagePath);
    if (!sidecar.isEmpty()) {
        Result<QByteArray> sidecarBytes
            = detail::readWholeFile(sidecar, QT_TRANSLATE_NOOP("MetadataReader", "XMP sidecar"));
        if (!sidecarBytes)
            return sidecarBytes.error();
        Result<Exiv2::XmpData> xmp = detail::decodeSidecar(sidecarBytes.value(), sidecar);
        if (!xmp)
            return xmp.error();
        fromSidecar = readRegions(xmp.value(), {fileNameOf(sidecar), stored});
        applySidecarOrientation(xmp.value(), fileNameOf(sidecar), facts);
    }
    ShapeImport import = assemble(embedded, fromSidecar, stored, facts.orientation,
                                  sidecar.isEmpty() ? imagePath : sidecar);
    import.warnings = facts.warnings + import.warnings;
    return import;
}

} // namespace

Result<ShapeImport> XmpRegionReader::read(const QString &imagePath)
{
    const auto exiv2 = detail::lockExiv2();
    detail::takeLastExiv2Message();
    try {
        return readImpl(imagePath);
    } catch (const Exiv2::AnyError &e) {
        return readFailed(imagePath, detail::exiv2Detail(e.what()));
    } catch (const std::bad_alloc &) {
        return readFailed(imagePath, QStringLiteral("out of memory"));
    } catch (const std::exception &e) { // Exiv2 also lets std exceptions through
        return readFailed(imagePath, detail::exiv2Detail(e.what()));
    }
}

Result<ShapeImport> XmpRegionReader::readPacket(const QByteArray &xmpPacket,
                                                const QSize &storedSize, int orientation,
                                                const QString &nameForMessages)
{
    if (storedSize.isEmpty())
        return Error {tr("Could not read the regions in “%1”: the image's pixel size is unknown, "
                         "so the regions cannot be placed.")
                          .arg(fileNameOf(nameForMessages)),
                      {},
                      nameForMessages};
    const auto exiv2 = detail::lockExiv2();
    detail::takeLastExiv2Message();
    try {
        Result<Exiv2::XmpData> xmp = detail::decodeSidecar(xmpPacket, nameForMessages);
        if (!xmp)
            return xmp.error();
        const QSizeF stored(storedSize);
        const StoredRegions regions
            = readRegions(xmp.value(), {fileNameOf(nameForMessages), stored});
        return assemble({}, regions, stored, orientation, nameForMessages);
    } catch (const Exiv2::AnyError &e) {
        return readFailed(nameForMessages, detail::exiv2Detail(e.what()));
    } catch (const std::bad_alloc &) {
        return readFailed(nameForMessages, QStringLiteral("out of memory"));
    } catch (const std::exception &e) {
        return readFailed(nameForMessages, detail::exiv2Detail(e.what()));
    }
}

} // namespace provena
