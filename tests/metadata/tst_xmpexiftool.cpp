// SPDX-License-Identifier: MIT
// exiftool reads Provena's XMP sidecars (`exiftool -struct -j`), and what exiftool wrote into a
// sidecar (fields Provena does not know, a digiKam face, a foreign IPTC region, a custom
// namespace) is intact after Provena writes. Fails, never skips, without exiftool.
#include "metadata/xmpsidecar.h"

#include "exiftoolrunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace provena::testing;

namespace {

const QString kDigitalCapture
    = QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture");
const QString kRoleScheme = QStringLiteral("http://cv.iptc.org/newscodes/imageregionrole/");
const QString kTypeScheme = QStringLiteral("http://cv.iptc.org/newscodes/imageregiontype/");

/** An exiftool config that defines a namespace neither Exiv2 nor Provena knows. */
const char kNewsdeskConfig[] = R"(%Image::ExifTool::UserDefined = (
    'Image::ExifTool::XMP::Main' => {
        newsdesk => { SubDirectory => { TagTable => 'Image::ExifTool::UserDefined::newsdesk' } },
    },
);
%Image::ExifTool::UserDefined::newsdesk = (
    GROUPS => { 0 => 'XMP', 1 => 'XMP-newsdesk', 2 => 'Image' },
    NAMESPACE => { 'newsdesk' => 'http://example.org/newsdesk/1.0/' },
    WRITABLE => 'string',
    DeskNote => { },
    Reviewer => { List => 'Bag' },
);
1;
)";

XmpRegion makeRegion(const char *id, const RegionGeometry &geometry, const char *label,
                     const char *labelName, const QString &name = {})
{
    XmpRegion region;
    region.id = QUuid::fromString(QLatin1String(id));
    region.geometry = geometry;
    region.labelId = QLatin1String(label);
    region.labelName = QLatin1String(labelName);
    region.name = name;
    region.isPerson = region.labelId == QLatin1String("person");
    return region;
}

XmpSidecarContent fullContent()
{
    XmpSidecarContent content;
    content.displayedSize = QSize(800, 600);
    XmpImageFields &f = content.fields;
    f.creators = {QStringLiteral("Kim Min-jun"), QStringLiteral("Second Photographer")};
    f.creditLine = QStringLiteral("NCNA");
    f.source = QStringLiteral("Northern Coast News Agency");
    f.copyrightNotice = QStringLiteral("© 2024 NCNA");
    f.usageTerms = QStringLiteral("Editorial use only");
    f.caption = QStringLiteral("Premier Tal Orsen inspects a crane at the Port of Elvhaven.");
    f.digitalSourceType = kDigitalCapture;
    f.personsShown = {QStringLiteral("Tal Orsen"), QStringLiteral("Vera Lind")};
    f.dateCreated = QStringLiteral("2024-08-13");
    content.regions = {
        makeRegion("11111111-1111-4111-8111-111111111111",
                   RegionGeometry::rectangle(QRectF(100, 50, 80, 120)), "person", "Person",
                   QStringLiteral("Tal Orsen")),
        makeRegion("22222222-2222-4222-8222-222222222222",
                   RegionGeometry::polygon({{300, 300}, {400, 310}, {350, 400}}), "vehicle",
                   "Vehicle"),
        makeRegion("33333333-3333-4333-8333-333333333333",
                   RegionGeometry::ellipse(QRectF(500, 100, 60, 60)), "manipulation",
                   "Suspected manipulation"),
        makeRegion("44444444-4444-4444-8444-444444444444",
                   RegionGeometry::rectangle(QRectF(600, 400, 100, 50)), "text-sign",
                   "Text or sign", QStringLiteral("Port of Elvhaven sign")),
        makeRegion("55555555-5555-4555-8555-555555555555",
                   RegionGeometry::rectangle(QRectF(0, 0, 10, 10)), "other", "Other"),
    };
    return content;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

double number(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toDouble(-1e9);
}

QJsonObject field(const QJsonValue &value, const char *key)
{
    return value.toObject().value(QLatin1String(key)).toObject();
}

QStringList identifiers(const QJsonValue &entities)
{
    QStringList out;
    for (const QJsonValue &entity : entities.toArray()) {
        for (const QJsonValue &id : entity.toObject().value(QLatin1String("Identifier")).toArray())
            out.append(id.toString());
    }
    return out;
}

/** The tags another tool's sidecar has that Provena must not touch, as exiftool reads them. */
QJsonObject foreignTags(const QJsonObject &tags)
{
    QJsonObject out;
    for (const char *key :
         {"XMP-dc:Subject", "XMP-digiKam:TagsList", "XMP-newsdesk:DeskNote",
          "XMP-newsdesk:Reviewer", "XMP-photoshop:Credit", "XMP-xmp:Rating", "XMP-dc:Title"})
        out.insert(QLatin1String(key), tags.value(QLatin1String(key)));
    const QJsonArray regions = tags.value(QLatin1String("XMP-iptcExt:ImageRegion")).toArray();
    out.insert(QStringLiteral("first ImageRegion"), regions.first());
    const QJsonObject info = tags.value(QLatin1String("XMP-mwg-rs:RegionInfo")).toObject();
    out.insert(QStringLiteral("AppliedToDimensions"),
               info.value(QLatin1String("AppliedToDimensions")));
    out.insert(QStringLiteral("first MWG region"),
               info.value(QLatin1String("RegionList")).toArray().first());
    return out;
}

} // namespace

class TestXmpExiftool : public QObject
{
    Q_OBJECT

private slots:
    void exiftoolReadsWhatProvenaWrote();
    void foreignSidecarIsKept();
    void importedFaceIsNotAddedTwice();

private:
    QTemporaryDir mDir;
};

void TestXmpExiftool::exiftoolReadsWhatProvenaWrote()
{
    const Result<XmpWriteReport> report
        = XmpSidecarWriter::write(mDir.filePath(QStringLiteral("crane.jpg")), fullContent());
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const ExiftoolResult read = readWithExiftool(report->sidecarPath);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    const QJsonObject &tags = read.tags;

    // The IPTC provenance fields.
    QCOMPARE(tags.value(QLatin1String("XMP-dc:Creator")).toArray(),
             (QJsonArray {u"Kim Min-jun"_qs, u"Second Photographer"_qs}));
    QCOMPARE(text(tags, "XMP-photoshop:Credit"), u"NCNA");
    QCOMPARE(text(tags, "XMP-photoshop:Source"), u"Northern Coast News Agency");
    QCOMPARE(text(tags, "XMP-dc:Rights"), u"© 2024 NCNA");
    QCOMPARE(text(tags, "XMP-xmpRights:UsageTerms"), u"Editorial use only");
    QCOMPARE(text(tags, "XMP-dc:Description"),
             u"Premier Tal Orsen inspects a crane at the Port of Elvhaven.");
    QCOMPARE(text(tags, "XMP-iptcExt:DigitalSourceType"), kDigitalCapture);
    QCOMPARE(tags.value(QLatin1String("XMP-iptcExt:PersonInImage")).toArray(),
             (QJsonArray {u"Tal Orsen"_qs, u"Vera Lind"_qs}));
    QCOMPARE(text(tags, "XMP-photoshop:DateCreated"), u"2024:08:13");
    QVERIFY(!tags.contains(QLatin1String("XMP-tiff:Orientation"))); // 1 is not written

    // Every region, in order, with boundary, name, role and content type.
    const QJsonArray regions = tags.value(QLatin1String("XMP-iptcExt:ImageRegion")).toArray();
    QCOMPARE(regions.size(), 5);
    const QJsonObject person = regions.at(0).toObject();
    QCOMPARE(text(person, "RId"), u"11111111-1111-4111-8111-111111111111");
    QCOMPARE(text(person, "Name"), u"Tal Orsen");
    QCOMPARE(identifiers(person.value(QLatin1String("RRole"))),
             QStringList {kRoleScheme + QLatin1String("subjectArea")});
    QCOMPARE(identifiers(person.value(QLatin1String("RCtype"))),
             QStringList {kTypeScheme + QLatin1String("human")});
    QCOMPARE(person.value(QLatin1String("PersonInImage")).toArray(), QJsonArray {u"Tal Orsen"_qs});
    const QJsonObject rect = field(person, "RegionBoundary");
    QCOMPARE(text(rect, "RbShape"), u"rectangle");
    QCOMPARE(text(rect, "RbUnit"), u"pixel");
    QCOMPARE(number(rect, "RbX"), 100.0);
    QCOMPARE(number(rect, "RbY"), 50.0);
    QCOMPARE(number(rect, "RbW"), 80.0);
    QCOMPARE(number(rect, "RbH"), 120.0);

    const QJsonObject vehicle = regions.at(1).toObject();
    QCOMPARE(text(vehicle, "Name"), u"Vehicle"); // no name: the label's
    QCOMPARE(identifiers(vehicle.value(QLatin1String("RCtype"))),
             QStringList {kTypeScheme + QLatin1String("vehicle")});
    QVERIFY(!vehicle.contains(QLatin1String("PersonInImage")));
    const QJsonObject polygon = field(vehicle, "RegionBoundary");
    QCOMPARE(text(polygon, "RbShape"), u"polygon");
    const QJsonArray vertices = polygon.value(QLatin1String("RbVertices")).toArray();
    QCOMPARE(vertices.size(), 3);
    QCOMPARE(number(vertices.at(1).toObject(), "RbX"), 400.0);
    QCOMPARE(number(vertices.at(1).toObject(), "RbY"), 310.0);

    const QJsonObject manipulation = regions.at(2).toObject();
    QCOMPARE(identifiers(manipulation.value(QLatin1String("RRole"))),
             QStringList {kRoleScheme + QLatin1String("areaOfInterest")});
    QVERIFY(!manipulation.contains(QLatin1String("RCtype")));
    const QJsonObject circle = field(manipulation, "RegionBoundary");
    QCOMPARE(text(circle, "RbShape"), u"circle");
    QCOMPARE(number(circle, "RbX"), 530.0);
    QCOMPARE(number(circle, "RbY"), 130.0);
    QCOMPARE(number(circle, "RbRx"), 30.0);

    QCOMPARE(identifiers(regions.at(3).toObject().value(QLatin1String("RCtype"))),
             QStringList {kTypeScheme + QLatin1String("text")});
    QCOMPARE(text(regions.at(3).toObject(), "Name"), u"Port of Elvhaven sign");
    QVERIFY(!regions.at(4).toObject().contains(QLatin1String("RCtype")));

    // The person also as an MWG face, normalised and centre-based on the stored grid.
    const QJsonObject info = tags.value(QLatin1String("XMP-mwg-rs:RegionInfo")).toObject();
    const QJsonObject dimensions = info.value(QLatin1String("AppliedToDimensions")).toObject();
    QCOMPARE(number(dimensions, "W"), 800.0);
    QCOMPARE(number(dimensions, "H"), 600.0);
    QCOMPARE(text(dimensions, "Unit"), u"pixel");
    const QJsonArray faces = info.value(QLatin1String("RegionList")).toArray();
    QCOMPARE(faces.size(), 1);
    QCOMPARE(text(faces.at(0).toObject(), "Type"), u"Face");
    QCOMPARE(text(faces.at(0).toObject(), "Name"), u"Tal Orsen");
    const QJsonObject area = field(faces.at(0), "Area");
    QCOMPARE(number(area, "X"), 0.175); // (100 + 80 / 2) / 800
    QCOMPARE(number(area, "Y"), 0.183333); // (50 + 120 / 2) / 600
    QCOMPARE(number(area, "W"), 0.1);
    QCOMPARE(number(area, "H"), 0.2);
    QCOMPARE(text(area, "Unit"), u"normalized");
}

void TestXmpExiftool::foreignSidecarIsKept()
{
    const QString config = mDir.filePath(QStringLiteral("newsdesk.config"));
    QVERIFY(writeBytes(config, kNewsdeskConfig));
    const QString image = mDir.filePath(QStringLiteral("harbour.jpg"));
    const QString sidecar = XmpSidecarWriter::sidecarPathFor(image);
    // What digiKam and a newsroom's own tooling leave in a sidecar: keywords, digiKam's tag
    // paths, a face, a region, a rating, a title in two languages and a custom namespace.
    const ExiftoolResult made = runExiftool(
        {QStringLiteral("-XMP-dc:Subject=harbour"), QStringLiteral("-XMP-dc:Subject+=crane"),
         QStringLiteral("-XMP-dc:Title-de=Hafen"), QStringLiteral("-XMP-dc:Title=Harbour"),
         QStringLiteral("-XMP-xmp:Rating=4"), QStringLiteral("-XMP-photoshop:Credit=Other Agency"),
         QStringLiteral("-XMP-digiKam:TagsList=People/Vera Lind"),
         QStringLiteral("-XMP-digiKam:TagsList+=Places/Elvhaven"),
         QStringLiteral("-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=800,H=600,Unit=pixel},"
                        "RegionList=[{Area={X=0.3,Y=0.2,W=0.1,H=0.15,Unit=normalized},"
                        "Type=Face,Name=Vera Lind}]}"),
         QStringLiteral("-XMP-iptcExt:ImageRegion={RegionBoundary={RbShape=polygon,RbUnit=relative,"
                        "RbVertices=[{RbX=0.1,RbY=0.1},{RbX=0.2,RbY=0.1},{RbX=0.15,RbY=0.3}]},"
                        "RId=crane1,Name=Crane,RRole=[{Identifier=["
                        "http://cv.iptc.org/newscodes/"
                        "imageregionrole/subjectArea]}]}"),
         QStringLiteral("-XMP-newsdesk:DeskNote=check the crane"),
         QStringLiteral("-XMP-newsdesk:Reviewer=ana"), sidecar},
        config);
    QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
    const ExiftoolResult before = readWithExiftool(sidecar, config);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QCOMPARE(text(before.tags, "XMP-newsdesk:DeskNote"), u"check the crane");

    const Result<XmpWriteReport> report = XmpSidecarWriter::write(image, fullContent());
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY(report->written);
    QCOMPARE(report->foreignRegionsKept, 2);
    QCOMPARE(report->regionsWritten, 5);
    QCOMPARE(report->personRegionsWritten, 1);
    QCOMPARE(report->notWritten.size(), 1); // photoshop:Credit is the other agency's
    const ExiftoolResult after = readWithExiftool(sidecar, config);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(foreignTags(after.tags), foreignTags(before.tags));
    QCOMPARE(after.tags.value(QLatin1String("XMP-dc:Title-de")),
             before.tags.value(QLatin1String("XMP-dc:Title-de")));

    // Theirs first, ours after, in both region lists.
    const QJsonArray regions = after.tags.value(QLatin1String("XMP-iptcExt:ImageRegion")).toArray();
    QCOMPARE(regions.size(), 6);
    QCOMPARE(text(regions.at(0).toObject(), "RId"), u"crane1");
    QCOMPARE(text(regions.at(1).toObject(), "RId"), u"11111111-1111-4111-8111-111111111111");
    const QJsonArray faces = after.tags.value(QLatin1String("XMP-mwg-rs:RegionInfo"))
                                 .toObject()
                                 .value(QLatin1String("RegionList"))
                                 .toArray();
    QCOMPARE(faces.size(), 2);
    QCOMPARE(text(faces.at(1).toObject(), "Name"), u"Tal Orsen");
    QCOMPARE(text(after.tags, "XMP-photoshop:Source"), u"Northern Coast News Agency");

    // One prefix for IPTC Extension, whatever prefix the file read before had.
    const QByteArray bytes = readBytes(sidecar);
    QVERIFY(!bytes.contains("xmlns:Iptc4xmpExt"));
    QCOMPARE(bytes.count("xmlns:iptcExt="), 1);

    // Writing again changes nothing, byte for byte.
    const Result<XmpWriteReport> again = XmpSidecarWriter::write(image, fullContent());
    QVERIFY(again.ok());
    QVERIFY(!again->written);
    QCOMPARE(readBytes(sidecar), bytes);
}

void TestXmpExiftool::importedFaceIsNotAddedTwice()
{
    // A digiKam face the analyst imported as a person region: on save the MWG list must not get
    // a second face over the same person (digiKam would show two), while the IPTC item is written.
    const QString image = mDir.filePath(QStringLiteral("imported.jpg"));
    const QString sidecar = XmpSidecarWriter::sidecarPathFor(image);
    const ExiftoolResult made = runExiftool(
        {QStringLiteral("-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=800,H=600,Unit=pixel},"
                        "RegionList=[{Area={X=0.3,Y=0.2,W=0.1,H=0.15,Unit=normalized},"
                        "Type=Face,Name=Vera Lind}]}"),
         sidecar});
    QVERIFY2(made.error.isEmpty(), qPrintable(made.error));

    XmpSidecarContent content;
    content.displayedSize = QSize(800, 600);
    XmpRegion imported;
    imported.id = QUuid(QStringLiteral("22222222-2222-4222-8222-222222222222"));
    imported.geometry = RegionGeometry::rectangle(QRectF(200, 75, 80, 90));
    imported.labelId = QStringLiteral("person");
    imported.labelName = QStringLiteral("Person");
    imported.name = QStringLiteral("Vera Lind");
    imported.isPerson = true;
    XmpRegion other = imported;
    other.id = QUuid(QStringLiteral("33333333-3333-4333-8333-333333333333"));
    other.geometry = RegionGeometry::rectangle(QRectF(500, 300, 60, 80));
    other.name = QStringLiteral("Tal Orsen");
    content.regions = {imported, other};

    const Result<XmpWriteReport> report = XmpSidecarWriter::write(image, content);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->personRegionsWritten, 1);
    const ExiftoolResult after = readWithExiftool(sidecar);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    const QJsonArray faces = after.tags.value(QLatin1String("XMP-mwg-rs:RegionInfo"))
                                 .toObject()
                                 .value(QLatin1String("RegionList"))
                                 .toArray();
    QCOMPARE(faces.size(), 2); // digiKam's Vera Lind and Provena's Tal Orsen, no second Vera
    QCOMPARE(text(faces.at(0).toObject(), "Name"), u"Vera Lind");
    QCOMPARE(text(faces.at(1).toObject(), "Name"), u"Tal Orsen");
    QCOMPARE(after.tags.value(QLatin1String("XMP-iptcExt:ImageRegion")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestXmpExiftool)
#include "tst_xmpexiftool.moc"
