// SPDX-License-Identifier: MIT
#include "metadata/evidenceextractor_p.h"

#include "metadata/editingsoftware_p.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <exception>
#include <optional>
#include <utility>

namespace provena::detail {

namespace {

struct EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(MetadataEvidence)
};

using Field = MetadataEvidence::Field;
using Item = MetadataEvidence::Item;

/** An xmpMM:History with more entries than this is not one an editor wrote; keep the first. */
constexpr int kMaxHistoryEvents = 500;

constexpr std::array kOriginOrder
    = {MetadataOrigin::XmpSidecar, MetadataOrigin::Xmp, MetadataOrigin::Iptc, MetadataOrigin::Exif};

struct FieldKeys
{
    Field field;
    /** In preference order within each origin; unused places are null. An array, not an
     *  initializer_list, whose backing store would not outlive the table's initialisation. */
    std::array<const char *, 3> keys;
};

// Which keys say what; fields that need more than one key per value (history, GPS, location
// shown) are extracted by the functions below. Keys are Exiv2's, with XMP prefixes normalised.
constexpr std::array kFieldKeys = {
    FieldKeys {Field::Creator, {"Xmp.dc.creator", "Iptc.Application2.Byline", "Exif.Image.Artist"}},
    FieldKeys {Field::Credit, {"Xmp.photoshop.Credit", "Iptc.Application2.Credit"}},
    FieldKeys {Field::Source, {"Xmp.photoshop.Source", "Iptc.Application2.Source"}},
    FieldKeys {Field::Caption,
               {"Xmp.dc.description", "Iptc.Application2.Caption", "Exif.Image.ImageDescription"}},
    FieldKeys {Field::Headline, {"Xmp.photoshop.Headline", "Iptc.Application2.Headline"}},
    FieldKeys {Field::Rights,
               {"Xmp.dc.rights", "Iptc.Application2.Copyright", "Exif.Image.Copyright"}},
    FieldKeys {Field::UsageTerms, {"Xmp.xmpRights.UsageTerms", "Xmp.xmpRights.WebStatement"}},
    FieldKeys {Field::DateTimeOriginal,
               {"Xmp.exif.DateTimeOriginal", "Exif.Photo.DateTimeOriginal"}},
    FieldKeys {
        Field::CreateDate,
        {"Xmp.xmp.CreateDate", "Xmp.exif.DateTimeDigitized", "Exif.Photo.DateTimeDigitized"}},
    FieldKeys {Field::ModifyDate,
               {"Xmp.xmp.ModifyDate", "Xmp.xmp.MetadataDate", "Exif.Image.DateTime"}},
    FieldKeys {Field::IptcDateCreated,
               {"Xmp.photoshop.DateCreated", "Iptc.Application2.DateCreated"}},
    FieldKeys {Field::HistoryEvent, {}},
    FieldKeys {Field::CameraMake, {"Xmp.tiff.Make", "Exif.Image.Make"}},
    FieldKeys {Field::CameraModel, {"Xmp.tiff.Model", "Exif.Image.Model"}},
    FieldKeys {
        Field::CameraSerial,
        {"Xmp.exifEX.BodySerialNumber", "Xmp.aux.SerialNumber", "Exif.Photo.BodySerialNumber"}},
    FieldKeys {Field::LensModel, {"Xmp.exifEX.LensModel", "Xmp.aux.Lens", "Exif.Photo.LensModel"}},
    FieldKeys {Field::Software, {"Xmp.xmp.CreatorTool", "Exif.Image.Software"}},
    FieldKeys {Field::DocumentId, {"Xmp.xmpMM.DocumentID"}},
    FieldKeys {Field::InstanceId, {"Xmp.xmpMM.InstanceID"}},
    FieldKeys {Field::OriginalDocumentId, {"Xmp.xmpMM.OriginalDocumentID"}},
    FieldKeys {Field::DerivedFrom,
               {"Xmp.xmpMM.DerivedFrom/stRef:documentID", "Xmp.xmpMM.DerivedFrom/stRef:instanceID",
                "Xmp.xmpMM.DerivedFrom/stRef:originalDocumentID"}},
    FieldKeys {Field::GpsLatitude, {}},
    FieldKeys {Field::GpsLongitude, {}},
    FieldKeys {Field::GpsAltitude, {}},
    FieldKeys {Field::DigitalSourceType, {"Xmp.iptcExt.DigitalSourceType"}},
    FieldKeys {Field::City, {"Xmp.photoshop.City", "Iptc.Application2.City"}},
    FieldKeys {Field::Country, {"Xmp.photoshop.Country", "Iptc.Application2.CountryName"}},
    FieldKeys {Field::LocationShown, {}},
};

QString originName(MetadataOrigin origin)
{
    switch (origin) {
    case MetadataOrigin::Exif:
        return QStringLiteral("exif");
    case MetadataOrigin::Iptc:
        return QStringLiteral("iptc");
    case MetadataOrigin::Xmp:
        return QStringLiteral("xmp");
    case MetadataOrigin::XmpSidecar:
        return QStringLiteral("xmp-sidecar");
    case MetadataOrigin::None:
        break;
    }
    return {};
}

bool keyBelongsTo(const QString &key, MetadataOrigin origin)
{
    switch (origin) {
    case MetadataOrigin::Exif:
        return key.startsWith(QLatin1String("Exif."));
    case MetadataOrigin::Iptc:
        return key.startsWith(QLatin1String("Iptc."));
    case MetadataOrigin::Xmp:
    case MetadataOrigin::XmpSidecar:
        return key.startsWith(QLatin1String("Xmp."));
    case MetadataOrigin::None:
        break;
    }
    return false;
}

class Extractor
{
public:
    explicit Extractor(const EvidenceSources &sources)
        : mSources(sources)
    {
    }

    MetadataEvidence run()
    {
        for (const FieldKeys &keys : kFieldKeys) {
            switch (keys.field) {
            case Field::HistoryEvent:
                extractHistory();
                break;
            case Field::GpsLatitude:
            case Field::GpsLongitude:
            case Field::GpsAltitude:
                extractGps(keys.field);
                break;
            case Field::LocationShown:
                extractLocationsShown();
                break;
            default:
                extractPlain(keys);
                break;
            }
        }
        flagStripped();
        flagEditingSoftware();
        return std::move(mEvidence);
    }

private:
    void add(Field field, const QString &key, const QString &value, MetadataOrigin origin)
    {
        if (!value.isEmpty())
            mEvidence.items.append(Item {field, key, value, originName(origin)});
    }

    QString firstValue(MetadataOrigin origin, const QString &key) const
    {
        for (const MetadataEntry &entry : mSources.entries) {
            if (entry.origin == origin && entry.key == key && !entry.values.isEmpty())
                return entry.values.first();
        }
        return {};
    }

    void extractPlain(const FieldKeys &keys)
    {
        for (const MetadataOrigin origin : kOriginOrder) {
            for (const char *keyText : keys.keys) {
                if (!keyText)
                    break;
                const QString key = QLatin1String(keyText);
                if (!keyBelongsTo(key, origin))
                    continue;
                for (const MetadataEntry &entry : mSources.entries) {
                    if (entry.origin != origin || entry.key != key)
                        continue;
                    for (const QString &value : entry.values)
                        add(keys.field, key, withIptcTime(origin, key, value), origin);
                }
            }
        }
    }

    /** IPTC keeps date and time apart; the evidence gives them as one ISO 8601 text. */
    QString withIptcTime(MetadataOrigin origin, const QString &key, const QString &value) const
    {
        if (origin != MetadataOrigin::Iptc || key != QLatin1String("Iptc.Application2.DateCreated"))
            return value;
        const QString time = firstValue(origin, QStringLiteral("Iptc.Application2.TimeCreated"));
        return time.isEmpty() ? value : value + u'T' + time;
    }

    /** Struct array members: "Xmp.xmpMM.History[2]/stEvt:action" → index 2, "action". */
    struct Member
    {
        int index = 0;
        QString name;
        QString key;
        QString value;
    };

    QMap<int, QList<Member>> arrayMembers(MetadataOrigin origin, const QString &array,
                                          const QString &memberPrefix) const
    {
        const QRegularExpression pattern(
            u'^' + QRegularExpression::escape(array) + QStringLiteral(R"(\[(\d+)\]/)")
            + QRegularExpression::escape(memberPrefix) + QStringLiteral(R"((\w+)$)"));
        QMap<int, QList<Member>> out;
        for (const MetadataEntry &entry : mSources.entries) {
            if (entry.origin != origin || entry.values.isEmpty())
                continue;
            const QRegularExpressionMatch match = pattern.match(entry.key);
            if (match.hasMatch())
                out[match.captured(1).toInt()].append({match.captured(1).toInt(), match.captured(2),
                                                       entry.key, entry.values.join(u' ')});
        }
        return out;
    }

    static QString memberValue(const QList<Member> &members, const char *name)
    {
        for (const Member &member : members) {
            if (member.name == QLatin1String(name))
                return member.value;
        }
        return {};
    }

    void extractHistory()
    {
        for (const MetadataOrigin origin : {MetadataOrigin::XmpSidecar, MetadataOrigin::Xmp}) {
            const auto events = arrayMembers(origin, QStringLiteral("Xmp.xmpMM.History"),
                                             QStringLiteral("stEvt:"));
            int kept = 0;
            for (const QList<Member> &members : events) {
                if (++kept > kMaxHistoryEvents) {
                    mEvidence.warnings.append(
                        EvidenceText::tr("xmpMM:History has %1 entries; only the first %2 are "
                                         "listed.")
                            .arg(events.size())
                            .arg(kMaxHistoryEvents));
                    break;
                }
                QStringList parts;
                for (const char *name : {"action", "when", "softwareAgent"}) {
                    if (const QString part = memberValue(members, name); !part.isEmpty())
                        parts.append(part);
                }
                if (const QString changed = memberValue(members, "changed"); !changed.isEmpty())
                    parts.append(u'(' + changed + u')');
                QString key = members.first().key;
                for (const Member &member : members) {
                    if (member.name == QLatin1String("action"))
                        key = member.key;
                }
                add(Field::HistoryEvent, key, parts.join(u' '), origin);
            }
        }
    }

    void extractLocationsShown()
    {
        for (const MetadataOrigin origin : {MetadataOrigin::XmpSidecar, MetadataOrigin::Xmp}) {
            const auto locations = arrayMembers(origin, QStringLiteral("Xmp.iptcExt.LocationShown"),
                                                QStringLiteral("iptcExt:"));
            for (auto it = locations.cbegin(); it != locations.cend(); ++it) {
                QStringList parts;
                for (const char *name :
                     {"LocationName", "Sublocation", "City", "ProvinceState", "CountryName"}) {
                    if (const QString part = memberValue(it.value(), name); !part.isEmpty())
                        parts.append(part);
                }
                add(Field::LocationShown,
                    QStringLiteral("Xmp.iptcExt.LocationShown[%1]").arg(it.key()),
                    parts.join(QStringLiteral(", ")), origin);
            }
        }
    }

    static QString decimal(double value)
    {
        QString text = QLocale::c().toString(value, 'f', 6);
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
        return text;
    }

    static std::optional<double> rationalSum(const Exiv2::Exifdatum &datum, int parts)
    {
        if (datum.count() < parts)
            return std::nullopt;
        double sum = 0;
        double scale = 1;
        for (int i = 0; i < parts; ++i, scale *= 60) {
            const Exiv2::Rational r = datum.toRational(i);
            if (r.second == 0 || !datum.value().ok())
                return std::nullopt;
            sum += double(r.first) / double(r.second) / scale;
        }
        return sum;
    }

    /** GPS from one EXIF block (embedded, or converted from XMP's exif:GPS… by Exiv2). */
    void gpsFrom(const Exiv2::ExifData &exif, Field field, MetadataOrigin origin)
    {
        const bool latitude = field == Field::GpsLatitude;
        const bool altitude = field == Field::GpsAltitude;
        const char *name = latitude ? "GPSLatitude" : altitude ? "GPSAltitude" : "GPSLongitude";
        const auto datum = exif.findKey(Exiv2::ExifKey(std::string("Exif.GPSInfo.") + name));
        if (datum == exif.end())
            return;
        const QString key = origin == MetadataOrigin::Exif
            ? QStringLiteral("Exif.GPSInfo.%1").arg(QLatin1String(name))
            : QStringLiteral("Xmp.exif.%1").arg(QLatin1String(name));
        std::optional<double> value = rationalSum(*datum, altitude ? 1 : 3);
        const double limit = latitude ? 90 : altitude ? 100000 : 180;
        if (!value || !std::isfinite(*value) || std::abs(*value) > limit) {
            mEvidence.warnings.append(
                EvidenceText::tr("%1 is not a valid GPS value (“%2”); it is left out.")
                    .arg(key, QString::fromStdString(datum->toString()).left(100)));
            return;
        }
        const auto ref = exif.findKey(Exiv2::ExifKey(std::string("Exif.GPSInfo.") + name + "Ref"));
        if (ref != exif.end()) {
            const std::string text = ref->toString();
            const bool negative = altitude
                ? (ref->count() > 0 && ref->toLong(0) == 1)
                : (text.find_first_of(latitude ? "Ss" : "Ww") != std::string::npos);
            if (negative)
                value = -*value;
        }
        add(field, key, decimal(*value), origin);
    }

    void extractGps(Field field)
    {
        const auto fromXmp = [&](const Exiv2::XmpData &xmp, MetadataOrigin origin) {
            // Exiv2 converts XMP's "37,33.99N" notation to EXIF rationals and references.
            Exiv2::ExifData converted;
            try {
                Exiv2::copyXmpToExif(xmp, converted);
            } catch (const std::exception &e) {
                mEvidence.warnings.append(
                    EvidenceText::tr("The XMP GPS position could not be read: %1")
                        .arg(QString::fromUtf8(e.what())));
                return;
            }
            gpsFrom(converted, field, origin);
        };
        if (mSources.sidecar)
            fromXmp(*mSources.sidecar, MetadataOrigin::XmpSidecar);
        fromXmp(mSources.xmp, MetadataOrigin::Xmp);
        gpsFrom(mSources.exif, field, MetadataOrigin::Exif);
    }

    void flagStripped()
    {
        if (!mSources.exif.empty())
            return;
        mEvidence.flags.append(
            {MetadataEvidence::Flag::Kind::MetadataStripped, QString(),
             EvidenceText::tr("The image has no EXIF metadata at all: typical of a copy that a "
                              "website re-encoded or that was scrubbed. Its absence proves "
                              "nothing by itself, but there is no camera record to check.")});
    }

    void flagEditingSoftware()
    {
        QStringList editorsSeen;
        const auto check = [&](const QString &key, const QString &value) {
            const QString editor = editorNamedIn(value);
            if (editor.isEmpty() || editorsSeen.contains(editor))
                return;
            editorsSeen.append(editor);
            mEvidence.flags.append(
                {MetadataEvidence::Flag::Kind::EditingSoftware, key,
                 EvidenceText::tr("%1 names editing software, %2: “%3”.").arg(key, editor, value)});
        };
        for (const Item &item : std::as_const(mEvidence.items)) {
            if (item.field == Field::Software)
                check(item.key, item.value);
        }
        for (const MetadataEntry &entry : mSources.entries) {
            if (entry.key.startsWith(QLatin1String("Xmp.xmpMM.History["))
                && entry.key.endsWith(QLatin1String("/stEvt:softwareAgent")))
                check(entry.key, entry.values.value(0));
        }
    }

    const EvidenceSources &mSources;
    MetadataEvidence mEvidence;
};

} // namespace

MetadataEvidence extractEvidence(const EvidenceSources &sources)
{
    return Extractor(sources).run();
}

} // namespace provena::detail
