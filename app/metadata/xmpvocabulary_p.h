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
/** Inside an ImageRegion item Provena wrote for an ellipse: "ellipse". The IPTC boundary is then a
 *  circle (width and height within 0.5 px) or a 36-vertex polygon, and provena:Box holds the
 *  exact ellipse so Provena's reader gets it back unchanged. */
inline constexpr char kShapeField[] = "provena:Shape";
inline constexpr char kShapeEllipse[] = "ellipse";
/** The ellipse's bounding box, a struct of provena:X, provena:Y (top-left), provena:W, provena:H
 *  in pixels of the STORED grid, like the IPTC boundary beside it. */
inline constexpr char kBoxField[] = "provena:Box";
inline constexpr char kBoxX[] = "provena:X";
inline constexpr char kBoxY[] = "provena:Y";
inline constexpr char kBoxW[] = "provena:W";
inline constexpr char kBoxH[] = "provena:H";
/** Where an MWG RegionList item carries provena:RegionId (and provena:Label). */
inline constexpr char kMwgExtensions[] = "mwg-rs:Extensions";

inline constexpr char kImageRegion[] = "Xmp.iptcExt.ImageRegion";
inline constexpr char kMwgRegions[] = "Xmp.mwg-rs.Regions";
inline constexpr char kMwgRegionList[] = "Xmp.mwg-rs.Regions/mwg-rs:RegionList";
inline constexpr char kMwgAppliedTo[] = "Xmp.mwg-rs.Regions/mwg-rs:AppliedToDimensions";

/** IPTC controlled vocabularies (cv.iptc.org). */
inline constexpr char kRegionRoleScheme[] = "http://cv.iptc.org/newscodes/imageregionrole/";
inline constexpr char kRegionTypeScheme[] = "http://cv.iptc.org/newscodes/imageregiontype/";

} // namespace provena::detail::xmp
