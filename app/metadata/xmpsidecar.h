// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/regiongeometry.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace provena {

/** How the sidecar of `photo.jpg` is named. */
enum class XmpSidecarNaming {
    KeepExtension, ///< photo.jpg.xmp (digiKam, darktable; the default: photo.jpg and photo.png
                   ///< never share one)
    ReplaceExtension ///< photo.xmp (Lightroom, Capture One)
};

/** One region as it goes into XMP, in the displayed image's pixels (RegionGeometry's space). */
struct XmpRegion
{
    QUuid id; ///< the Provena region id: written as Iptc4xmpExt:rId and provena:RegionId
    RegionGeometry geometry; ///< displayed pixels; the writer turns it to the stored grid
    QString labelId; ///< "person"; empty when the region has none
    QString labelName; ///< the label's display name, "Person"
    QString name; ///< who or what is shown (the region's entity name); may be empty
    QString identifier; ///< the entity's IRI; may be empty
    QString note;
    /** Also written as an MWG region (Type Face) so digiKam and Lightroom show the person. */
    bool isPerson = false;
};

/** The image-wide IPTC fields Provena fills from the provenance record (accepted claims). */
struct XmpImageFields
{
    QStringList creators; ///< dc:creator (Seq)
    QString creditLine; ///< photoshop:Credit
    QString source; ///< photoshop:Source
    QString copyrightNotice; ///< dc:rights (x-default)
    QString usageTerms; ///< xmpRights:UsageTerms (x-default)
    QString caption; ///< dc:description (x-default)
    QString digitalSourceType; ///< Iptc4xmpExt:DigitalSourceType, a full IPTC CV URI
    QStringList personsShown; ///< Iptc4xmpExt:PersonInImage (Bag)
    QString dateCreated; ///< photoshop:DateCreated, ISO 8601 (date, or date and time)
};

/** Everything Provena writes into one image's sidecar. */
struct XmpSidecarContent
{
    XmpImageFields fields;
    QList<XmpRegion> regions;
    /** The image as displayed (after EXIF orientation) and its EXIF orientation (1–8): regions
     *  are written on the stored grid, as MWG 2.0 §5.9 and digiKam read them. */
    QSize displayedSize;
    int orientation = 1;
};

/** What a write did. */
struct XmpWriteReport
{
    QString sidecarPath;
    bool written = false; ///< false when the file already held exactly this (idempotent)
    bool created = false; ///< there was no sidecar before
    int regionsWritten = 0; ///< IPTC ImageRegion items Provena owns now
    int personRegionsWritten = 0; ///< MWG RegionList items Provena owns now
    int foreignPropertiesKept = 0; ///< top-level properties of other tools, kept as they were
    int foreignRegionsKept = 0; ///< IPTC + MWG region items of other tools, kept as they were
    /** One translated sentence per field Provena wanted to write but another tool owns:
     *  "photoshop:Credit is kept as digiKam wrote it (“Foo”); Provena's value “KCNA” was not
     *  written". */
    QStringList notWritten;
};

/**
 * Writes XMP sidecars with Exiv2 (docs/xmp-sidecars.md): IPTC Core/Extension fields, IPTC
 * ImageRegion for every region and MWG regions for people, beside the image.
 *
 * Provena replaces only what it owns. It records what it wrote in the sidecar itself
 * (provena:Owned, each property with a digest of the value written), so a second write is
 * idempotent and a value another tool changed since is theirs again: kept, and reported in
 * XmpWriteReport::notWritten. Region items are Provena's when they carry provena:RegionId.
 * Every other property and region item stays with the value it had. The file is replaced
 * atomically (saveAtomically), never through a link; an existing sidecar that is not valid XMP
 * is an error and is left alone. The image itself is never written.
 *
 * Reentrant: write() may run on worker threads (Exiv2's XMP toolkit is locked).
 */
class XmpSidecarWriter
{
    Q_DECLARE_TR_FUNCTIONS(XmpSidecarWriter)

public:
    static QString sidecarPathFor(const QString &imagePath,
                                  XmpSidecarNaming naming = XmpSidecarNaming::KeepExtension);

    [[nodiscard]] static Result<XmpWriteReport>
    write(const QString &imagePath, const XmpSidecarContent &content,
          XmpSidecarNaming naming = XmpSidecarNaming::KeepExtension);

    /** The packet write() would produce for `existing` (empty: no sidecar yet), without touching
     *  the disk: for tests and the benchmark. */
    [[nodiscard]] static Result<QByteArray> render(const QByteArray &existing,
                                                   const XmpSidecarContent &content,
                                                   XmpWriteReport *report = nullptr);
};

} // namespace provena
