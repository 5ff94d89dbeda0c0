// SPDX-License-Identifier: MIT
// XmpSidecarWriter: ownership, idempotence, conflicts, shapes, the stored grid, refusals. What is
// in the file is read back by exiftool (exiftoolrunner.h), an independent XMP reader.
#include "metadata/xmpsidecar.h"

#include "exiftoolrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace provena::testing;

namespace {

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

const char kPersonId[] = "11111111-1111-4111-8111-111111111111";
const char kVehicleId[] = "22222222-2222-4222-8222-222222222222";
const char kManipulationId[] = "33333333-3333-4333-8333-333333333333";

XmpSidecarContent sampleContent()
{
    XmpSidecarContent content;
    content.displayedSize = QSize(800, 600);
    content.fields.creators = {QStringLiteral("Kim Min-jun")};
    content.fields.creditLine = QStringLiteral("NCNA");
    content.fields.source = QStringLiteral("Northern Coast News Agency");
    content.fields.caption = QStringLiteral("Premier Tal Orsen inspects a crane.");
    content.regions = {
        makeRegion(kPersonId, RegionGeometry::rectangle(QRectF(100, 50, 80, 120)), "person",
                   "Person", QStringLiteral("Tal Orsen")),
        makeRegion(kVehicleId, RegionGeometry::polygon({{300, 300}, {400, 310}, {350, 400}}),
                   "vehicle", "Vehicle"),
        makeRegion(kManipulationId, RegionGeometry::ellipse(QRectF(500, 100, 60, 60)),
                   "manipulation", "Suspected manipulation"),
    };
    return content;
}

QJsonArray imageRegions(const QJsonObject &tags)
{
    return tags.value(QLatin1String("XMP-iptcExt:ImageRegion")).toArray();
}

QJsonArray mwgRegions(const QJsonObject &tags)
{
    return tags.value(QLatin1String("XMP-mwg-rs:RegionInfo"))
        .toObject()
        .value(QLatin1String("RegionList"))
        .toArray();
}

QJsonObject boundary(const QJsonValue &region)
{
    return region.toObject().value(QLatin1String("RegionBoundary")).toObject();
}

double number(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toDouble(-1e9);
}

} // namespace

class TestXmpSidecarWriter : public QObject
{
    Q_OBJECT

private slots:
    void namesSidecars();
    void secondWriteIsIdempotent();
    void rewriteReplacesOnlyItsOwnRegions();
    void valueChangedByAnotherToolIsKept();
    void foreignValueIsNotTaken();
    void emptiedFieldIsRemoved();
    void shapes();
    void regionsOnStoredGrid();
    void invalidSidecarRefusedUntouched();
    void symlinkRefused();
    void unknownSizeRefused();
    void nothingToWriteCreatesNothing();

private:
    QTemporaryDir mDir;
    QString image(const char *name = "photo.jpg") const
    {
        return mDir.filePath(QLatin1String(name));
    }
    QJsonObject read(const QString &path)
    {
        const ExiftoolResult result = readWithExiftool(path);
        if (!result.error.isEmpty())
            qWarning("%s", qPrintable(result.error));
        return result.tags;
    }
};

void TestXmpSidecarWriter::namesSidecars()
{
    QCOMPARE(XmpSidecarWriter::sidecarPathFor(QStringLiteral("/a/photo.jpg")),
             QStringLiteral("/a/photo.jpg.xmp"));
    QCOMPARE(XmpSidecarWriter::sidecarPathFor(QStringLiteral("/a/photo.v2.jpg"),
                                              XmpSidecarNaming::ReplaceExtension),
             QStringLiteral("/a/photo.v2.xmp"));
}

void TestXmpSidecarWriter::secondWriteIsIdempotent()
{
    const QString path = image("idem.jpg");
    const Result<XmpWriteReport> first = XmpSidecarWriter::write(path, sampleContent());
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QVERIFY(first->written);
    QVERIFY(first->created);
    QCOMPARE(first->regionsWritten, 3);
    QCOMPARE(first->personRegionsWritten, 1);
    QVERIFY(first->notWritten.isEmpty());
    const QByteArray bytes = readBytes(first->sidecarPath);
    QVERIFY(bytes.startsWith("<?xml"));
    QVERIFY(!bytes.contains("MetadataDate")); // no timestamps: they would defeat idempotence

    for (int round = 0; round < 2; ++round) {
        const Result<XmpWriteReport> again = XmpSidecarWriter::write(path, sampleContent());
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QVERIFY(!again->written);
        QVERIFY(!again->created);
        QCOMPARE(again->regionsWritten, 3);
        QCOMPARE(readBytes(first->sidecarPath), bytes);
    }
    const Result<QByteArray> rendered = XmpSidecarWriter::render(bytes, sampleContent());
    QVERIFY(rendered.ok());
    QCOMPARE(rendered.value(), bytes);
}

void TestXmpSidecarWriter::rewriteReplacesOnlyItsOwnRegions()
{
    const QString path = image("replace.jpg");
    const QString sidecar = XmpSidecarWriter::sidecarPathFor(path);
    QVERIFY(XmpSidecarWriter::write(path, sampleContent()).ok());
    // Another tool appends its own region after ours.
    const ExiftoolResult edit = runExiftool(
        {QStringLiteral("-overwrite_original"),
         QStringLiteral("-XMP-iptcExt:ImageRegion+={RegionBoundary={RbShape=rectangle,"
                        "RbUnit=pixel,RbX=1,RbY=2,RbW=3,RbH=4},RId=theirs}"),
         sidecar});
    QVERIFY2(edit.error.isEmpty(), qPrintable(edit.error));
    QCOMPARE(imageRegions(read(sidecar)).size(), 4);

    XmpSidecarContent fewer = sampleContent();
    fewer.regions.removeLast();
    fewer.regions.removeFirst(); // the person: no MWG item of ours is left
    const Result<XmpWriteReport> report = XmpSidecarWriter::write(path, fewer);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY(report->written);
    QCOMPARE(report->regionsWritten, 1);
    QCOMPARE(report->foreignRegionsKept, 1);
    const QJsonObject tags = read(sidecar);
    const QJsonArray regions = imageRegions(tags);
    QCOMPARE(regions.size(), 2);
    // Theirs first (in their order), ours after.
    QCOMPARE(regions.at(0).toObject().value(QLatin1String("RId")).toString(), u"theirs");
    QCOMPARE(regions.at(1).toObject().value(QLatin1String("RId")).toString(),
             QLatin1String(kVehicleId));
    QVERIFY(!tags.contains(QLatin1String("XMP-mwg-rs:RegionInfo")));
}

void TestXmpSidecarWriter::valueChangedByAnotherToolIsKept()
{
    const QString path = image("edited.jpg");
    const QString sidecar = XmpSidecarWriter::sidecarPathFor(path);
    QVERIFY(XmpSidecarWriter::write(path, sampleContent()).ok());
    const ExiftoolResult edit
        = runExiftool({QStringLiteral("-overwrite_original"),
                       QStringLiteral("-XMP-photoshop:Credit=Desk edit"), sidecar});
    QVERIFY2(edit.error.isEmpty(), qPrintable(edit.error));

    XmpSidecarContent changed = sampleContent();
    changed.fields.creditLine = QStringLiteral("KCNA via NCNA");
    changed.fields.source = QStringLiteral("Changed source");
    const Result<XmpWriteReport> report = XmpSidecarWriter::write(path, changed);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->notWritten.size(), 1);
    QVERIFY2(report->notWritten.first().contains(u"photoshop:Credit"),
             qPrintable(report->notWritten.first()));
    QVERIFY(report->notWritten.first().contains(u"Desk edit"));
    QVERIFY(report->notWritten.first().contains(u"KCNA via NCNA"));
    const QJsonObject tags = read(sidecar);
    QCOMPARE(tags.value(QLatin1String("XMP-photoshop:Credit")).toString(), u"Desk edit");
    // What Provena still owns follows its content.
    QCOMPARE(tags.value(QLatin1String("XMP-photoshop:Source")).toString(), u"Changed source");

    // Theirs stays theirs on every later write, and the write is idempotent again.
    const Result<XmpWriteReport> again = XmpSidecarWriter::write(path, changed);
    QVERIFY(again.ok());
    QVERIFY(!again->written);
    QCOMPARE(again->notWritten.size(), 1);
}

void TestXmpSidecarWriter::foreignValueIsNotTaken()
{
    const QString path = image("foreign.jpg");
    const QString sidecar = XmpSidecarWriter::sidecarPathFor(path);
    const ExiftoolResult made = runExiftool(
        {QStringLiteral("-XMP-photoshop:Credit=Other Agency"),
         QStringLiteral("-XMP-photoshop:Source=Northern Coast News Agency"), sidecar});
    QVERIFY2(made.error.isEmpty(), qPrintable(made.error));

    const Result<XmpWriteReport> report = XmpSidecarWriter::write(path, sampleContent());
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QVERIFY(report->written);
    QVERIFY(!report->created);
    // The credit differs and is reported; the source is the same text: kept without a word.
    QCOMPARE(report->notWritten.size(), 1);
    QVERIFY(report->notWritten.first().contains(u"photoshop:Credit"));
    QCOMPARE(report->foreignPropertiesKept, 2);
    const QJsonObject tags = read(sidecar);
    QCOMPARE(tags.value(QLatin1String("XMP-photoshop:Credit")).toString(), u"Other Agency");
    QCOMPARE(tags.value(QLatin1String("XMP-dc:Creator")).toArray(), QJsonArray {u"Kim Min-jun"_qs});
    // Only what Provena wrote is recorded as its own.
    const QStringList owned
        = tags.value(QLatin1String("XMP-provena:Owned")).toVariant().toStringList();
    QVERIFY2(!owned.isEmpty(), "provena:Owned is not readable by exiftool");
    QVERIFY(std::any_of(owned.begin(), owned.end(),
                        [](const QString &e) { return e.startsWith(u"dc:creator "); }));
    QVERIFY(std::none_of(owned.begin(), owned.end(),
                         [](const QString &e) { return e.startsWith(u"photoshop:"); }));
}

void TestXmpSidecarWriter::emptiedFieldIsRemoved()
{
    const QString path = image("emptied.jpg");
    const QString sidecar = XmpSidecarWriter::sidecarPathFor(path);
    QVERIFY(XmpSidecarWriter::write(path, sampleContent()).ok());
    QVERIFY(read(sidecar).contains(QLatin1String("XMP-dc:Description")));
    XmpSidecarContent content = sampleContent();
    content.fields.caption.clear();
    content.regions.clear();
    const Result<XmpWriteReport> report = XmpSidecarWriter::write(path, content);
    QVERIFY(report.ok());
    QVERIFY(report->written);
    const QJsonObject tags = read(sidecar);
    QVERIFY(!tags.contains(QLatin1String("XMP-dc:Description")));
    QVERIFY(!tags.contains(QLatin1String("XMP-iptcExt:ImageRegion")));
    QVERIFY(!tags.contains(QLatin1String("XMP-mwg-rs:RegionInfo")));
    QCOMPARE(tags.value(QLatin1String("XMP-photoshop:Credit")).toString(), u"NCNA");
}

void TestXmpSidecarWriter::shapes()
{
    XmpSidecarContent content;
    content.displayedSize = QSize(1000, 1000);
    content.regions = {
        makeRegion("a0000000-0000-4000-8000-000000000001",
                   RegionGeometry::rectangle(QRectF(10.12345, 20.1, 30.5004, 40)), "other",
                   "Other"),
        makeRegion("a0000000-0000-4000-8000-000000000002",
                   RegionGeometry::ellipse(QRectF(100, 100, 50, 50.4)), "other", "Other"),
        makeRegion("a0000000-0000-4000-8000-000000000003",
                   RegionGeometry::ellipse(QRectF(200, 100, 100, 50)), "other", "Other"),
        makeRegion("a0000000-0000-4000-8000-000000000004", RegionGeometry::point({7, 8}), "other",
                   "Other"),
        makeRegion("a0000000-0000-4000-8000-000000000005",
                   RegionGeometry::polyline({{1, 1}, {5, 5}, {9, 1}}), "other", "Line"),
    };
    const QString path = image("shapes.jpg");
    const Result<XmpWriteReport> report = XmpSidecarWriter::write(path, content);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->regionsWritten, 4);
    QCOMPARE(report->notWritten.size(), 1);
    QVERIFY2(report->notWritten.first().contains(u"polyline"),
             qPrintable(report->notWritten.first()));

    const QJsonArray regions = imageRegions(read(report->sidecarPath));
    QCOMPARE(regions.size(), 4);
    const QJsonObject rect = boundary(regions.at(0));
    QCOMPARE(rect.value(QLatin1String("RbShape")).toString(), u"rectangle");
    QCOMPARE(number(rect, "RbX"), 10.123); // at most 3 decimals, trailing zeros trimmed
    QCOMPARE(number(rect, "RbY"), 20.1);
    QCOMPARE(number(rect, "RbW"), 30.5);
    QCOMPARE(number(rect, "RbH"), 40.0);

    const QJsonObject circle = boundary(regions.at(1));
    QCOMPARE(circle.value(QLatin1String("RbShape")).toString(), u"circle");
    QCOMPARE(number(circle, "RbX"), 125.0);
    QCOMPARE(number(circle, "RbY"), 125.2);
    QCOMPARE(number(circle, "RbRx"), 25.1);

    const QJsonObject ellipse = boundary(regions.at(2));
    QCOMPARE(ellipse.value(QLatin1String("RbShape")).toString(), u"polygon");
    const QJsonArray vertices = ellipse.value(QLatin1String("RbVertices")).toArray();
    QCOMPARE(vertices.size(), 36);
    QCOMPARE(number(vertices.at(0).toObject(), "RbX"), 300.0); // rightmost point first
    QCOMPARE(number(vertices.at(0).toObject(), "RbY"), 125.0);
    QCOMPARE(number(vertices.at(9).toObject(), "RbX"), 250.0); // a quarter turn: bottom
    QCOMPARE(number(vertices.at(9).toObject(), "RbY"), 150.0);

    const QJsonObject point = boundary(regions.at(3));
    QCOMPARE(point.value(QLatin1String("RbShape")).toString(), u"polygon");
    const QJsonArray one = point.value(QLatin1String("RbVertices")).toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(number(one.at(0).toObject(), "RbX"), 7.0);

    // The exact ellipse for Provena's reader: provena:Shape and provena:Box on ellipses only.
    const QByteArray bytes = readBytes(report->sidecarPath);
    QCOMPARE(bytes.count("provena:Shape=\"ellipse\""), 2);
    QCOMPARE(bytes.count("<provena:Box"), 2);
}

void TestXmpSidecarWriter::regionsOnStoredGrid()
{
    // Orientation 6: stored 400×300, displayed 300×400 (turned a quarter clockwise).
    XmpSidecarContent content;
    content.displayedSize = QSize(300, 400);
    content.orientation = 6;
    content.regions = {makeRegion(kPersonId, RegionGeometry::rectangle(QRectF(10, 20, 30, 40)),
                                  "person", "Person", QStringLiteral("Tal Orsen"))};
    const Result<XmpWriteReport> report = XmpSidecarWriter::write(image("turned.jpg"), content);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const QJsonObject tags = read(report->sidecarPath);
    QCOMPARE(tags.value(QLatin1String("XMP-tiff:Orientation")).toInt(), 6);
    // Displayed (x, y) lies at stored (y, 300 − x).
    const QJsonObject rect = boundary(imageRegions(tags).at(0));
    QCOMPARE(number(rect, "RbX"), 20.0);
    QCOMPARE(number(rect, "RbY"), 260.0);
    QCOMPARE(number(rect, "RbW"), 40.0);
    QCOMPARE(number(rect, "RbH"), 30.0);
    const QJsonObject info = tags.value(QLatin1String("XMP-mwg-rs:RegionInfo")).toObject();
    const QJsonObject dimensions = info.value(QLatin1String("AppliedToDimensions")).toObject();
    QCOMPARE(number(dimensions, "W"), 400.0);
    QCOMPARE(number(dimensions, "H"), 300.0);
    const QJsonObject area
        = mwgRegions(tags).at(0).toObject().value(QLatin1String("Area")).toObject();
    QCOMPARE(number(area, "X"), 0.1);
    QCOMPARE(number(area, "Y"), 0.916667);
    QCOMPARE(number(area, "W"), 0.1);
    QCOMPARE(number(area, "H"), 0.1);
}

void TestXmpSidecarWriter::invalidSidecarRefusedUntouched()
{
    const QString path = image("invalid.jpg");
    const QString sidecar = XmpSidecarWriter::sidecarPathFor(path);
    const QByteArray html = "<html><body>Not found</body></html>\n";
    QVERIFY(writeBytes(sidecar, html));
    const Result<XmpWriteReport> report = XmpSidecarWriter::write(path, sampleContent());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(u"invalid.jpg.xmp"),
             qPrintable(report.error().message));
    QCOMPARE(report.error().path, sidecar);
    QCOMPARE(readBytes(sidecar), html);

    const QByteArray broken = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF";
    QVERIFY(writeBytes(sidecar, broken));
    const Result<XmpWriteReport> again = XmpSidecarWriter::write(path, sampleContent());
    QVERIFY(!again.ok());
    QVERIFY(!again.error().detail.isEmpty()); // Exiv2's own words, for --verbose and logs
    QCOMPARE(readBytes(sidecar), broken);
}

void TestXmpSidecarWriter::symlinkRefused()
{
    const QString path = image("linked.jpg");
    const QString target = mDir.filePath(QStringLiteral("elsewhere.xmp"));
    QVERIFY(XmpSidecarWriter::write(image("elsewhere-src.jpg"), sampleContent()).ok());
    QVERIFY(QFile::copy(image("elsewhere-src.jpg.xmp"), target));
    const QByteArray before = readBytes(target);
    QVERIFY(QFile::link(target, XmpSidecarWriter::sidecarPathFor(path)));
    // Unchanged content (which is not saved at all) and changed content are both refused.
    for (const bool change : {false, true}) {
        XmpSidecarContent content = sampleContent();
        if (change)
            content.fields.creditLine = QStringLiteral("Changed");
        const Result<XmpWriteReport> report = XmpSidecarWriter::write(path, content);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(u"symbolic link"),
                 qPrintable(report.error().message));
        QCOMPARE(readBytes(target), before);
        QVERIFY(QFileInfo(XmpSidecarWriter::sidecarPathFor(path)).isSymLink());
    }
}

void TestXmpSidecarWriter::unknownSizeRefused()
{
    XmpSidecarContent content = sampleContent();
    content.displayedSize = QSize();
    const Result<XmpWriteReport> report = XmpSidecarWriter::write(image("nosize.jpg"), content);
    QVERIFY(!report.ok());
    QVERIFY(report.error().message.contains(u"nosize.jpg.xmp"));
    QVERIFY(!QFile::exists(image("nosize.jpg.xmp")));
}

void TestXmpSidecarWriter::nothingToWriteCreatesNothing()
{
    const Result<XmpWriteReport> report
        = XmpSidecarWriter::write(image("empty.jpg"), XmpSidecarContent {});
    QVERIFY(report.ok());
    QVERIFY(!report->written);
    QVERIFY(!report->created);
    QVERIFY(!QFile::exists(image("empty.jpg.xmp")));
}

QTEST_GUILESS_MAIN(TestXmpSidecarWriter)
#include "tst_xmpsidecarwriter.moc"
