// SPDX-License-Identifier: MIT
#include "metadata/metadatareader.h"

#include "core/io/fileaccess.h"
#include "metadata/c2pascan_p.h"
#include "metadata/evidenceextractor_p.h"
#include "metadata/exiv2init_p.h"
#include "metadata/metadatacollector_p.h"
#include "metadata/metadataentry_p.h"
#include "metadata/metadatalog_p.h"
#include "metadata/metadatareader_p.h"

#include <QFileInfo>

#include <exiv2/exiv2.hpp>

#include <array>
#include <exception>
#include <new>
#include <optional>
#include <string>

namespace provena {

namespace {

using detail::collectExif;
using detail::collectIptc;
using detail::collectXmp;
using detail::decodeSidecar;
using detail::exiv2Detail;
using detail::readWholeFile;
using Entry = detail::MetadataEntry;

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString groupOf(MetadataOrigin origin)
{
    switch (origin) {
    case MetadataOrigin::Exif:
        return QStringLiteral("Exif");
    case MetadataOrigin::Iptc:
        return QStringLiteral("Iptc");
    case MetadataOrigin::Xmp:
    case MetadataOrigin::XmpSidecar:
        return QStringLiteral("Xmp");
    case MetadataOrigin::None:
        break;
    }
    return {};
}

/**
 * The value for one field: origins in preference order (sidecar XMP, XMP, IPTC, EXIF), and
 * within an origin the candidate keys in the order given. Repeated IPTC keys are gathered.
 */
MetadataValue pick(const QList<Entry> &entries, std::initializer_list<const char *> keys)
{
    static constexpr std::array kOrder = {MetadataOrigin::XmpSidecar, MetadataOrigin::Xmp,
                                          MetadataOrigin::Iptc, MetadataOrigin::Exif};
    for (const MetadataOrigin origin : kOrder) {
        const QString prefix = groupOf(origin) + QLatin1Char('.');
        for (const char *key : keys) {
            const QString wanted = QLatin1String(key);
            if (!wanted.startsWith(prefix))
                continue;
            MetadataValue value;
            for (const Entry &entry : entries) {
                if (entry.origin == origin && entry.key == wanted)
                    value.values << entry.values;
            }
            if (!value.values.isEmpty()) {
                value.origin = origin;
                value.key = wanted;
                return value;
            }
        }
    }
    return {};
}

/** IPTC keeps date and time apart; join them into one ISO 8601 text when both exist. */
MetadataValue pickDateCreated(const QList<Entry> &entries)
{
    MetadataValue value = pick(entries,
                               {"Xmp.photoshop.DateCreated", "Iptc.Application2.DateCreated",
                                "Exif.Photo.DateTimeOriginal"});
    if (value.origin == MetadataOrigin::Iptc && value.values.size() == 1) {
        const MetadataValue time = pick(entries, {"Iptc.Application2.TimeCreated"});
        if (time.origin == MetadataOrigin::Iptc && !time.values.isEmpty())
            value.values.first() += QLatin1Char('T') + time.values.first();
    }
    return value;
}

void fillFields(ImageMetadata &metadata, const QList<Entry> &entries)
{
    metadata.creators
        = pick(entries, {"Xmp.dc.creator", "Iptc.Application2.Byline", "Exif.Image.Artist"});
    metadata.credit = pick(entries, {"Xmp.photoshop.Credit", "Iptc.Application2.Credit"});
    metadata.source = pick(entries, {"Xmp.photoshop.Source", "Iptc.Application2.Source"});
    metadata.caption
        = pick(entries,
               {"Xmp.dc.description", "Iptc.Application2.Caption", "Exif.Image.ImageDescription"});
    metadata.headline = pick(entries, {"Xmp.photoshop.Headline", "Iptc.Application2.Headline"});
    metadata.rights
        = pick(entries, {"Xmp.dc.rights", "Iptc.Application2.Copyright", "Exif.Image.Copyright"});
    metadata.dateCreated = pickDateCreated(entries);
    metadata.cameraMake = pick(entries, {"Xmp.tiff.Make", "Exif.Image.Make"});
    metadata.cameraModel = pick(entries, {"Xmp.tiff.Model", "Exif.Image.Model"});
    metadata.software = pick(entries, {"Xmp.xmp.CreatorTool", "Exif.Image.Software"});
    metadata.orientation = pick(entries, {"Xmp.tiff.Orientation", "Exif.Image.Orientation"});
    metadata.city = pick(entries, {"Xmp.photoshop.City", "Iptc.Application2.City"});
    metadata.country = pick(entries, {"Xmp.photoshop.Country", "Iptc.Application2.CountryName"});
    metadata.digitalSourceType = pick(entries, {"Xmp.iptcExt.DigitalSourceType"});

    metadata.fields.reserve(entries.size());
    for (const Entry &entry : entries)
        metadata.fields.append({groupOf(entry.origin), entry.key, entry.label, entry.display,
                                entry.typeName, entry.origin});
}

Error metadataFailed(const QString &path, const QString &detail)
{
    return Error {MetadataReader::tr("Could not read the metadata of “%1”: the file is damaged or "
                                     "not an image format Provena knows.")
                      .arg(displayName(path)),
                  detail, path};
}

} // namespace

// Shared with the XMP region reader (metadatareader_p.h).
namespace detail {

QString exiv2Detail(const char *what)
{
    QString detail = QString::fromUtf8(what);
    const QString logged = detail::takeLastExiv2Message();
    if (!logged.isEmpty() && logged != detail)
        detail += QLatin1String(" (") + logged + QLatin1Char(')');
    return detail;
}

Result<QByteArray> readWholeFile(const QString &path, const char *context)
{
    // Regular files only (after links), read with a hard limit: a FIFO would block, /dev/zero
    // never ends and reports a size of 0.
    Result<QByteArray> bytes = FileAccess::readRegularFile(path, FileAccess::kMaxImageBytes);
    if (!bytes) {
        Error error = bytes.error();
        error.message = MetadataReader::tr("Could not open “%1” to read its %2. %3")
                            .arg(displayName(path), MetadataReader::tr(context), error.message);
        return error;
    }
    return bytes;
}

Result<Exiv2::XmpData> decodeSidecar(const QByteArray &bytes, const QString &path)
{
    Exiv2::XmpData xmp;
    detail::takeLastExiv2Message();
    // decode() reports bad XML only through its return value and Exiv2's log.
    const int rc = Exiv2::XmpParser::decode(xmp, bytes.toStdString());
    // decode() accepts any XML (an HTML page saved by mistake) as XMP without properties;
    // an empty sidecar is fine only when it at least looks like an XMP packet.
    const bool looksLikeXmp = bytes.contains("xmpmeta") || bytes.contains("rdf:RDF");
    if (rc != 0 || (xmp.empty() && !looksLikeXmp)) {
        QString detail = detail::takeLastExiv2Message();
        if (detail.isEmpty())
            detail
                = QStringLiteral("XmpParser::decode returned %1 and found no properties").arg(rc);
        return Error {
            MetadataReader::tr("Could not read the XMP sidecar “%1”: it is not valid XMP. "
                               "Fix or remove the sidecar to see the image's own "
                               "metadata.")
                .arg(displayName(path)),
            detail, path};
    }
    return detail::normaliseXmpPrefixes(xmp);
}

} // namespace detail

namespace {

/** The EXIF thumbnail (IFD1), bounded; a damaged one gives a warning. */
void readThumbnail(const Exiv2::ExifData &exif, ImageMetadata &metadata, QStringList &warnings)
{
    try {
        const Exiv2::ExifThumbC thumbnail(exif);
        const char *mimeType = thumbnail.mimeType();
        if (!mimeType || !*mimeType)
            return;
        const Exiv2::DataBuf bytes = thumbnail.copy();
        if (bytes.size_ <= 0)
            return;
        if (bytes.size_ > ImageMetadata::kMaxThumbnailBytes) {
            warnings.append(MetadataReader::tr("The EXIF thumbnail is %1 bytes, more than any real "
                                               "one; it is not compared with the image.")
                                .arg(bytes.size_));
            return;
        }
        metadata.exifThumbnail
            = QByteArray(reinterpret_cast<const char *>(bytes.pData_), qsizetype(bytes.size_));
        metadata.exifThumbnailMimeType = QString::fromLatin1(mimeType);
    } catch (const Exiv2::AnyError &e) {
        warnings.append(MetadataReader::tr("The EXIF thumbnail could not be read: %1")
                            .arg(exiv2Detail(e.what())));
    }
}

Result<ImageMetadata> readBytesImpl(const QByteArray &bytes, const QString &imagePath,
                                    const std::optional<QByteArray> &xmpSidecar)
{
    ImageMetadata metadata;
    metadata.imagePath = imagePath;
    QList<Entry> entries;
    QStringList warnings;
    QStringList logged; // what Exiv2 skipped and said only in its log
    detail::Exiv2MessageCollector collector(logged);

    // Parse from memory rather than by path: Exiv2 0.27 takes narrow std::string paths, which
    // breaks non-ASCII file names on Windows; QFile does not.
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                           long(bytes.size()));
    if (!image.get() || !image->good())
        throw Exiv2::Error(Exiv2::kerDataSourceOpenFailed, "memory");
    try {
        image->readMetadata();
    } catch (const Exiv2::AnyError &e) {
        // The format is known, only its metadata is damaged: Exiv2 keeps what it had read before
        // the damage (an EXIF block before a truncated XMP segment), and so do we.
        warnings.append(MetadataReader::tr("The metadata is damaged (%1); only what comes before "
                                           "the damage is shown.")
                            .arg(exiv2Detail(e.what())));
    }
    const Exiv2::XmpData xmp = detail::normaliseXmpPrefixes(image->xmpData());
    collectExif(image->exifData(), entries, warnings);
    collectIptc(image->iptcData(), entries, warnings);
    collectXmp(xmp, MetadataOrigin::Xmp, entries, warnings);
    readThumbnail(image->exifData(), metadata, warnings);

    std::optional<Exiv2::XmpData> sidecarXmp;
    if (xmpSidecar) {
        const QString sidecar = MetadataReader::sidecarPathFor(imagePath);
        Result<Exiv2::XmpData> decoded = decodeSidecar(*xmpSidecar, sidecar);
        if (!decoded)
            return decoded.error();
        sidecarXmp = std::move(decoded.value());
        collectXmp(*sidecarXmp, MetadataOrigin::XmpSidecar, entries, warnings);
        metadata.sidecarPath = sidecar;
    }

    fillFields(metadata, entries);
    metadata.evidence = detail::extractEvidence(
        {entries, image->exifData(), xmp, sidecarXmp ? &*sidecarXmp : nullptr});
    if (const detail::C2paMarker c2pa = detail::findC2paManifest(bytes); c2pa.found) {
        metadata.evidence.flags.prepend(
            {MetadataEvidence::Flag::Kind::C2paManifest, QString(),
             MetadataReader::tr("The file carries a C2PA manifest store (%1): its content "
                                "credentials can be checked with a C2PA validator such as "
                                "c2patool.")
                 .arg(c2pa.where)});
    }
    for (const QString &message : std::as_const(logged))
        warnings.append(MetadataReader::tr("Exiv2 skipped damaged metadata: %1").arg(message));
    metadata.evidence.warnings = warnings + metadata.evidence.warnings;
    return metadata;
}

} // namespace

QString MetadataReader::sidecarPathFor(const QString &imagePath)
{
    return imagePath + QLatin1String(".xmp");
}

void MetadataReader::initialise()
{
    detail::ensureExiv2Initialised();
}

Result<ImageMetadata> MetadataReader::read(const QString &imagePath)
{
    try { // reading a whole file can run out of memory
        Result<QByteArray> bytes
            = readWholeFile(imagePath, QT_TRANSLATE_NOOP("MetadataReader", "metadata"));
        if (!bytes)
            return bytes.error();
        std::optional<QByteArray> xmpSidecar;
        if (const QString sidecar = sidecarPathFor(imagePath); QFileInfo::exists(sidecar)) {
            Result<QByteArray> sidecarBytes
                = readWholeFile(sidecar, QT_TRANSLATE_NOOP("MetadataReader", "XMP sidecar"));
            if (!sidecarBytes)
                return sidecarBytes.error();
            xmpSidecar = std::move(sidecarBytes.value());
        }
        return readBytes(bytes.value(), imagePath, xmpSidecar);
    } catch (const std::bad_alloc &) {
        return metadataFailed(imagePath, QStringLiteral("out of memory"));
    }
}

Result<ImageMetadata> MetadataReader::readBytes(const QByteArray &imageBytes,
                                                const QString &nameForErrors,
                                                const std::optional<QByteArray> &xmpSidecar)
{
    const auto exiv2 = detail::lockExiv2();
    detail::takeLastExiv2Message();
    try {
        return readBytesImpl(imageBytes, nameForErrors, xmpSidecar);
    } catch (const Exiv2::AnyError &e) {
        return metadataFailed(nameForErrors, exiv2Detail(e.what()));
    } catch (const std::bad_alloc &) {
        return metadataFailed(nameForErrors, QStringLiteral("out of memory"));
    } catch (const std::exception &e) { // a last net: Exiv2 also lets std exceptions through
        return metadataFailed(nameForErrors, exiv2Detail(e.what()));
    }
}

QString exiv2Version()
{
    // Exiv2::versionString() is compiled into the library, so it names the one loaded.
    return QString::fromStdString(Exiv2::versionString());
}

} // namespace provena
