// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/metadataevidence.h"
#include "metadata/metadatafield.h"
#include "metadata/metadatavalue.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace provena {

/**
 * The provenance-relevant metadata of one image, plus every EXIF/IPTC/XMP entry.
 *
 * Each named field holds the value from the most authoritative place that has one, in this
 * order: XMP sidecar, embedded XMP, IPTC IIM, EXIF. XMP comes first because current tools
 * (and the IPTC Photo Metadata Standard) treat it as the primary store and keep IIM only for
 * compatibility; EXIF last because its text fields are untyped ASCII that cameras fill with
 * defaults. MetadataValue::origin and ::key record where each value came from, so a conflict
 * (say, an IPTC credit that differs from the XMP one) can still be shown from `fields`.
 */
struct ImageMetadata
{
    QString imagePath;
    QString sidecarPath; ///< the XMP sidecar that was merged, empty when there was none

    MetadataValue creators; ///< dc:creator, IPTC By-line, EXIF Artist
    MetadataValue credit; ///< photoshop:Credit, IPTC Credit ("credit line")
    MetadataValue source; ///< photoshop:Source, IPTC Source (original owner)
    MetadataValue caption; ///< dc:description, IPTC Caption-Abstract, EXIF ImageDescription
    MetadataValue headline; ///< photoshop:Headline, IPTC Headline
    MetadataValue rights; ///< dc:rights, IPTC CopyrightNotice, EXIF Copyright
    /**
     * As stored: XMP "2025-08-13T10:42:00", IPTC "2025-08-13" (+ "T" + TimeCreated when present)
     * or EXIF "2025:08:13 10:42:00"; photoshop:DateCreated, IPTC DateCreated, EXIF
     * DateTimeOriginal. Use dateCreatedValue() for a QDateTime.
     */
    MetadataValue dateCreated;
    MetadataValue cameraMake; ///< tiff:Make, EXIF Make
    MetadataValue cameraModel; ///< tiff:Model, EXIF Model
    MetadataValue software; ///< xmp:CreatorTool, EXIF Software
    MetadataValue orientation; ///< tiff:Orientation, EXIF Orientation, as a number "1"–"8"
    MetadataValue city; ///< photoshop:City, IPTC City
    MetadataValue country; ///< photoshop:Country, IPTC Country-PrimaryLocationName
    MetadataValue digitalSourceType; ///< Iptc4xmpExt:DigitalSourceType (a NewsCodes URI)

    /** Every entry read, in file order: EXIF, IPTC, embedded XMP, then sidecar XMP. */
    QList<MetadataField> fields;

    /**
     * What bears on provenance, each value with its raw key, plus the flags that follow from the
     * file alone (C2paManifest, MetadataStripped, EditingSoftware) and the warnings about
     * damaged metadata. ThumbnailMismatch needs pixels: ImageEvidence (app/session) adds it.
     */
    MetadataEvidence evidence;

    /** Larger EXIF thumbnails are left out (with a warning): real ones are 5–60 KB. */
    static constexpr qsizetype kMaxThumbnailBytes = 512 * 1024;
    /** The EXIF thumbnail (IFD1) as stored, usually a JPEG; empty when there is none. */
    QByteArray exifThumbnail;
    /** Its type, "image/jpeg" or "image/tiff"; empty when there is none. */
    QString exifThumbnailMimeType;

    /**
     * dateCreated parsed according to its origin. Without a time zone in the data the result
     * is in local time; a date without a time gives midnight. Invalid when absent or malformed.
     */
    QDateTime dateCreatedValue() const;
    /** The orientation as 1–8, or 0 when absent or out of range. */
    int orientationValue() const;
};

} // namespace provena
