// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace provena {

/**
 * What an image's embedded metadata and XMP sidecar say that bears on its provenance, each
 * value with the raw key it was read from, plus flags for facts worth an analyst's attention.
 * app/metadata fills it (MetadataReader, with the thumbnail comparison from app/media); the
 * provenance suggester and the views read it. Flags state facts found in the file, never guesses.
 */
struct MetadataEvidence
{
    /** The meaning of one value. */
    enum class Field {
        Creator, ///< dc:creator, IPTC By-line, EXIF Artist
        Credit, ///< photoshop:Credit, IPTC Credit
        Source, ///< photoshop:Source, IPTC Source
        Caption, ///< dc:description, IPTC Caption-Abstract, EXIF ImageDescription
        Headline,
        Rights, ///< dc:rights, IPTC CopyrightNotice, EXIF Copyright
        UsageTerms, ///< xmpRights:UsageTerms, xmpRights:WebStatement
        DateTimeOriginal, ///< EXIF DateTimeOriginal (when taken)
        CreateDate, ///< EXIF DateTimeDigitized, xmp:CreateDate
        ModifyDate, ///< EXIF DateTime, xmp:ModifyDate, xmp:MetadataDate
        IptcDateCreated, ///< IPTC DateCreated (+ TimeCreated), photoshop:DateCreated
        HistoryEvent, ///< one xmpMM:History entry, as "action when softwareAgent (changed)"
        CameraMake,
        CameraModel,
        CameraSerial, ///< EXIF BodySerialNumber, aux:SerialNumber, exifEX:BodySerialNumber
        LensModel,
        Software, ///< EXIF Software, xmp:CreatorTool
        DocumentId, ///< xmpMM:DocumentID
        InstanceId, ///< xmpMM:InstanceID
        OriginalDocumentId, ///< xmpMM:OriginalDocumentID
        DerivedFrom, ///< xmpMM:DerivedFrom (its documentID / instanceID)
        GpsLatitude, ///< decimal degrees, north positive, "37.5665"
        GpsLongitude, ///< decimal degrees, east positive
        GpsAltitude, ///< metres
        DigitalSourceType, ///< Iptc4xmpExt:DigitalSourceType, a NewsCodes URI
        City,
        Country,
        LocationShown ///< Iptc4xmpExt:LocationShown names
    };

    struct Item
    {
        Field field = Field::Creator;
        QString key; ///< Exiv2's key, e.g. "Exif.Image.Artist", "Xmp.xmpMM.History[2]/stEvt:action"
        QString value; ///< as read, trimmed; dates as stored
        /** "exif", "iptc", "xmp" or "xmp-sidecar". */
        QString origin;

        friend bool operator==(const Item &, const Item &) = default;
    };

    /** A fact about the file worth attention. */
    struct Flag
    {
        enum class Kind {
            C2paManifest, ///< a C2PA/JUMBF manifest store (JPEG APP11 "JP" … "c2pa", PNG caBX)
            ThumbnailMismatch, ///< the embedded EXIF thumbnail does not show the main image
            MetadataStripped, ///< no EXIF at all (typical of a re-encoded or scrubbed copy)
            EditingSoftware, ///< Software, CreatorTool or a history entry names an editor
            DateMismatch ///< a metadata date disagrees with the caption's date (by the suggester)
        };
        Kind kind = Kind::MetadataStripped;
        QString key; ///< the key it rests on, when there is one
        QString detail; ///< one translated sentence: what was found, with values

        /** "c2pa-manifest", "thumbnail-mismatch", "metadata-stripped", "editing-software",
         *  "date-mismatch". */
        static QString kindName(Kind kind);

        friend bool operator==(const Flag &, const Flag &) = default;
    };

    QList<Item> items; ///< in the order of Field, then as read
    QList<Flag> flags;
    /** What could not be read ("truncated EXIF IFD1 …"): the rest is still here. */
    QStringList warnings;

    /** The items of one field, most authoritative first (XMP sidecar, XMP, IPTC, EXIF). */
    QList<Item> itemsOf(Field field) const
    {
        QList<Item> out;
        for (const Item &item : items) {
            if (item.field == field)
                out.append(item);
        }
        return out;
    }
    bool hasFlag(Flag::Kind kind) const
    {
        for (const Flag &flag : flags) {
            if (flag.kind == kind)
                return true;
        }
        return false;
    }
    /** "creator", "credit", "source", "caption", "headline", "rights", "usage-terms",
     *  "date-time-original", "create-date", "modify-date", "iptc-date-created",
     *  "history-event", "camera-make", "camera-model", "camera-serial", "lens-model",
     *  "software", "document-id", "instance-id", "original-document-id", "derived-from",
     *  "gps-latitude", "gps-longitude", "gps-altitude", "digital-source-type", "city",
     *  "country", "location-shown". */
    static QString fieldName(Field field);
    /** Translated, for people: "Creator", "Date taken" … */
    static QString fieldTitle(Field field);

    friend bool operator==(const MetadataEvidence &, const MetadataEvidence &) = default;
};

} // namespace provena
