// SPDX-License-Identifier: MIT
// LabelmeReader, CocoReader, ViaReader on files written in each tool's documented format
// (tests/data/imports) and on malformed input.
#include "formats/annotationimport.h"
#include "formats/cocoreader.h"
#include "formats/labelmereader.h"
#include "formats/viareader.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace provena;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PROVENA_TEST_DATA "/imports/") + QLatin1String(name);
}

/** provenance.jpg: 640×427, no EXIF orientation. */
AnnotationTarget provenanceJpg()
{
    return {QStringLiteral("provenance.jpg"), QSize(640, 427), 1};
}

/** orientation6.jpg: stored 300×200, EXIF orientation 6, displayed 200×300. */
AnnotationTarget orientation6Jpg()
{
    return {QStringLiteral("orientation6.jpg"), QSize(200, 300), 6};
}

const ImportedShape *byOrigin(const ShapeImport &import, const QString &origin)
{
    for (const ImportedShape &s : import.shapes) {
        if (s.origin == origin)
            return &s;
    }
    return nullptr;
}

bool anyContains(const QStringList &lines, const QString &needle)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString &l) { return l.contains(needle); });
}

RegionGeometry rect(double x1, double y1, double x2, double y2)
{
    return RegionGeometry::rectangle(QRectF(QPointF(x1, y1), QPointF(x2, y2)));
}

RegionGeometry ellipse(double x1, double y1, double x2, double y2)
{
    return RegionGeometry::ellipse(QRectF(QPointF(x1, y1), QPointF(x2, y2)));
}

} // namespace

class TestAnnotationImport : public QObject
{
    Q_OBJECT

private slots:
    void labelmeShapes();
    void labelmeStoredSizeIsTurned();
    void labelmeRefusesWhatItCannotRepresent_data();
    void labelmeRefusesWhatItCannotRepresent();
    void labelmeSizeMatchingNeither();
    void cocoPicksImageByFileName();
    void cocoPicksImageById();
    void cocoImageNotFoundOrAmbiguous();
    void cocoStoredSizeIsTurned();
    void viaProject();
    void viaProjectWithLabelAttribute();
    void viaExportVersion1();
    void viaRefusesVia3();
    void viaImageNotFound();
    void malformedInput_data();
    void malformedInput();
    void notAFileOfThatTool();
    void unreadableFile();
};

void TestAnnotationImport::labelmeShapes()
{
    const Result<ShapeImport> read
        = LabelmeReader::read(fixture("labelme-provenance.json"), provenanceJpg());
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    const ShapeImport &import = read.value();
    QCOMPARE(import.format, QStringLiteral("labelme"));
    QCOMPARE(import.shapes.size(), 8); // 9 shapes, the mask refused; bounds are the planner's

    const ImportedShape *person = byOrigin(import, QStringLiteral("shapes[0]"));
    QVERIFY(person);
    QCOMPARE(person->label, QStringLiteral("person"));
    QCOMPARE(person->geometry, rect(100, 50, 220, 300)); // corners given bottom-right first
    QCOMPARE(person->note, QStringLiteral("Tal Orsen at the quay"));
    QCOMPARE(person->confidence, -1.0);

    const ImportedShape *car = byOrigin(import, QStringLiteral("shapes[1]"));
    QVERIFY(car);
    QCOMPARE(car->geometry.shape(), RegionGeometry::Shape::Polygon);
    QCOMPARE(car->geometry.points(), QPolygonF({{300, 200}, {400, 210}, {380, 300}, {310, 290}}));

    const ImportedShape *face = byOrigin(import, QStringLiteral("shapes[3]"));
    QVERIFY(face);
    QCOMPARE(face->label, QStringLiteral("face"));
    QCOMPARE(face->geometry, ellipse(460, 60, 540, 140)); // centre 500,100, radius 40

    const ImportedShape *flag = byOrigin(import, QStringLiteral("shapes[4]"));
    QVERIFY(flag);
    QCOMPARE(flag->geometry, RegionGeometry::point(QPointF(50.5, 400.25)));

    const ImportedShape *line = byOrigin(import, QStringLiteral("shapes[5]"));
    QVERIFY(line);
    QCOMPARE(line->geometry, RegionGeometry::polyline(QPolygonF({{10, 10}, {200, 10}})));
    const ImportedShape *strip = byOrigin(import, QStringLiteral("shapes[6]"));
    QVERIFY(strip);
    QCOMPARE(strip->geometry, RegionGeometry::polyline(QPolygonF({{10, 20}, {50, 60}, {90, 20}})));

    // Outside the image, but the planner (not the reader) refuses that.
    QVERIFY(byOrigin(import, QStringLiteral("shapes[8]")));

    QCOMPARE(import.refused.size(), 1);
    QVERIFY2(import.refused.at(0).startsWith(QStringLiteral("shapes[7]: "))
                 && import.refused.at(0).contains(QStringLiteral("mask")),
             qPrintable(import.refused.at(0)));

    // Groups and flags are not region properties: said, not dropped silently.
    QVERIFY2(anyContains(import.warnings, QStringLiteral("shapes[1], shapes[2] share group_id 1")),
             qPrintable(import.warnings.join(u'\n')));
    QVERIFY2(anyContains(import.warnings, QStringLiteral("flags set on shapes[1]")),
             qPrintable(import.warnings.join(u'\n')));
    QCOMPARE(import.warnings.size(), 2); // same image name and size: nothing else to say
}

void TestAnnotationImport::labelmeStoredSizeIsTurned()
{
    const Result<ShapeImport> read
        = LabelmeReader::read(fixture("labelme-orientation6.json"), orientation6Jpg());
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    const ShapeImport &import = read.value();
    QCOMPARE(import.shapes.size(), 2);
    // Orientation 6 maps stored (x, y) to displayed (200 − y, x).
    QCOMPARE(import.shapes.at(0).geometry, rect(130, 10, 180, 110));
    QCOMPARE(import.shapes.at(1).geometry, RegionGeometry::point(QPointF(50, 250)));
    QVERIFY2(anyContains(import.warnings, QStringLiteral("300×200"))
                 && anyContains(import.warnings, QStringLiteral("orientation 6")),
             qPrintable(import.warnings.join(u'\n')));
    // imagePath "..\photos\orientation6.jpg" (Windows separators) names the same file.
    QVERIFY(!anyContains(import.warnings, QStringLiteral("imagePath")));

    // The same file for an image without orientation is not turned, and its size mismatch said.
    const Result<ShapeImport> upright = LabelmeReader::read(
        fixture("labelme-orientation6.json"), {QStringLiteral("orientation6.jpg"), {200, 300}, 1});
    QVERIFY(upright.ok());
    QCOMPARE(upright->shapes.at(0).geometry, rect(10, 20, 110, 70));
    QVERIFY2(anyContains(upright->warnings, QStringLiteral("another version of the image")),
             qPrintable(upright->warnings.join(u'\n')));
}

void TestAnnotationImport::labelmeRefusesWhatItCannotRepresent_data()
{
    QTest::addColumn<QByteArray>("shape");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mask") << QByteArray(
        R"({"label": "a", "points": [[1, 1], [5, 5]], "shape_type": "mask", "mask": "AA=="})")
                          << QStringLiteral("shapes[0]: a labelme mask");
    QTest::newRow("unknown type") << QByteArray(
        R"({"label": "a", "points": [[1, 1]], "shape_type": "cuboid"})")
                                  << QStringLiteral("shapes[0]: the labelme shape type “cuboid”");
    QTest::newRow("rotated rectangle")
        << QByteArray(R"({"label": "a", "points": [[5, 0], [10, 5], [5, 10], [0, 5]],
                          "shape_type": "rectangle"})")
        << QStringLiteral("not axis-aligned");
    QTest::newRow("polygon of 2") << QByteArray(
        R"({"label": "a", "points": [[1, 1], [5, 5]], "shape_type": "polygon"})")
                                  << QStringLiteral("at least 3 points, this one has 2 point(s)");
    QTest::newRow("default type is polygon")
        << QByteArray(R"({"label": "a", "points": [[1, 1], [5, 5]]})")
        << QStringLiteral("a labelme polygon needs");
    QTest::newRow("circle of 1") << QByteArray(
        R"({"label": "a", "points": [[1, 1]], "shape_type": "circle"})")
                                 << QStringLiteral("its centre and a point on the circle");
    QTest::newRow("line of 3") << QByteArray(
        R"({"label": "a", "points": [[1, 1], [2, 2], [3, 3]], "shape_type": "line"})")
                               << QStringLiteral("a labelme line needs 2 points");
    QTest::newRow("bad point") << QByteArray(
        R"({"label": "a", "points": [[1, 1], [2, "x"]], "shape_type": "linestrip"})")
                               << QStringLiteral("shapes[0].points[1] is not a pair of numbers");
    QTest::newRow("label not text")
        << QByteArray(R"({"label": 7, "points": [[1, 1]], "shape_type": "point"})")
        << QStringLiteral("shapes[0]: the label is not text");
    QTest::newRow("not an object")
        << QByteArray(R"("rectangle")") << QStringLiteral("shapes[0]: not a shape object");
}

void TestAnnotationImport::labelmeRefusesWhatItCannotRepresent()
{
    QFETCH(QByteArray, shape);
    QFETCH(QString, expected);
    const QByteArray json = R"({"version": "5.4.1", "shapes": [)" + shape
        + R"(], "imagePath": "provenance.jpg", "imageWidth": 640, "imageHeight": 427})";
    const Result<ShapeImport> read
        = LabelmeReader::parse(json, QStringLiteral("x.json"), provenanceJpg());
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QVERIFY(read->shapes.isEmpty());
    QCOMPARE(read->refused.size(), 1);
    QVERIFY2(read->refused.at(0).contains(expected), qPrintable(read->refused.at(0)));
}

void TestAnnotationImport::labelmeSizeMatchingNeither()
{
    const QByteArray json = R"({"version": "6.0.0", "shapes": [
        {"label": "person", "points": [[1, 1], [5, 5]], "shape_type": "rectangle"}],
        "imagePath": "somewhere/else.jpg", "imageWidth": 1280, "imageHeight": 854})";
    const Result<ShapeImport> read
        = LabelmeReader::parse(json, QStringLiteral("x.json"), provenanceJpg());
    QVERIFY(read.ok());
    QCOMPARE(read->shapes.size(), 1);
    QCOMPARE(read->shapes.at(0).geometry, rect(1, 1, 5, 5)); // never scaled
    const QString all = read->warnings.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("1280×854")) && all.contains(QStringLiteral("640×427")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("“else.jpg”, not “provenance.jpg”")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("labelme 6.0.0")), qPrintable(all));
}

void TestAnnotationImport::cocoPicksImageByFileName()
{
    const Result<ShapeImport> read
        = CocoReader::read(fixture("coco-provenance.json"), provenanceJpg());
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    const ShapeImport &import = read.value();
    QCOMPARE(import.format, QStringLiteral("coco"));
    QCOMPARE(import.shapes.size(), 3);

    const ImportedShape *box = byOrigin(import, QStringLiteral("annotations[0] (id 1001)"));
    QVERIFY(box);
    QCOMPARE(box->label, QStringLiteral("person"));
    QCOMPARE(box->geometry, rect(100, 50, 220, 300)); // bbox x, y, width, height
    const ImportedShape *car = byOrigin(import, QStringLiteral("annotations[1] (id 1002)"));
    QVERIFY(car);
    QCOMPARE(car->label, QStringLiteral("car"));
    QCOMPARE(car->geometry,
             RegionGeometry::polygon(QPolygonF({{300, 200}, {400, 210}, {380, 300}, {310, 290}})));
    const ImportedShape *scored = byOrigin(import, QStringLiteral("annotations[6] (id 1007)"));
    QVERIFY(scored);
    QCOMPARE(scored->label, QStringLiteral("umbrella"));
    QCOMPARE(scored->confidence, 0.87);
    QCOMPARE(scored->geometry, rect(550, 320, 600, 350));

    QCOMPARE(import.refused.size(), 3);
    QVERIFY2(import.refused.at(0).startsWith(QStringLiteral("annotations[2] (id 1003): "))
                 && import.refused.at(0).contains(QStringLiteral("2 polygons"))
                 && import.refused.at(0).contains(QStringLiteral("multi-part")),
             qPrintable(import.refused.at(0)));
    QVERIFY2(import.refused.at(1).startsWith(QStringLiteral("annotations[3] (id 1004): "))
                 && import.refused.at(1).contains(QStringLiteral("iscrowd 1")),
             qPrintable(import.refused.at(1)));
    QVERIFY2(import.refused.at(2).startsWith(QStringLiteral("annotations[4] (id 1005): "))
                 && import.refused.at(2).contains(QStringLiteral("category_id 99")),
             qPrintable(import.refused.at(2)));
    QVERIFY2(import.warnings.isEmpty(), qPrintable(import.warnings.join(u'\n')));
}

void TestAnnotationImport::cocoPicksImageById()
{
    const Result<ShapeImport> read
        = CocoReader::read(fixture("coco-provenance.json"), provenanceJpg(), QStringLiteral("398"));
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QCOMPARE(read->shapes.size(), 1);
    QCOMPARE(read->shapes.at(0).origin, QStringLiteral("annotations[5] (id 1006)"));
    const QString all = read->warnings.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("“other.jpg”, not “provenance.jpg”")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("800×600")), qPrintable(all));
}

void TestAnnotationImport::cocoImageNotFoundOrAmbiguous()
{
    const Result<ShapeImport> missing = CocoReader::read(
        fixture("coco-provenance.json"), {QStringLiteral("nothere.jpg"), QSize(10, 10), 1});
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QStringLiteral("“nothere.jpg”")),
             qPrintable(missing.error().toString()));
    QVERIFY2(missing.error().detail.contains(QStringLiteral("id 397: harbour/provenance.jpg")),
             qPrintable(missing.error().toString()));
    QCOMPARE(missing.error().path, fixture("coco-provenance.json"));

    const Result<ShapeImport> noId
        = CocoReader::read(fixture("coco-provenance.json"), provenanceJpg(), QStringLiteral("5"));
    QVERIFY(!noId.ok());
    QVERIFY2(noId.error().message.contains(QStringLiteral("no image with id 5")),
             qPrintable(noId.error().toString()));

    const QByteArray twice = R"({"images": [{"id": 1, "file_name": "a/p.jpg"},
        {"id": 2, "file_name": "b/p.jpg"}], "annotations": [], "categories": []})";
    const Result<ShapeImport> ambiguous
        = CocoReader::parse(twice, QStringLiteral("c.json"), {QStringLiteral("p.jpg"), QSize(), 1});
    QVERIFY(!ambiguous.ok());
    QVERIFY2(ambiguous.error().message.contains(QStringLiteral("2 images named “p.jpg”")),
             qPrintable(ambiguous.error().toString()));
}

void TestAnnotationImport::cocoStoredSizeIsTurned()
{
    const Result<ShapeImport> read
        = CocoReader::read(fixture("coco-orientation6.json"), orientation6Jpg());
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QCOMPARE(read->shapes.size(), 1);
    QCOMPARE(read->shapes.at(0).geometry, rect(130, 10, 180, 110));
    QVERIFY2(anyContains(read->warnings, QStringLiteral("orientation 6")),
             qPrintable(read->warnings.join(u'\n')));
}

void TestAnnotationImport::viaProject()
{
    const Result<ShapeImport> read = ViaReader::read(fixture("via2-project.json"), provenanceJpg());
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    const ShapeImport &import = read.value();
    QCOMPARE(import.format, QStringLiteral("via"));
    const QString prefix = QStringLiteral("_via_img_metadata[\"provenance.jpg15495\"].regions[%1]");
    QCOMPARE(import.shapes.size(), 7);

    // Two attributes: "type" is taken, being one of label, name, type, class.
    const ImportedShape *person = byOrigin(import, prefix.arg(0));
    QVERIFY(person);
    QCOMPARE(person->label, QStringLiteral("person"));
    QCOMPARE(person->geometry, rect(100, 50, 220, 300));
    QCOMPARE(byOrigin(import, prefix.arg(1))->geometry, ellipse(460, 60, 540, 140));
    QCOMPARE(byOrigin(import, prefix.arg(1))->label, QStringLiteral("face"));
    QCOMPARE(byOrigin(import, prefix.arg(2))->geometry, ellipse(240, 70, 360, 130));
    // A quarter turn: the same axis-aligned outline with the axes swapped.
    QCOMPARE(byOrigin(import, prefix.arg(3))->geometry, ellipse(270, 140, 330, 260));
    QCOMPARE(byOrigin(import, prefix.arg(5))->geometry,
             RegionGeometry::polygon(QPolygonF({{300, 200}, {400, 210}, {380, 300}, {310, 290}})));
    QCOMPARE(byOrigin(import, prefix.arg(5))->label, QStringLiteral("car"));
    QCOMPARE(byOrigin(import, prefix.arg(6))->geometry,
             RegionGeometry::polyline(QPolygonF({{10, 20}, {50, 60}, {90, 20}})));
    QCOMPARE(byOrigin(import, prefix.arg(7))->geometry, RegionGeometry::point(QPointF(50, 400)));
    QCOMPARE(byOrigin(import, prefix.arg(7))->label, QStringLiteral("flag-insignia"));

    QCOMPARE(import.refused.size(), 1);
    QVERIFY2(import.refused.at(0).startsWith(prefix.arg(4) + QStringLiteral(": "))
                 && import.refused.at(0).contains(QStringLiteral("rotated (theta 0.5 rad)")),
             qPrintable(import.refused.at(0)));
    QVERIFY2(import.warnings.isEmpty(), qPrintable(import.warnings.join(u'\n')));

    // An image with an orientation: VIA gives no size to tell, so it is said.
    const Result<ShapeImport> turned = ViaReader::read(
        fixture("via2-project.json"), {QStringLiteral("provenance.jpg"), QSize(640, 427), 8});
    QVERIFY(turned.ok());
    QVERIFY2(anyContains(turned->warnings, QStringLiteral("EXIF orientation 8")),
             qPrintable(turned->warnings.join(u'\n')));
}

void TestAnnotationImport::viaProjectWithLabelAttribute()
{
    const Result<ShapeImport> read
        = ViaReader::read(fixture("via2-project.json"), provenanceJpg(), QStringLiteral("tags"));
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    const QString prefix = QStringLiteral("_via_img_metadata[\"provenance.jpg15495\"].regions[%1]");
    // A checkbox attribute: its one ticked option, none ticked is no label.
    QCOMPARE(byOrigin(read.value(), prefix.arg(0))->label, QStringLiteral("vehicle"));
    QCOMPARE(byOrigin(read.value(), prefix.arg(1))->label, QString());
    // Two options ticked: ambiguous, refused (as is the rotated ellipse).
    QCOMPARE(read->refused.size(), 2);
    QVERIFY2(anyContains(read->refused,
                         prefix.arg(5)
                             + QStringLiteral(": the attribute “tags” "
                                              "has several options "
                                              "ticked (vehicle, weapon)")),
             qPrintable(read->refused.join(u'\n')));
    QCOMPARE(read->shapes.size(), 6);

    const Result<ShapeImport> missing
        = ViaReader::read(fixture("via2-project.json"), provenanceJpg(), QStringLiteral("colour"));
    QVERIFY(missing.ok());
    QCOMPARE(missing->shapes.size(), 7);
    QVERIFY(std::all_of(missing->shapes.cbegin(), missing->shapes.cend(),
                        [](const ImportedShape &s) { return s.label.isEmpty(); }));
    QVERIFY2(anyContains(missing->warnings, QStringLiteral("have no attribute “colour”")),
             qPrintable(missing->warnings.join(u'\n')));
}

void TestAnnotationImport::viaExportVersion1()
{
    // VIA 1 export: entries at the top level, regions keyed "0", "1", …, a URL as filename.
    const Result<ShapeImport> read = ViaReader::read(fixture("via-export.json"), provenanceJpg());
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QCOMPARE(read->shapes.size(), 3);
    QCOMPARE(read->shapes.at(0).origin, QStringLiteral("[\"provenance.jpg15495\"].regions[0]"));
    QCOMPARE(read->shapes.at(0).label, QStringLiteral("person"));
    QCOMPARE(read->shapes.at(1).label, QStringLiteral("vehicle"));
    // VIA 1 repeats the first vertex at the end: the same polygon, 4 vertices.
    QCOMPARE(read->shapes.at(1).geometry.points(),
             QPolygonF({{300, 200}, {400, 210}, {380, 300}, {310, 290}}));
    QCOMPARE(read->shapes.at(2).label, QString());
    QVERIFY(read->refused.isEmpty());
}

void TestAnnotationImport::viaRefusesVia3()
{
    const Result<ShapeImport> read = ViaReader::read(fixture("via3-project.json"), provenanceJpg());
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("VIA 3")),
             qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(QStringLiteral("not read VIA 3 files yet")),
             qPrintable(read.error().message));
    QCOMPARE(read.error().path, fixture("via3-project.json"));
}

void TestAnnotationImport::viaImageNotFound()
{
    const Result<ShapeImport> read = ViaReader::read(fixture("via2-project.json"),
                                                     {QStringLiteral("nothere.jpg"), QSize(), 1});
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("no image named “nothere.jpg”")),
             qPrintable(read.error().toString()));
    QVERIFY2(read.error().detail.contains(QStringLiteral("other.jpg, provenance.jpg")),
             qPrintable(read.error().toString()));
}

void TestAnnotationImport::malformedInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QByteArray("{\n  \"shapes\": [\n    {\"label\": \"a\",\n") << 4
                               << 1 << QStringLiteral("not valid JSON");
    QTest::newRow("duplicate key") << QByteArray("{\"shapes\": [],\n \"shapes\": []}") << 2 << 2
                                   << QStringLiteral("occurs twice");
    QTest::newRow("top-level array")
        << QByteArray("[1, 2]") << 0 << 0 << QStringLiteral("top level is not a JSON object");
    QTest::newRow("empty") << QByteArray() << 0 << 0 << QStringLiteral("JSON");
    // A JPEG passed as the file: refused, whatever the column the parser stops at.
    QTest::newRow("binary") << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF", 10) << 0 << 0
                            << QStringLiteral("not valid JSON");
}

void TestAnnotationImport::malformedInput()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const QString path = QStringLiteral("/tmp/in.json");
    const QList<Result<ShapeImport>> results = {
        LabelmeReader::parse(json, path, provenanceJpg()),
        CocoReader::parse(json, path, provenanceJpg()),
        ViaReader::parse(json, path, provenanceJpg()),
    };
    for (const Result<ShapeImport> &r : results) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().path, path);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().toString()));
        if (line > 0 || column > 0) {
            QCOMPARE(r.error().line, line);
            QCOMPARE(r.error().column, column);
        }
    }
}

void TestAnnotationImport::notAFileOfThatTool()
{
    // Each reader on another tool's file says what it expected, never reads nothing silently.
    const Result<ShapeImport> labelme
        = LabelmeReader::read(fixture("coco-provenance.json"), provenanceJpg());
    QVERIFY(!labelme.ok());
    QVERIFY2(labelme.error().message.contains(QStringLiteral("not a labelme file")),
             qPrintable(labelme.error().message));
    const Result<ShapeImport> coco
        = CocoReader::read(fixture("labelme-provenance.json"), provenanceJpg());
    QVERIFY(!coco.ok());
    QVERIFY2(coco.error().message.contains(QStringLiteral("not a COCO file")),
             qPrintable(coco.error().message));
    const Result<ShapeImport> via
        = ViaReader::read(fixture("labelme-provenance.json"), provenanceJpg());
    QVERIFY(!via.ok());
    QVERIFY2(via.error().message.contains(QStringLiteral("not a VIA file")),
             qPrintable(via.error().message));
}

void TestAnnotationImport::unreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<ShapeImport> missing
        = LabelmeReader::read(dir.filePath(QStringLiteral("none.json")), provenanceJpg());
    QVERIFY(!missing.ok());
    QVERIFY(!missing.error().message.isEmpty());
    const Result<ShapeImport> folder = CocoReader::read(dir.path(), provenanceJpg());
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error().message.contains(QStringLiteral("folder")),
             qPrintable(folder.error().toString()));
    const Result<ShapeImport> device
        = ViaReader::read(QStringLiteral("/dev/zero"), provenanceJpg());
    QVERIFY(!device.ok());
    QVERIFY2(device.error().message.contains(QStringLiteral("device")),
             qPrintable(device.error().toString()));
}

QTEST_GUILESS_MAIN(TestAnnotationImport)
#include "tst_annotationimport.moc"
