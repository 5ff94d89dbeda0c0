// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/regiongeometry.h"

#include <QPointF>
#include <QSizeF>

namespace provena {

/**
 * The EXIF orientation (1–8) as a mapping between the stored pixel grid of an image file and the
 * image as displayed. Provena keeps regions in the displayed space (RegionGeometry); other
 * tools' formats that work on the stored grid (MWG and IPTC regions in XMP, see
 * docs/xmp-sidecars.md) convert at their boundary with these functions, so every format agrees.
 *
 * Coordinates are continuous (pixel edges): a stored image W×H has corners (0,0) and (W,H).
 * Orientation 6 ("rotate 90° clockwise to display") maps stored (x, y) to displayed (H − y, x).
 * Values outside 1–8 are treated as 1, as viewers do.
 */
namespace ExifOrientation {

/** Whether `orientation` is one of the eight EXIF values. */
bool isValid(int orientation);
/** True for 5–8, where width and height swap between stored and displayed. */
bool swapsAxes(int orientation);
/** The stored size of an image whose displayed size is `displayed`, and the other way round. */
QSizeF storedSize(const QSizeF &displayed, int orientation);
QSizeF displayedSize(const QSizeF &stored, int orientation);

/** A point of the stored grid (image `stored` in size) in displayed coordinates. */
QPointF storedToDisplayed(const QPointF &point, const QSizeF &stored, int orientation);
/** A point of the displayed image (`displayed` in size) in stored coordinates. */
QPointF displayedToStored(const QPointF &point, const QSizeF &displayed, int orientation);

/**
 * The same mappings for a whole geometry. Rectangles and ellipses stay axis-aligned (an EXIF
 * orientation only turns by quarter turns and mirrors), with their two corners normalised to
 * top-left and bottom-right again; polygon and polyline vertices keep their order.
 */
RegionGeometry storedToDisplayed(const RegionGeometry &geometry, const QSizeF &stored,
                                 int orientation);
RegionGeometry displayedToStored(const RegionGeometry &geometry, const QSizeF &displayed,
                                 int orientation);

} // namespace ExifOrientation

} // namespace provena
