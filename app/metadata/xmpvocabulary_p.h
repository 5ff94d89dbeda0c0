// SPDX-License-Identifier: MIT
// Private to app/metadata: the names the XMP sidecar writer and the region reader share
// (docs/xmp-sidecars.md). Exiv2 key spellings: Exiv2's own prefixes (iptcExt, not Iptc4xmpExt;
// see normaliseXmpPrefixes()).
#pragma once

namespace provena::detail::xmp {

/** Provena's own XMP namespace, registered once in ensureExiv2Initialised(). */
inline constexpr char kProvenaNamespace[] = "https://w3id.org/provena/xmp/1.0/";
inline constexpr char kProvenaPrefix[] = "provena";

/** What Provena wrote last: a Bag of "prefix:Property sha256-of-value" strings. */
inline constexpr char kOwned[] = "Xmp.provena.Owned";
/** Inside an Iptc4xmpExt:ImageRegion item, and inside mwg-rs:Extensions of an MWG item: the
 *  Provena region id (a UUID without braces). Items with it are Provena's. */
inline constexpr char kRegionIdField[] = "provena:RegionId";
/** The label id of a region, next to RegionId. */
inline constexpr char kLabelField[] = "provena:Label";
/** The IRI of the entity a region shows (XmpRegion::identifier), next to RegionId. */
inline constexpr char kIdentifierField[] = "provena:Identifier";
/** Inside an ImageRegion item whose boundary approximates a shape IPTC lacks: the shape
 *  ("ellipse") and its exact box on the stored grid (a struct of x, y, w, h in pixels). */
inline constexpr char kShapeField[] = "provena:Shape";
inline constexpr char kBoxField[] = "provena:Box";
inline constexpr char kBoxX[] = "provena:x";
inline constexpr char kBoxY[] = "provena:y";
inline constexpr char kBoxW[] = "provena:w";
inline constexpr char kBoxH[] = "provena:h";

inline constexpr char kImageRegion[] = "Xmp.iptcExt.ImageRegion";
inline constexpr char kMwgRegions[] = "Xmp.mwg-rs.Regions";
inline constexpr char kMwgRegionList[] = "Xmp.mwg-rs.Regions/mwg-rs:RegionList";
inline constexpr char kMwgAppliedTo[] = "Xmp.mwg-rs.Regions/mwg-rs:AppliedToDimensions";

/** IPTC controlled vocabularies (cv.iptc.org). */
inline constexpr char kRegionRoleScheme[] = "http://cv.iptc.org/newscodes/imageregionrole/";
inline constexpr char kRegionTypeScheme[] = "http://cv.iptc.org/newscodes/imageregiontype/";

} // namespace provena::detail::xmp
