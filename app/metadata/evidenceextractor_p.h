// SPDX-License-Identifier: MIT
// Private to app/metadata: MetadataReader's second step, from what it collected to the
// provenance evidence.
#pragma once

#include "core/model/metadataevidence.h"
#include "metadata/metadataentry_p.h"

#include <QList>

#include <exiv2/exiv2.hpp>

namespace provena::detail {

/** What the extraction reads: the collected entries plus the typed data GPS needs. */
struct EvidenceSources
{
    const QList<MetadataEntry> &entries; ///< as MetadataReader collected them
    const Exiv2::ExifData &exif; ///< embedded EXIF (GPS rationals and references)
    const Exiv2::XmpData &xmp; ///< embedded XMP, prefixes normalised
    const Exiv2::XmpData *sidecar = nullptr; ///< the XMP sidecar, when one was merged
};

/**
 * The items of every MetadataEvidence::Field, ordered by field, then sidecar XMP, XMP, IPTC,
 * EXIF, then the keys in the order of the table in evidenceextractor.cpp; plus the flags that
 * follow from the values alone (MetadataStripped, EditingSoftware). Warnings for values it
 * could not use (a GPS latitude of 300°) go to `warnings`.
 */
MetadataEvidence extractEvidence(const EvidenceSources &sources);

} // namespace provena::detail
