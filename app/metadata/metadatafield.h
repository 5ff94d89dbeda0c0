// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace provena {

/** Where a metadata value was read from. */
enum class MetadataOrigin {
    None, ///< not present anywhere
    Exif, ///< EXIF embedded in the image
    Iptc, ///< IPTC IIM embedded in the image
    Xmp, ///< XMP embedded in the image
    XmpSidecar ///< the XMP sidecar next to the image ("photo.jpg.xmp")
};

/** One entry of an image's metadata as a metadata dock lists it. */
struct MetadataField
{
    QString group; ///< "Exif", "Iptc" or "Xmp"
    QString key; ///< Exiv2's key, e.g. "Exif.Image.Make", "Xmp.dc.creator"
    QString label; ///< readable name for people, e.g. "Manufacturer", "Creator"
    QString value; ///< readable text (interpreted as `exiv2 -pa` shows it; binary summarised)
    QString typeName; ///< Exiv2's type name, e.g. "Ascii", "XmpSeq", "LangAlt"
    MetadataOrigin origin = MetadataOrigin::None;
};

} // namespace provena
