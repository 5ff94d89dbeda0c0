// SPDX-License-Identifier: MIT
#include "metadata/metadatacollector_p.h"

#include "metadata/metadatareader.h"

#include <QStringDecoder>

#include <exception>
#include <sstream>
#include <string>

namespace provena::detail {

namespace {

/** Longer binary values are summarised: a dock cannot show a 40 KB MakerNote usefully. */
constexpr long kMaxBinaryBytesShown = 64;
/** Longer texts are cut (with a warning): no caption is this long, a crafted 10 MB one is. */
constexpr qsizetype kMaxTextChars = 4096;
/** Array items kept per key: a bag of a million keywords is an attack, not a description. */
constexpr qsizetype kMaxItemsPerKey = 1000;

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
void capMetadataEntry(MetadataEntry &entry, QStringList &warnings)
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

} // namespace

void collectExif(const Exiv2::ExifData &exif, QList<MetadataEntry> &entries, QStringList &warnings)
{
    for (const Exiv2::Exifdatum &datum : exif) {
        MetadataEntry entry;
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
        capMetadataEntry(entry, warnings);
        entries << entry;
    }
}

void collectIptc(const Exiv2::IptcData &iptc, QList<MetadataEntry> &entries, QStringList &warnings)
{
    // IIM strings carry no encoding of their own: UTF-8 only when the envelope says so
    // (ESC % G) or every string happens to be valid UTF-8 (detectCharset checks both).
    const char *charset = iptc.detectCharset();
    const bool utf8 = charset && std::string(charset) == "UTF-8";
    for (const Exiv2::Iptcdatum &datum : iptc) {
        MetadataEntry entry;
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
        capMetadataEntry(entry, warnings);
        entries << entry;
    }
}

void collectXmp(const Exiv2::XmpData &xmp, MetadataOrigin origin, QList<MetadataEntry> &entries,
                QStringList &warnings)
{
    for (const Exiv2::Xmpdatum &datum : xmp) {
        MetadataEntry entry;
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
        capMetadataEntry(entry, warnings);
        entries << entry;
    }
}

} // namespace provena::detail
