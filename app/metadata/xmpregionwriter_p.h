// SPDX-License-Identifier: MIT
// Private to app/metadata: the region containers of a sidecar rebuilt with Provena's regions
// (docs/xmp-sidecars.md): Iptc4xmpExt:ImageRegion and mwg-rs:Regions.
#pragma once

#include "metadata/xmpregionencoder_p.h"
#include "metadata/xmpsidecar.h"

#include <QStringList>

#include <exiv2/exiv2.hpp>

#include <optional>

namespace provena::detail::xmp {

/** The new content of the two region containers. */
struct RegionContainers
{
    /** Everything under Xmp.iptcExt.ImageRegion; nullopt: leave the existing datums alone. */
    std::optional<Exiv2::XmpData> imageRegion;
    /** Everything under Xmp.mwg-rs.Regions; nullopt: leave the existing datums alone. */
    std::optional<Exiv2::XmpData> mwgRegions;
    int regionsWritten = 0;
    int personRegionsWritten = 0;
    int foreignRegionsKept = 0;
    /** Translated sentences: regions or MWG items that were not written, and why. */
    QStringList notWritten;
};

/**
 * Rebuilds both containers from `existing` (decoded, prefixes normalised): other tools' items
 * first, in their order and with every field, then Provena's items for `content`'s regions,
 * replacing the ones Provena wrote before (provena:RegionId). Polylines and broken shapes are
 * left out and named in notWritten. MWG items are written only when the MWG block's
 * AppliedToDimensions, if another tool's items depend on it, matches the stored size.
 */
RegionContainers rebuildRegionContainers(const Exiv2::XmpData &existing,
                                         const XmpSidecarContent &content, const ImageFrame &frame);

} // namespace provena::detail::xmp
