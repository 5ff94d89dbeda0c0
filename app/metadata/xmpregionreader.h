// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/regionimport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

namespace provena {

/**
 * Reads the regions other tools (digiKam, Lightroom, Photini, exiftool) wrote into an image's
 * XMP — embedded, and in its sidecar (photo.jpg.xmp, else photo.xmp) — as ImportedShapes in the
 * displayed image's pixels: IPTC Iptc4xmpExt:ImageRegion (rectangle, circle, polygon; pixel or
 * relative units) and MWG mwg-rs:Regions (normalised centre-based areas; Face, Pet, Focus,
 * BarCode). Both are taken to lie on the stored grid (MWG 2.0 §5.9, digiKam), scaled from
 * AppliedToDimensions where the file gives them, and turned by the image's EXIF orientation.
 * An MWG region that repeats an IPTC region of the same area is read once. Items Provena wrote
 * carry their region id (ImportedShape::provenaRegionId). Never throws.
 */
class XmpRegionReader
{
    Q_DECLARE_TR_FUNCTIONS(XmpRegionReader)

public:
    /** Regions of the image file at `imagePath` and its sidecar. */
    [[nodiscard]] static Result<ShapeImport> read(const QString &imagePath);

    /**
     * The same for XMP already in memory: `xmpPacket` is a packet or sidecar file,
     * `storedSize` the image's stored pixel size and `orientation` its EXIF orientation.
     */
    [[nodiscard]] static Result<ShapeImport> readPacket(const QByteArray &xmpPacket,
                                                        const QSize &storedSize, int orientation,
                                                        const QString &nameForMessages);
};

} // namespace provena
