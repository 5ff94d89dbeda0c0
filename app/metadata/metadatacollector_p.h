// SPDX-License-Identifier: MIT
// Private to app/metadata: MetadataReader's first step, from Exiv2's data to MetadataEntry lists.
#pragma once

#include "metadata/metadataentry_p.h"

#include <QList>
#include <QStringList>

#include <exiv2/exiv2.hpp>

namespace provena::detail {

/**
 * Append one MetadataEntry per datum, in file order, with readable labels and display texts.
 * Texts longer than 4096 characters and more than 1000 values per key are cut, each with a
 * message in `warnings` (a crafted 10 MB XMP string must not reach every view whole).
 */
void collectExif(const Exiv2::ExifData &exif, QList<MetadataEntry> &entries, QStringList &warnings);
void collectIptc(const Exiv2::IptcData &iptc, QList<MetadataEntry> &entries, QStringList &warnings);
void collectXmp(const Exiv2::XmpData &xmp, MetadataOrigin origin, QList<MetadataEntry> &entries,
                QStringList &warnings);

} // namespace provena::detail
