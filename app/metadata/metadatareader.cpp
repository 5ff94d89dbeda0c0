// SPDX-License-Identifier: MIT
#include "metadata/metadatareader.h"

#include "core/io/fileaccess.h"
#include "metadata/c2pascan_p.h"
#include "metadata/evidenceextractor_p.h"
#include "metadata/exiv2init_p.h"
#include "metadata/metadataentry_p.h"
#include "metadata/metadatalog_p.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <exiv2/exiv2.hpp>

#include <array>
#include <exception>
#include <new>
#include <optional>
#include <sstream>
#include <string>

namespace provena {

namespace {

/** Longer binary values are summarised: a dock cannot show a 40 KB MakerNote usefully. */
constexpr long kMaxBinaryBytesShown = 64;
/** Longer texts are cut (with a warning): no caption is this long, a crafted 10 MB one is. */
constexpr qsizetype kMaxTextChars = 4096;
/** Array items kept per key: a bag of a million keywords is an attack, not a description. */
constexpr qsizetype kMaxItemsPerKey = 1000;

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

/**
 * EXIF "ASCII" is, in practice, UTF-8 from most current tools and Latin-1 from old cameras:
 * accept UTF-8 when it decodes cleanly, else fall back. Stops at the first NUL as EXIF does.
 */
QString decodeLooseText(const std::string &raw)
{
    const std::string text = raw.substr(0, raw.find('\0'));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8(QByteArrayView(text.data(), qsizetype(text.size())));
    if (utf8.hasError())
        decoded = QString::fromLatin1(text.data(), qsizetype(text.size()));
    return decoded.trimmed();
}

using Entry = detail::MetadataEntry;

// Exiv2's title for a key ("Exif.Image.Make" → "Manufacturer"); the last part of the key, split
// at its capitals, when Exiv2 knows none (custom XMP namespaces, unknown tags).
QString labelOf(const Exiv2::Metadatum &datum)
{
    std::string label;
    try {
        label = datum.tagLabel();
    } catch (const std::exception &) {
        label.clear(); // an unknown namespace: fall back to the key below
    }
    if (!label.empty())
        return QString::fromStdString(label);
    const QString name = QString::fromStdString(datum.key()).section(u'.', -1);
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name[i].isUpper() && name[i - 1].isLower())
            out += u' ';
        out += name[i];
    }
    return out;
}

bool isBinary(Exiv2::TypeId type)
{
    return type == Exiv2::undefined || type == Exiv2::unsignedByte || type == Exiv2::signedByte;
}

QString printed(const Exiv2::Metadatum &datum, const Exiv2::ExifData *exif = nullptr)
{
    std::ostringstream out;
    datum.write(out, exif);
    return decodeLooseText(out.str());
}

/** Cuts over-long values and array items of `entry`, saying so in `warnings`. */
void capEntry(Entry &entry, QStringList &warnings)
{
    bool cut = false;
    if (entry.values.size() > kMaxItemsPerKey) {
        warnings.append(MetadataReader::tr("%1 has %2 values; only the first %3 are kept.")
                            .arg(entry.key)
                            .arg(entry.values.size())
                            .arg(kMaxItemsPerKey));
        entry.values.resize(kMaxItemsPerKey);
    }
    for (QString &value : entry.values) {
        if (value.size() > kMaxTextChars) {
            warnings.append(MetadataReader::tr("%1 is %2 characters long; only the first %3 are "
                                               "kept.")
                                .arg(entry.key)
                                .arg(value.size())
                                .arg(kMaxTextChars));
            value = value.left(kMaxTextChars) + u'…';
            cut = true;
        }
    }
    if (entry.display.size() > kMaxTextChars) {
        entry.display = entry.display.left(kMaxTextChars) + u'…';
        if (!cut)
            warnings.append(MetadataReader::tr("%1 is too long to show whole; it is cut after %2 "
                                               "characters.")
                                .arg(entry.key)
                                .arg(kMaxTextChars));
    }
}

void collectExif(const Exiv2::ExifData &exif, QList<Entry> &entries, QStringList &warnings)
{
    for (const Exiv2::Exifdatum &datum : exif) {
        Entry entry;
        entry.origin = MetadataOrigin::Exif;
        entry.key = QString::fromStdString(datum.key());
        entry.label = labelOf(datum);
        entry.typeName = QString::fromLatin1(datum.typeName() ? datum.typeName() : "Unknown");
        if (datum.typeId() == Exiv2::asciiString) {
            entry.display = decodeLooseText(datum.toString());
            if (!entry.display.isEmpty())
                entry.values << entry.display;
        } else if (isBinary(datum.typeId()) && datum.size() > kMaxBinaryBytesShown) {
            entry.display
                = MetadataReader::tr("(%n bytes of binary data)", nullptr, int(datum.size()));
        } else {
            entry.display = printed(datum, &exif);
            entry.values << QString::fromStdString(datum.toString());
        }
        capEntry(entry, warnings);
        entries << entry;
    }
}

void collectIptc(const Exiv2::IptcData &iptc, QList<Entry> &entries, QStringList &warnings)
{
    // IIM strings carry no encoding of their own: UTF-8 only when the envelope says so
    // (ESC % G) or every string happens to be valid UTF-8 (detectCharset checks both).
    const char *charset = iptc.detectCharset();
    const bool utf8 = charset && std::string(charset) == "UTF-8";
    for (const Exiv2::Iptcdatum &datum : iptc) {
        Entry entry;
        entry.origin = MetadataOrigin::Iptc;
        entry.key = QString::fromStdString(datum.key());
        entry.label = labelOf(datum);
        entry.typeName = QString::fromLatin1(datum.typeName() ? datum.typeName() : "Unknown");
        const std::string raw = datum.toString();
        const QString text = utf8
            ? QString::fromStdString(raw).trimmed()
            : QString::fromLatin1(raw.data(), qsizetype(raw.size())).trimmed();
        entry.display = datum.typeId() == Exiv2::string ? text : printed(datum);
        if (!text.isEmpty())
            entry.values << text;
        capEntry(entry, warnings);
        entries << entry;
    }
}

void collectXmp(const Exiv2::XmpData &xmp, MetadataOrigin origin, QList<Entry> &entries,
                QStringList &warnings)
{
    for (const Exiv2::Xmpdatum &datum : xmp) {
        Entry entry;
        entry.origin = origin;
        entry.key = QString::fromStdString(datum.key());
        entry.label = labelOf(datum);
        entry.typeName = QString::fromLatin1(datum.typeName() ? datum.typeName() : "Unknown");
        const Exiv2::Value &value = datum.value();
        switch (datum.typeId()) {
        case Exiv2::langAlt: {
            // x-default is the text meant for everyone; other languages stay in `display`.
            const auto &alt = static_cast<const Exiv2::LangAltValue &>(value);
            std::string text = alt.toString(0);
            if (!alt.ok() && !alt.value_.empty())
                text = alt.value_.begin()->second;
            if (!text.empty())
                entry.values << QString::fromStdString(text).trimmed();
            entry.display = alt.count() == 1 ? entry.values.value(0) : printed(datum);
            break;
        }
        case Exiv2::xmpBag:
        case Exiv2::xmpSeq:
        case Exiv2::xmpAlt:
            for (long i = 0; i < value.count(); ++i) {
                const QString item = QString::fromStdString(value.toString(i)).trimmed();
                if (!item.isEmpty())
                    entry.values << item;
            }
            entry.display = entry.values.join(QStringLiteral("; "));
            break;
        default: {
            const QString text = QString::fromStdString(value.toString()).trimmed();
            if (!text.isEmpty())
                entry.values << text;
            entry.display = printed(datum);
            break;
        }
        }
        capEntry(entry, warnings);
        entries << entry;
    }
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

QString exiv2Detail(const char *what)
{
    QString detail = QString::fromUtf8(what);
    const QString logged = detail::takeLastExiv2Message();
    if (!logged.isEmpty() && logged != detail)
        detail += QLatin1String(" (") + logged + QLatin1Char(')');
    return detail;
}

Error metadataFailed(const QString &path, const QString &detail)
{
    return Error {MetadataReader::tr("Could not read the metadata of “%1”: the file is damaged or "
                                     "not an image format Provena knows.")
                      .arg(displayName(path)),
                  detail, path};
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
    detail::ensureExiv2Initialised();
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

} // namespace provena
