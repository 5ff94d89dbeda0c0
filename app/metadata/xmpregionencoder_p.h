// SPDX-License-Identifier: MIT
// Private to app/metadata: one Provena region as an IPTC Iptc4xmpExt:ImageRegion item and as an
// MWG mwg-rs:RegionList item, on the stored pixel grid (docs/xmp-sidecars.md).
#pragma once

#include "metadata/xmpsidecar.h"

#include <QSize>
#include <QSizeF>

#include <exiv2/exiv2.hpp>

#include <string>

namespace provena::detail::xmp {

/** The image a sidecar describes: displayed size and EXIF orientation, and its stored size. */
struct ImageFrame
{
    QSizeF displayed;
    int orientation = 1;
    QSize stored; ///< whole pixels: what mwg-rs:AppliedToDimensions says
};

ImageFrame imageFrame(const QSize &displayed, int orientation);

/**
 * "12.5", "0", "1024": fixed notation with at most `decimals` decimals, trailing zeros trimmed,
 * so the same region always gives the same bytes.
 */
std::string formatNumber(double value, int decimals = 3);

/** The region's outline on the stored grid (stored pixels). */
RegionGeometry toStored(const XmpRegion &region, const ImageFrame &frame);

/** Whether `region` can be written as an IPTC (and MWG) region: not polylines, not broken shapes.
 */
bool isWritable(const XmpRegion &region);

/**
 * Appends the ImageRegion item `itemKey` ("Xmp.iptcExt.ImageRegion[3]") for `region`: boundary
 * in stored pixels, rId, Name, rCtype, rRole, PersonInImage, provena:RegionId/Label (and
 * provena:Shape/Box for ellipses). Only for isWritable() regions.
 */
void appendImageRegionItem(Exiv2::XmpData &out, const std::string &itemKey, const XmpRegion &region,
                           const ImageFrame &frame);

/**
 * Appends the MWG RegionList item `itemKey` for a person region: Area (centre x, y and w, h,
 * normalised on the stored grid), Type Face, Name when the region has one, and
 * mwg-rs:Extensions with provena:RegionId. Only for isWritable() regions.
 */
void appendMwgRegionItem(Exiv2::XmpData &out, const std::string &itemKey, const XmpRegion &region,
                         const ImageFrame &frame);

/** Appends mwg-rs:AppliedToDimensions (the stored size in pixels). */
void appendAppliedToDimensions(Exiv2::XmpData &out, const ImageFrame &frame);

/** Helpers to build XMP values the way Exiv2 needs them (toolchain.md §4). */
void appendText(Exiv2::XmpData &out, const std::string &key, const std::string &text);
void appendLangAlt(Exiv2::XmpData &out, const std::string &key, const std::string &text);
/** An empty Bag or Seq whose items are added as `key[1]`, `key[2]`…: arrays of structs. */
void appendArray(Exiv2::XmpData &out, const std::string &key, Exiv2::XmpValue::XmpArrayType type);
void appendStruct(Exiv2::XmpData &out, const std::string &key);
/** A Bag or Seq of simple text items in one value. */
void appendTextArray(Exiv2::XmpData &out, const std::string &key, Exiv2::TypeId type,
                     const QStringList &items);

} // namespace provena::detail::xmp
