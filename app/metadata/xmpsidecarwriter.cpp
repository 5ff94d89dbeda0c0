// SPDX-License-Identifier: MIT
#include "metadata/xmpsidecar.h"

#include "core/io/fileaccess.h"
#include "core/io/savefile.h"
#include "metadata/exiv2init_p.h"
#include "metadata/xmpownership_p.h"
#include "metadata/xmpregionencoder_p.h"
#include "metadata/xmpregionwriter_p.h"
#include "metadata/xmpvocabulary_p.h"

#include <QFileInfo>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace provena {

using namespace provena::detail;
using namespace provena::detail::xmp;

namespace {

/** Sidecars are metadata, not images: anything larger is not one Provena should rewrite. */
constexpr qint64 kMaxSidecarBytes = qint64(64) << 20;
/** What Exiv2's own XmpSidecar puts before the packet (it omits the xpacket wrapper too). */
constexpr char kXmlHeader[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
constexpr auto kEncodeFlags
    = uint16_t(Exiv2::XmpParser::omitPacketWrapper | Exiv2::XmpParser::useCompactFormat);

enum class Kind { Text, LangAlt, Seq, Bag };

/** A top-level property Provena writes and may own; `name` is how provena:Owned records it. */
struct PropertySpec
{
    const char *key;
    const char *name;
    Kind kind;
};

constexpr std::array kProperties {
    PropertySpec {"Xmp.dc.creator", "dc:creator", Kind::Seq},
    PropertySpec {"Xmp.photoshop.Credit", "photoshop:Credit", Kind::Text},
    PropertySpec {"Xmp.photoshop.Source", "photoshop:Source", Kind::Text},
    PropertySpec {"Xmp.dc.rights", "dc:rights", Kind::LangAlt},
    PropertySpec {"Xmp.xmpRights.UsageTerms", "xmpRights:UsageTerms", Kind::LangAlt},
    PropertySpec {"Xmp.dc.description", "dc:description", Kind::LangAlt},
    PropertySpec {"Xmp.iptcExt.DigitalSourceType", "Iptc4xmpExt:DigitalSourceType", Kind::Text},
    PropertySpec {"Xmp.iptcExt.PersonInImage", "Iptc4xmpExt:PersonInImage", Kind::Bag},
    PropertySpec {"Xmp.photoshop.DateCreated", "photoshop:DateCreated", Kind::Text},
    PropertySpec {"Xmp.tiff.Orientation", "tiff:Orientation", Kind::Text},
};

/** The values for kProperties, in its order; an empty list: nothing to write. */
std::array<QStringList, kProperties.size()> wantedValues(const XmpSidecarContent &content)
{
    const XmpImageFields &f = content.fields;
    // The orientation tells a reader of the sidecar alone which grid the regions are on.
    const QString orientation = content.orientation >= 2 && content.orientation <= 8
        ? QString::number(content.orientation)
        : QString();
    std::array<QStringList, kProperties.size()> values {
        f.creators,  {f.creditLine},        {f.source},     {f.copyrightNotice}, {f.usageTerms},
        {f.caption}, {f.digitalSourceType}, f.personsShown, {f.dateCreated},     {orientation},
    };
    for (QStringList &list : values)
        list.removeIf([](const QString &value) { return value.trimmed().isEmpty(); });
    return values;
}

void appendProperty(Exiv2::XmpData &out, const PropertySpec &spec, const QStringList &values)
{
    switch (spec.kind) {
    case Kind::Text:
        appendText(out, spec.key, values.first().toStdString());
        return;
    case Kind::LangAlt:
        appendLangAlt(out, spec.key, values.first().toStdString());
        return;
    case Kind::Seq:
        appendTextArray(out, spec.key, Exiv2::xmpSeq, values);
        return;
    case Kind::Bag:
        appendTextArray(out, spec.key, Exiv2::xmpBag, values);
        return;
    }
}

QString displayName(const QString &path)
{
    if (path.isEmpty())
        return XmpSidecarWriter::tr("XMP packet");
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

QString exiv2Detail(const QString &what)
{
    const QString logged = takeLastExiv2Message();
    return logged.isEmpty() || logged == what ? what : what + QLatin1String(" (") + logged + u')';
}

Error exiv2Failed(const QString &path, const QString &detail)
{
    return Error {XmpSidecarWriter::tr("Could not write the XMP sidecar “%1”: Exiv2 could not "
                                       "build its XMP. Nothing was changed; please report this "
                                       "with the sidecar attached.")
                      .arg(displayName(path)),
                  detail, path};
}

/** `bytes` decoded, prefixes normalised; an Error when they are not XMP. */
Result<Exiv2::XmpData> decodeExisting(const QByteArray &bytes, const QString &path)
{
    Exiv2::XmpData xmp;
    takeLastExiv2Message();
    const int rc = Exiv2::XmpParser::decode(xmp, bytes.toStdString());
    // decode() takes any XML (an HTML page saved under the name) as XMP without properties.
    const bool looksLikeXmp = bytes.contains("xmpmeta") || bytes.contains("rdf:RDF");
    if (rc != 0 || (xmp.empty() && !looksLikeXmp)) {
        QString detail = takeLastExiv2Message();
        if (detail.isEmpty())
            detail
                = QStringLiteral("XmpParser::decode returned %1 and found no properties").arg(rc);
        return Error {XmpSidecarWriter::tr("“%1” is not valid XMP, so Provena left it as it is "
                                           "and wrote nothing. Repair the sidecar in the tool "
                                           "that wrote it, or move it away, then write again.")
                          .arg(displayName(path)),
                      detail, path};
    }
    // Only files another tool wrote with the Iptc4xmpExt prefix need it; copying every datum
    // costs as much as building a sidecar's regions.
    const bool foreignPrefix = std::any_of(xmp.begin(), xmp.end(), [](const Exiv2::Xmpdatum &d) {
        return d.key().find("/Iptc4xmpExt:") != std::string::npos;
    });
    return foreignPrefix ? normaliseXmpPrefixes(xmp) : xmp;
}

/**
 * The XMP toolkit names a namespace after the prefix it last parsed for it: after reading a file
 * exiftool wrote ("Iptc4xmpExt"), top-level IPTC Extension properties would be written with that
 * prefix and nested fields with Exiv2's "iptcExt", both declared, and what Provena writes would
 * depend on what was read before. Parsing this declaration right before encoding pins Exiv2's.
 * (Another thread parsing such a file in between can still win; the sidecar is valid then, just
 * written again next time.)
 */
void pinIptcExtensionPrefix()
{
    static const std::string kDeclaration
        = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
          "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
          "rdf:about=\"\" xmlns:iptcExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\" "
          "iptcExt:DigitalSourceType=\"\"/></rdf:RDF></x:xmpmeta>";
    Exiv2::XmpData ignored;
    (void)Exiv2::XmpParser::decode(ignored, kDeclaration);
}

Result<std::string> encode(const Exiv2::XmpData &xmp, const QString &path)
{
    std::string packet;
    pinIptcExtensionPrefix();
    takeLastExiv2Message();
    // writeMetadata() would fail silently here and leave a 54-byte file (toolchain.md §4).
    if (const int rc = Exiv2::XmpParser::encode(packet, xmp, kEncodeFlags); rc != 0)
        return exiv2Failed(path,
                           exiv2Detail(QStringLiteral("XmpParser::encode returned %1").arg(rc)));
    return packet;
}

/** Each wanted property's digest as it will read back from the file (encoded, then decoded). */
Result<std::map<std::string, QString>> digestsAsWritten(const Exiv2::XmpData &wanted,
                                                        const QString &path)
{
    std::map<std::string, QString> digests;
    if (wanted.empty())
        return digests;
    Result<std::string> packet = encode(wanted, path);
    if (!packet)
        return packet.error();
    Exiv2::XmpData decoded;
    if (Exiv2::XmpParser::decode(decoded, packet.value()) != 0)
        return exiv2Failed(path, exiv2Detail(QStringLiteral("decoding our own packet failed")));
    for (const PropertySpec &spec : kProperties)
        digests[spec.key] = propertyDigest(decoded, spec.key);
    return digests;
}

QString conflictMessage(const PropertySpec &spec, bool wasOurs, const QString &theirs,
                        const QString &ours)
{
    if (wasOurs)
        return XmpSidecarWriter::tr("%1 was changed by another tool since Provena wrote it (it "
                                    "is now “%2”), so Provena kept that and did not write its "
                                    "own value “%3”. Remove %1 from the sidecar if Provena's "
                                    "value should be written.")
            .arg(QLatin1String(spec.name), theirs, ours);
    return XmpSidecarWriter::tr("%1 in the sidecar was written by another tool (“%2”), so "
                                "Provena kept it and did not write its own value “%3”. Remove %1 "
                                "from the sidecar if Provena's value should be written.")
        .arg(QLatin1String(spec.name), theirs, ours);
}

/**
 * `xmp` with its top-level properties in the order the XMP toolkit has them after parsing what it
 * serialises: schemas with a simple property first (those are written as attributes, which the
 * parser meets first), then the others, each in their order; within a schema simple properties
 * before the rest. Encoding data in this order gives bytes that decode to the same order, so a
 * second write of the same content gives the same bytes without a decode-and-encode round.
 */
Exiv2::XmpData inParsedOrder(const Exiv2::XmpData &xmp)
{
    struct Property
    {
        std::string schema;
        bool simple = true;
        QList<const Exiv2::Xmpdatum *> datums;
    };
    QList<Property> properties;
    QList<std::string> schemas;
    std::string current;
    for (const Exiv2::Xmpdatum &datum : xmp) {
        const std::string key = datum.key();
        const std::string property = topLevelKey(key);
        if (properties.isEmpty() || property != current) {
            current = property;
            properties.append({datum.groupName(), true, {}});
            if (!schemas.contains(properties.last().schema))
                schemas.append(properties.last().schema);
        }
        Property &last = properties.last();
        const auto *value = dynamic_cast<const Exiv2::XmpValue *>(&datum.value());
        if (key != property || datum.typeId() != Exiv2::xmpText || !value
            || value->xmpArrayType() != Exiv2::XmpValue::xaNone
            || value->xmpStruct() != Exiv2::XmpValue::xsNone)
            last.simple = false;
        last.datums.append(&datum);
    }
    const auto hasSimple = [&properties](const std::string &schema) {
        return std::any_of(properties.begin(), properties.end(),
                           [&schema](const Property &p) { return p.schema == schema && p.simple; });
    };
    Exiv2::XmpData out;
    const auto place = [&](const std::string &schema) {
        for (const bool simple : {true, false}) {
            for (const Property &property : std::as_const(properties)) {
                if (property.schema != schema || property.simple != simple)
                    continue;
                for (const Exiv2::Xmpdatum *datum : property.datums)
                    out.add(*datum);
            }
        }
    };
    for (const bool withSimple : {true, false}) {
        for (const std::string &schema : std::as_const(schemas)) {
            if (hasSimple(schema) == withSimple)
                place(schema);
        }
    }
    return out;
}

struct Rendered
{
    QByteArray bytes;
    bool hasContent = false; ///< Provena owns something in it (properties or regions)
};

Result<Rendered> renderXmp(const QByteArray &existing, const XmpSidecarContent &content,
                           XmpWriteReport &report, const QString &path)
{
    Exiv2::XmpData old;
    if (!existing.isEmpty()) {
        Result<Exiv2::XmpData> decoded = decodeExisting(existing, path);
        if (!decoded)
            return decoded.error();
        old = std::move(decoded.value());
    }
    if (!content.regions.isEmpty() && content.displayedSize.isEmpty())
        return Error {XmpSidecarWriter::tr("Provena cannot place the regions in the XMP sidecar "
                                           "“%1”: the image's size is not known. Make sure the "
                                           "image opens in Provena, then write again.")
                          .arg(displayName(path)),
                      {},
                      path};
    const ImageFrame frame = imageFrame(content.displayedSize, content.orientation);

    const auto values = wantedValues(content);
    Exiv2::XmpData wanted;
    for (std::size_t i = 0; i < kProperties.size(); ++i) {
        if (!values.at(i).isEmpty())
            appendProperty(wanted, kProperties.at(i), values.at(i));
    }
    Result<std::map<std::string, QString>> wantedDigests = digestsAsWritten(wanted, path);
    if (!wantedDigests)
        return wantedDigests.error();

    // Top-level keys whose datums are replaced by these (empty: removed).
    std::map<std::string, Exiv2::XmpData> replacements;
    const OwnedRecord owned = readOwned(old);
    QStringList ownedNow;
    for (std::size_t i = 0; i < kProperties.size(); ++i) {
        const PropertySpec &spec = kProperties.at(i);
        const QString name = QLatin1String(spec.name);
        const QString current = propertyDigest(old, spec.key);
        const bool wasOurs = owned.digests.contains(name);
        if (current.isEmpty() || (wasOurs && owned.digests.value(name) == current)) {
            Exiv2::XmpData &replacement = replacements[spec.key];
            for (const Exiv2::Xmpdatum &datum : wanted) {
                if (isWithin(datum.key(), spec.key))
                    replacement.add(datum);
            }
            if (!values.at(i).isEmpty())
                ownedNow.append(ownedEntry(name, wantedDigests.value()[spec.key]));
        } else if (!values.at(i).isEmpty() && current != wantedDigests.value()[spec.key]) {
            report.notWritten.append(conflictMessage(spec, wasOurs, displayValue(old, spec.key),
                                                     values.at(i).join(QLatin1String("; "))));
        }
    }

    RegionContainers regions = rebuildRegionContainers(old, content, frame);
    report.regionsWritten = regions.regionsWritten;
    report.personRegionsWritten = regions.personRegionsWritten;
    report.foreignRegionsKept = regions.foreignRegionsKept;
    report.notWritten += regions.notWritten;
    if (regions.imageRegion)
        replacements[kImageRegion] = std::move(*regions.imageRegion);
    if (regions.mwgRegions)
        replacements[kMwgRegions] = std::move(*regions.mwgRegions);

    const bool hasContent
        = !ownedNow.isEmpty() || report.regionsWritten > 0 || report.personRegionsWritten > 0;
    ownedNow += owned.otherEntries;
    Exiv2::XmpData &ownedList = replacements[kOwned];
    if (!ownedNow.isEmpty())
        appendTextArray(ownedList, kOwned, Exiv2::xmpBag, ownedNow);

    // Other tools' properties stay where they were; ours replace theirs in place, so the order
    // (and with it the bytes) of a second write is the same; new ones go last.
    Exiv2::XmpData out;
    std::set<std::string> placed;
    std::set<std::string> foreign;
    for (const Exiv2::Xmpdatum &datum : old) {
        const std::string property = topLevelKey(datum.key());
        const auto replacement = replacements.find(property);
        if (replacement == replacements.end()) {
            out.add(datum);
            if (property != kImageRegion && property != kMwgRegions)
                foreign.insert(property);
        } else if (placed.insert(property).second) {
            for (const Exiv2::Xmpdatum &item : replacement->second)
                out.add(item);
        }
    }
    for (const auto &[property, datums] : replacements) {
        if (!placed.contains(property)) {
            for (const Exiv2::Xmpdatum &item : datums)
                out.add(item);
        }
    }
    report.foreignPropertiesKept = int(foreign.size());
    if (out.empty()) // an empty Bag keeps the file a valid XMP packet that says whose it was
        appendArray(out, kOwned, Exiv2::XmpValue::xaBag);

    Result<std::string> packet = encode(inParsedOrder(out), path);
    if (!packet)
        return packet.error();
    return Rendered {QByteArray(kXmlHeader) + QByteArray::fromStdString(packet.value()),
                     hasContent};
}

Result<Rendered> renderGuarded(const QByteArray &existing, const XmpSidecarContent &content,
                               XmpWriteReport &report, const QString &path)
{
    const auto exiv2 = lockExiv2();
    takeLastExiv2Message();
    try {
        return renderXmp(existing, content, report, path);
    } catch (const Exiv2::AnyError &e) {
        return exiv2Failed(path, exiv2Detail(QString::fromUtf8(e.what())));
    } catch (const std::bad_alloc &) {
        return exiv2Failed(path, QStringLiteral("out of memory"));
    } catch (const std::exception &e) { // Exiv2 also lets std exceptions through
        return exiv2Failed(path, exiv2Detail(QString::fromUtf8(e.what())));
    }
}

} // namespace

QString XmpSidecarWriter::sidecarPathFor(const QString &imagePath, XmpSidecarNaming naming)
{
    if (naming == XmpSidecarNaming::ReplaceExtension) {
        const QFileInfo info(imagePath);
        return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".xmp");
    }
    return imagePath + QStringLiteral(".xmp");
}

Result<XmpWriteReport> XmpSidecarWriter::write(const QString &imagePath,
                                               const XmpSidecarContent &content,
                                               XmpSidecarNaming naming)
{
    XmpWriteReport report;
    report.sidecarPath = sidecarPathFor(imagePath, naming);
    const QString &path = report.sidecarPath;
    const QFileInfo info(path);
    // Checked before reading: an unchanged sidecar is not saved, so saveAtomically() would never
    // get to refuse the link.
    if (info.isSymLink())
        return Error {tr("The XMP sidecar “%1” is a symbolic link to “%2”: Provena does not write "
                         "through links, because that would change “%2” instead. Replace the "
                         "link with a copy of the file, or remove it, then write again.")
                          .arg(displayName(path), FileAccess::linkTarget(path)),
                      {},
                      path};
    const bool existed = info.exists();
    QByteArray existing;
    if (existed) {
        Result<QByteArray> bytes
            = FileAccess::readRegularFile(path, kMaxSidecarBytes, tr("The XMP sidecar"));
        if (!bytes)
            return bytes.error();
        existing = std::move(bytes.value());
    }
    Result<Rendered> rendered = renderGuarded(existing, content, report, path);
    if (!rendered)
        return rendered.error();
    report.created = !existed;
    if ((!existed && !rendered->hasContent) || (existed && rendered->bytes == existing)) {
        report.created = false;
        return report;
    }
    if (const Status saved = saveAtomically(path, rendered->bytes); !saved)
        return saved.error();
    report.written = true;
    return report;
}

Result<QByteArray> XmpSidecarWriter::render(const QByteArray &existing,
                                            const XmpSidecarContent &content,
                                            XmpWriteReport *report)
{
    XmpWriteReport scratch;
    Result<Rendered> rendered = renderGuarded(existing, content, report ? *report : scratch, {});
    if (!rendered)
        return rendered.error();
    return std::move(rendered->bytes);
}

} // namespace provena
