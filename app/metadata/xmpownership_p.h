// SPDX-License-Identifier: MIT
// Private to app/metadata: what in an XMP sidecar is Provena's (docs/xmp-sidecars.md,
// "Ownership"): the provena:Owned record of top-level properties with the digest of the value
// written, and region items that carry provena:RegionId.
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <exiv2/exiv2.hpp>

#include <string>

namespace provena::detail::xmp {

/** The top-level property `key` lies in: "Xmp.iptcExt.ImageRegion[2]/iptcExt:rId" gives
 *  "Xmp.iptcExt.ImageRegion". */
std::string topLevelKey(const std::string &key);

/** Whether `key` is `property` itself or lies inside it (an item, a field, a qualifier). */
bool isWithin(const std::string &key, const std::string &property);

/**
 * The first 16 hex digits of the SHA-256 of everything `xmp` holds in `property`: each datum's
 * path below it, value type, array and struct kind and value(s), in order. Empty when `xmp` has
 * nothing there. Taken on decoded data on both sides (what Provena wrote, what it reads back), so
 * the same value gives the same digest whichever tool serialised it.
 */
QString propertyDigest(const Exiv2::XmpData &xmp, const std::string &property);

/** A property's value for messages: a language alternative's x-default, list items joined by
 *  "; ", else the text; at most 80 characters. */
QString displayValue(const Exiv2::XmpData &xmp, const std::string &property);

/** provena:Owned as found in a sidecar. */
struct OwnedRecord
{
    /** "dc:creator" → the digest recorded when Provena wrote it. */
    QMap<QString, QString> digests;
    /** Entries this version does not read (another version's properties): kept as they are. */
    QStringList otherEntries;
};

OwnedRecord readOwned(const Exiv2::XmpData &xmp);
/** "dc:creator 0123456789abcdef": one entry of provena:Owned. */
QString ownedEntry(const QString &name, const QString &digest);

/** The items of an array of structs (Iptc4xmpExt:ImageRegion, mwg-rs:RegionList). */
struct ArrayItems
{
    /** The array's own datums (the Bag itself and anything on it that is not an item). */
    QList<const Exiv2::Xmpdatum *> container;
    /** Each foreign item's datums, in the order the file has them, keys as read. */
    QList<QList<const Exiv2::Xmpdatum *>> foreign;
    /** The index ("3" of "[3]") each foreign item had. */
    QList<std::string> foreignIndexes;
    int ownItems = 0; ///< items that carry `marker`, i.e. Provena's
};

/**
 * Splits the items of `arrayKey` in `xmp` into Provena's (those with a datum `item + marker`,
 * e.g. marker "/provena:RegionId") and everyone else's.
 */
ArrayItems splitItems(const Exiv2::XmpData &xmp, const std::string &arrayKey,
                      const std::string &marker);

/** Appends one foreign item as item `newIndex` of `arrayKey`, every field as it was. */
void appendItem(Exiv2::XmpData &out, const ArrayItems &items, qsizetype which,
                const std::string &arrayKey, int newIndex);

} // namespace provena::detail::xmp
