// SPDX-License-Identifier: MIT
#include "bundle/reportwriter.h"

#include "bundle/reportwriter_p.h"
#include "core/model/metadataevidence.h"
#include "core/model/regiongeometry.h"
#include "session/imageevidence.h"

#include <QUrl>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace report {

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        case u'\t':
        case u'\n':
            out += c;
            break;
        case u'\r':
            break;
        default:
            // HTML forbids C0/C1 controls and noncharacters; a stray one is shown, not kept.
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0)
                || c.unicode() == 0xfffe || c.unicode() == 0xffff)
                out += QChar(QChar::ReplacementCharacter);
            else
                out += c;
        }
    }
    return out;
}

QString number(double value)
{
    if (!std::isfinite(value))
        return u"0"_s;
    QString text = QString::number(value, 'f', 2);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text == u"-0"_s ? u"0"_s : text;
}

QString relativeUrl(const QString &path)
{
    // Each segment is percent-encoded, so "C:" or "http:" cannot act as a scheme or drive.
    if (path.isEmpty() || path.startsWith(u'/'))
        return {};
    QStringList segments;
    for (const QString &segment : path.split(u'/')) {
        if (segment == u".."_s)
            return {};
        if (segment.isEmpty() || segment == u"."_s)
            continue;
        segments.append(QString::fromLatin1(QUrl::toPercentEncoding(segment)));
    }
    return segments.join(u'/');
}

QString externalUrl(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid())
        return {};
    const QString scheme = parsed.scheme().toLower();
    if (scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s)
        return parsed.toString(QUrl::FullyEncoded);
    return {};
}

QString geometryText(const RegionGeometry &geometry)
{
    const QRectF box = geometry.boundingRect();
    const QString boxText
        = ReportWriter::tr("x %1, y %2, %3 × %4")
              .arg(number(box.x()), number(box.y()), number(box.width()), number(box.height()));
    switch (geometry.shape()) {
    case RegionGeometry::Shape::Rectangle:
        return ReportWriter::tr("rectangle %1").arg(boxText);
    case RegionGeometry::Shape::Ellipse:
        return ReportWriter::tr("ellipse in %1").arg(boxText);
    case RegionGeometry::Shape::Polygon:
        return ReportWriter::tr("polygon of %n points in %1", nullptr,
                                int(geometry.points().size()))
            .arg(boxText);
    case RegionGeometry::Shape::Polyline:
        return ReportWriter::tr("line of %n points in %1", nullptr, int(geometry.points().size()))
            .arg(boxText);
    case RegionGeometry::Shape::Point:
        return ReportWriter::tr("point at x %1, y %2").arg(number(box.x()), number(box.y()));
    }
    return boxText;
}

QString claimStatusTitle(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Suggested:
        return ReportWriter::tr("Suggested");
    case ClaimStatus::Accepted:
        return ReportWriter::tr("Accepted");
    case ClaimStatus::Rejected:
        return ReportWriter::tr("Rejected");
    case ClaimStatus::Disputed:
        return ReportWriter::tr("Disputed");
    }
    return {};
}

QString agentKindTitle(AgentKind kind)
{
    switch (kind) {
    case AgentKind::Unknown:
        return {};
    case AgentKind::StateMedia:
        return ReportWriter::tr("state media");
    case AgentKind::WireService:
        return ReportWriter::tr("wire service");
    case AgentKind::PhotoAgency:
        return ReportWriter::tr("photo agency");
    case AgentKind::Newspaper:
        return ReportWriter::tr("newspaper");
    case AgentKind::Broadcaster:
        return ReportWriter::tr("broadcaster");
    case AgentKind::Government:
        return ReportWriter::tr("government");
    case AgentKind::Person:
        return ReportWriter::tr("person");
    case AgentKind::Organisation:
        return ReportWriter::tr("organisation");
    case AgentKind::Software:
        return ReportWriter::tr("software");
    }
    return {};
}

QString anchorStatusTitle(TextAnchor::Status status)
{
    switch (status) {
    case TextAnchor::Status::Resolved:
        return {};
    case TextAnchor::Status::Moved:
        return ReportWriter::tr("found elsewhere in the text");
    case TextAnchor::Status::Fuzzy:
        return ReportWriter::tr("found by approximate match");
    case TextAnchor::Status::Orphaned:
        return ReportWriter::tr("no longer found in the text");
    }
    return {};
}

QString imageResourceName(int imageIndex)
{
    return u"provena-image:%1"_s.arg(imageIndex + 1);
}

QString cropResourceName(const QUuid &regionId)
{
    return u"provena-crop:"_s + regionId.toString(QUuid::WithoutBraces);
}

} // namespace report

QByteArray ReportWriter::html(const ReportInput &input)
{
    if (!input.document)
        return {};
    const report::ReportContent content = report::ReportContent::build(input);
    return report::reportHtml(input, content, report::Target::Browser).toUtf8();
}

namespace {

QString originTitle(const QString &origin)
{
    if (origin == u"exif"_s)
        return ReportWriter::tr("EXIF");
    if (origin == u"iptc"_s)
        return ReportWriter::tr("IPTC");
    if (origin == u"xmp"_s)
        return ReportWriter::tr("XMP");
    if (origin == u"xmp-sidecar"_s)
        return ReportWriter::tr("XMP sidecar");
    return origin;
}

/** The most authoritative value of `field` (with the other values of the same key), or empty. */
QString valueOf(const MetadataEvidence &evidence, MetadataEvidence::Field field)
{
    const QList<MetadataEvidence::Item> items = evidence.itemsOf(field);
    if (items.isEmpty())
        return {};
    QStringList values;
    for (const MetadataEvidence::Item &item : items) {
        if (item.key == items.first().key && !item.value.isEmpty() && !values.contains(item.value))
            values.append(item.value);
    }
    if (values.isEmpty())
        return {};
    return ReportWriter::tr("%1 (%2)").arg(values.join(u"; "_s), originTitle(items.first().origin));
}

QString flagTitle(MetadataEvidence::Flag::Kind kind)
{
    switch (kind) {
    case MetadataEvidence::Flag::Kind::C2paManifest:
        return ReportWriter::tr("C2PA manifest");
    case MetadataEvidence::Flag::Kind::ThumbnailMismatch:
        return ReportWriter::tr("Thumbnail mismatch");
    case MetadataEvidence::Flag::Kind::MetadataStripped:
        return ReportWriter::tr("Metadata stripped");
    case MetadataEvidence::Flag::Kind::EditingSoftware:
        return ReportWriter::tr("Editing software");
    case MetadataEvidence::Flag::Kind::DateMismatch:
        return ReportWriter::tr("Date mismatch");
    }
    return {};
}

} // namespace

QList<QPair<QString, QString>> ReportWriter::keyMetadata(const QString &imagePath)
{
    using Field = MetadataEvidence::Field;
    // ImageEvidence is what the Metadata dock and `provena-cli metadata` read: the same values,
    // the same flags (including the thumbnail comparison).
    const Result<MetadataEvidence> read = ImageEvidence::read(imagePath);
    if (!read)
        return {};
    const MetadataEvidence &evidence = read.value();

    QList<QPair<QString, QString>> out;
    const auto add = [&out](const QString &name, const QString &value) {
        if (!value.isEmpty())
            out.append({name, value});
    };
    add(tr("Creator"), valueOf(evidence, Field::Creator));
    add(tr("Credit"), valueOf(evidence, Field::Credit));
    add(tr("Source"), valueOf(evidence, Field::Source));
    add(tr("Copyright"), valueOf(evidence, Field::Rights));
    QString taken = valueOf(evidence, Field::DateTimeOriginal);
    if (taken.isEmpty())
        taken = valueOf(evidence, Field::IptcDateCreated);
    if (taken.isEmpty())
        taken = valueOf(evidence, Field::CreateDate);
    add(tr("Date taken"), taken);
    add(tr("Modified"), valueOf(evidence, Field::ModifyDate));
    QStringList camera;
    for (const Field field : {Field::CameraMake, Field::CameraModel}) {
        const QList<MetadataEvidence::Item> items = evidence.itemsOf(field);
        if (!items.isEmpty() && !camera.contains(items.first().value))
            camera.append(items.first().value);
    }
    add(tr("Camera"), camera.join(u' '));
    add(tr("Lens"), valueOf(evidence, Field::LensModel));
    add(tr("Software"), valueOf(evidence, Field::Software));
    const QList<MetadataEvidence::Item> latitude = evidence.itemsOf(Field::GpsLatitude);
    const QList<MetadataEvidence::Item> longitude = evidence.itemsOf(Field::GpsLongitude);
    if (!latitude.isEmpty() && !longitude.isEmpty())
        add(tr("GPS position"), tr("%1, %2").arg(latitude.first().value, longitude.first().value));
    QStringList place;
    for (const Field field : {Field::City, Field::Country}) {
        const QList<MetadataEvidence::Item> items = evidence.itemsOf(field);
        if (!items.isEmpty())
            place.append(items.first().value);
    }
    add(tr("Place"), place.join(u", "_s));
    add(tr("Digital source type"), valueOf(evidence, Field::DigitalSourceType));
    for (const MetadataEvidence::Flag &flag : evidence.flags)
        add(flagTitle(flag.kind), flag.detail.isEmpty() ? flag.key : flag.detail);
    if (!evidence.warnings.isEmpty())
        add(tr("Damaged metadata"), evidence.warnings.join(u' '));
    return out;
}

} // namespace provena
