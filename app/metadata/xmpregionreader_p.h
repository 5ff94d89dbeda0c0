// SPDX-License-Identifier: MIT
// Private to app/metadata: the parts of XmpRegionReader (xmpregionreader*.cpp). Regions are read
// per vocabulary onto the image's stored pixel grid; xmpregionreader.cpp merges the embedded
// packet with the sidecar and turns the result to displayed pixels.
#pragma once

#include "core/model/regionimport.h"

#include <QMap>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <exiv2/exiv2.hpp>

#include <optional>
#include <string>

namespace provena::detail {

/** One region item as read, still on the stored pixel grid. */
struct StoredRegion
{
    ImportedShape shape; ///< geometry on the STORED grid (not yet turned by the orientation)
    /** What identifies the item across the embedded packet and the sidecar: the Provena region
     *  id, else "rId:" + the IPTC region id; empty when it has neither. */
    QString itemId;
    bool isMwg = false;
};

/** What one packet holds. */
struct StoredRegions
{
    QList<StoredRegion> regions;
    QStringList refused;
    QStringList warnings;
};

/** Where a packet comes from, for ImportedShape::origin and messages. */
struct PacketSource
{
    QString fileName; ///< "photo.jpg.xmp", or "photo.jpg" for the embedded packet
    QSizeF storedSize; ///< the image's stored pixel size (valid)
};

/** The fields of one item of an XMP array of structs, by path relative to the item
 *  ("iptcExt:RegionBoundary/iptcExt:rbX"); language alternatives give x-default or the first. */
class XmpStructItem
{
public:
    void add(const QString &path, const Exiv2::Value &value);
    bool has(const QString &path) const { return mFields.contains(path); }
    QString text(const QString &path) const;
    QStringList texts(const QString &path) const { return mFields.value(path); }
    /** The indexes `i` of the array items "`arrayPath`[i]/…" inside this item, ascending. */
    QList<int> arrayIndexes(const QString &arrayPath) const;

private:
    QMap<QString, QStringList> mFields;
};

/** The items of the XMP array `arrayKey` ("Xmp.iptcExt.ImageRegion") by their 1-based index. */
QMap<int, XmpStructItem> xmpStructItems(const Exiv2::XmpData &xmp, const std::string &arrayKey);

/** "ImageRegion[3] in photo.jpg.xmp": the origin of an item for messages. */
QString itemOrigin(const char *array, int index, const PacketSource &source);

/**
 * A number field of `item`: nullopt with `problem` set to a sentence when it is missing, not a
 * number, or not finite ("rbX is missing", "rbW is not a number (“wide”)").
 */
std::optional<double> numberField(const XmpStructItem &item, const QString &path,
                                  const QString &name, QString *problem);

/** IPTC Extension Iptc4xmpExt:ImageRegion items (docs/xmp-sidecars.md, "Reading regions"). */
void readIptcRegions(const Exiv2::XmpData &xmp, const PacketSource &source, StoredRegions &out);

/** MWG mwg-rs:Regions items; a differing AppliedToDimensions adds a warning. */
void readMwgRegions(const Exiv2::XmpData &xmp, const PacketSource &source, StoredRegions &out);

} // namespace provena::detail
