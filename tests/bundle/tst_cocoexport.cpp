// SPDX-License-Identifier: MIT
// CocoExport: every shape kind on two images (one of unknown size), the format's rules checked on
// what we write and on hand-made bad COCO, and a round trip through our own CocoReader.
#include "bundle/cocoexport.h"
#include "core/document/articledocument.h"
#include "formats/cocoreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <functional>
#include <numbers>

using namespace provena;
using namespace Qt::StringLiterals;

namespace {

Region regionOn(int image, const RegionGeometry &geometry, const QString &label)
{
    Region region;
    region.id = QUuid::createUuid();
    region.imageIndex = image;
    region.geometry = geometry;
    region.label = label;
    return region;
}

/**
 * Three images: 0 (640×480) with one region of every shape, 1 (size unknown, not on disk) with
 * a rectangle, 2 (800×600) with a label the taxonomy lacks, a region without a label and a
 * rectangle reaching past the image's right edge.
 */
void setUp(ArticleDocument &document)
{
    Article article;
    article.path = QStringLiteral("/articles/story.md");
    article.title = QStringLiteral("Harbour crane");
    article.text = QStringLiteral("Three photos.");
    article.images = {ImageRef(), ImageRef(), ImageRef()};
    document.setArticle(article);
    document.setLabels(LabelTaxonomy::builtIn());
    ImageRecord first;
    first.pixelSize = QSize(640, 480);
    document.setImageRecord(0, first);
    ImageRecord third;
    third.pixelSize = QSize(800, 600);
    document.setImageRecord(2, third);

    const QList<Region> regions = {
        regionOn(0, RegionGeometry::rectangle(QRectF(10, 20, 100, 50)), QStringLiteral("vehicle")),
        regionOn(0,
                 RegionGeometry::polygon(
                     QPolygonF({QPointF(200, 200), QPointF(300, 210), QPointF(250, 300.5)})),
                 QStringLiteral("person")),
        regionOn(0, RegionGeometry::ellipse(QRectF(400, 100, 80, 40)), QStringLiteral("person")),
        regionOn(0, RegionGeometry::point(QPointF(320.25, 240.75)), QStringLiteral("text-sign")),
        regionOn(0,
                 RegionGeometry::polyline(
                     QPolygonF({QPointF(10, 400), QPointF(60, 380), QPointF(120, 410)})),
                 QStringLiteral("text-sign")),
        regionOn(1, RegionGeometry::rectangle(QRectF(5, 5, 10, 10)), QStringLiteral("person")),
        regionOn(2, RegionGeometry::rectangle(QRectF(10, 10, 50, 60)), QStringLiteral("tank")),
        regionOn(2,
                 RegionGeometry::polygon(
                     QPolygonF({QPointF(100, 100), QPointF(200, 100), QPointF(150, 180)})),
                 QString()),
        regionOn(2, RegionGeometry::rectangle(QRectF(700, 500, 150, 50)), QStringLiteral("person")),
    };
    for (qsizetype i = 0; i < regions.size(); ++i)
        document.insertRegion(int(i), regions.at(i));
}

QList<CocoImageEntry> imageEntries(const ArticleDocument &document)
{
    QList<CocoImageEntry> entries;
    const QStringList names
        = {QStringLiteral("crane.jpg"), QStringLiteral("remote.jpg"), QStringLiteral("quay.png")};
    for (int i = 0; i < 3; ++i)
        entries.append(CocoImageEntry {i, names.at(i), document.imageRecord(i).pixelSize});
    return entries;
}

QJsonObject validCoco()
{
    ArticleDocument document;
    setUp(document);
    return CocoExport::build(document, imageEntries(document), QDate(2026, 12, 2));
}

QJsonArray numbers(std::initializer_list<double> values)
{
    QJsonArray array;
    for (const double v : values)
        array.append(v);
    return array;
}

QJsonObject annotationWithRegion(const QJsonObject &coco, const QUuid &id)
{
    for (const QJsonValue &value : coco.value(QLatin1String("annotations")).toArray()) {
        if (value.toObject().value(QLatin1String("provena_region_id")).toString()
            == id.toString(QUuid::WithoutBraces))
            return value.toObject();
    }
    return {};
}

/** Changes the entry `index` of list `list` of `coco` with `change`. */
QJsonObject edited(QJsonObject coco, const char *list, int index,
                   const std::function<void(QJsonObject &)> &change)
{
    QJsonArray array = coco.value(QLatin1String(list)).toArray();
    QJsonObject entry = array.at(index).toObject();
    change(entry);
    array.replace(index, entry);
    coco.insert(QLatin1String(list), array);
    return coco;
}

} // namespace

class TestCocoExport : public QObject
{
    Q_OBJECT

private slots:
    void buildPassesCheck();
    void imagesOfUnknownSizeAreLeftOut();
    void shapesBecomeBoxesPolygonsAndAreas();
    void categoriesFollowTheLabels();
    void regionPastTheEdgeIsCutToTheImage();
    void buildIsDeterministic();
    void brokenGeometryIsLeftOut();
    void checkCatchesEachRule_data();
    void checkCatchesEachRule();
    void checkNamesEveryDuplicate();
    void roundTripThroughCocoReader();
};

void TestCocoExport::buildPassesCheck()
{
    const QJsonObject coco = validCoco();
    const QStringList problems = CocoExport::check(coco);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(coco.value(QLatin1String("licenses")).toArray().size(), 0);
    const QJsonObject info = coco.value(QLatin1String("info")).toObject();
    QCOMPARE(info.value(QLatin1String("year")).toInt(), 2026);
    QCOMPARE(info.value(QLatin1String("date_created")).toString(), QStringLiteral("2026-12-02"));
    QVERIFY(info.value(QLatin1String("description")).toString().contains(u"Harbour crane"));
}

void TestCocoExport::imagesOfUnknownSizeAreLeftOut()
{
    ArticleDocument document;
    setUp(document);
    const QJsonObject coco = validCoco();
    const QJsonArray images = coco.value(QLatin1String("images")).toArray();
    QCOMPARE(images.size(), 2);
    // COCO ids are the article's image numbers, so leaving image 2 out does not renumber 3.
    QCOMPARE(images.at(0).toObject().value(QLatin1String("id")).toInt(), 1);
    QCOMPARE(images.at(0).toObject().value(QLatin1String("file_name")).toString(),
             QStringLiteral("crane.jpg"));
    QCOMPARE(images.at(0).toObject().value(QLatin1String("width")).toInt(), 640);
    QCOMPARE(images.at(0).toObject().value(QLatin1String("height")).toInt(), 480);
    QCOMPARE(images.at(1).toObject().value(QLatin1String("id")).toInt(), 3);
    // 9 regions, one on the image of unknown size.
    const QJsonArray annotations = coco.value(QLatin1String("annotations")).toArray();
    QCOMPARE(annotations.size(), 8);
    QVERIFY(annotationWithRegion(coco, document.regions().at(5).id).isEmpty());
    for (qsizetype i = 0; i < annotations.size(); ++i)
        QCOMPARE(annotations.at(i).toObject().value(QLatin1String("id")).toInt(), int(i) + 1);
}

void TestCocoExport::shapesBecomeBoxesPolygonsAndAreas()
{
    ArticleDocument document;
    setUp(document);
    const QJsonObject coco
        = CocoExport::build(document, imageEntries(document), QDate(2026, 12, 2));
    const QList<Region> &regions = document.regions();

    const QJsonObject rect = annotationWithRegion(coco, regions.at(0).id);
    QCOMPARE(rect.value(QLatin1String("image_id")).toInt(), 1);
    QCOMPARE(rect.value(QLatin1String("bbox")).toArray(), numbers({10, 20, 100, 50}));
    QCOMPARE(rect.value(QLatin1String("segmentation")).toArray(),
             QJsonArray {numbers({10, 20, 110, 20, 110, 70, 10, 70})});
    QCOMPARE(rect.value(QLatin1String("area")).toDouble(), 5000.0);
    QCOMPARE(rect.value(QLatin1String("iscrowd")).toInt(), 0);
    QCOMPARE(rect.value(QLatin1String("provena_shape")).toString(), QStringLiteral("rectangle"));

    const QJsonObject polygon = annotationWithRegion(coco, regions.at(1).id);
    QCOMPARE(polygon.value(QLatin1String("segmentation")).toArray(),
             QJsonArray {numbers({200, 200, 300, 210, 250, 300.5})});
    QCOMPARE(polygon.value(QLatin1String("bbox")).toArray(), numbers({200, 200, 100, 100.5}));
    // Shoelace: |200*210 - 300*200 + 300*300.5 - 250*210 + 250*200 - 200*300.5| / 2.
    QCOMPARE(polygon.value(QLatin1String("area")).toDouble(), 4775.0);

    const QJsonObject ellipse = annotationWithRegion(coco, regions.at(2).id);
    const QJsonArray outline
        = ellipse.value(QLatin1String("segmentation")).toArray().at(0).toArray();
    QCOMPARE(outline.size(), 72);
    QCOMPARE(ellipse.value(QLatin1String("bbox")).toArray(), numbers({400, 100, 80, 40}));
    QCOMPARE(ellipse.value(QLatin1String("area")).toDouble(),
             std::round(std::numbers::pi * 40 * 20 * 100) / 100);
    for (qsizetype k = 0; k + 1 < outline.size(); k += 2) {
        const double x = (outline.at(k).toDouble() - 440) / 40;
        const double y = (outline.at(k + 1).toDouble() - 120) / 20;
        QVERIFY2(std::abs(x * x + y * y - 1) < 0.01, qPrintable(QString::number(k)));
    }

    const QJsonObject point = annotationWithRegion(coco, regions.at(3).id);
    QCOMPARE(point.value(QLatin1String("bbox")).toArray(), numbers({320.25, 240.75, 1, 1}));
    QCOMPARE(point.value(QLatin1String("segmentation")).toArray(), QJsonArray());
    QCOMPARE(point.value(QLatin1String("area")).toDouble(), 0.0);
    QCOMPARE(point.value(QLatin1String("provena_points")).toArray(), numbers({320.25, 240.75}));

    const QJsonObject polyline = annotationWithRegion(coco, regions.at(4).id);
    QCOMPARE(polyline.value(QLatin1String("bbox")).toArray(), numbers({10, 380, 110, 30}));
    QCOMPARE(polyline.value(QLatin1String("segmentation")).toArray(), QJsonArray());
    QCOMPARE(polyline.value(QLatin1String("provena_points")).toArray(),
             numbers({10, 400, 60, 380, 120, 410}));
    QCOMPARE(polyline.value(QLatin1String("provena_shape")).toString(), QStringLiteral("polyline"));
}

void TestCocoExport::categoriesFollowTheLabels()
{
    ArticleDocument document;
    setUp(document);
    const QJsonObject coco
        = CocoExport::build(document, imageEntries(document), QDate(2026, 12, 2));
    QStringList names;
    QList<int> ids;
    for (const QJsonValue &value : coco.value(QLatin1String("categories")).toArray()) {
        names.append(value.toObject().value(QLatin1String("name")).toString());
        ids.append(value.toObject().value(QLatin1String("id")).toInt());
        QCOMPARE(value.toObject().value(QLatin1String("supercategory")).toString(),
                 QStringLiteral("provena"));
    }
    // Used labels in taxonomy order, then the unknown "tank", then the unlabelled region.
    QCOMPARE(names,
             QStringList({QStringLiteral("person"), QStringLiteral("vehicle"),
                          QStringLiteral("text-sign"), QStringLiteral("tank"),
                          QStringLiteral("(unlabelled)")}));
    QCOMPARE(ids, QList<int>({1, 2, 3, 4, 5}));
    const QJsonObject tank = annotationWithRegion(coco, document.regions().at(6).id);
    QCOMPARE(tank.value(QLatin1String("category_id")).toInt(), 4);
    const QJsonObject unlabelled = annotationWithRegion(coco, document.regions().at(7).id);
    QCOMPARE(unlabelled.value(QLatin1String("category_id")).toInt(), 5);
}

void TestCocoExport::regionPastTheEdgeIsCutToTheImage()
{
    ArticleDocument document;
    setUp(document);
    const QJsonObject coco
        = CocoExport::build(document, imageEntries(document), QDate(2026, 12, 2));
    const QJsonObject cut = annotationWithRegion(coco, document.regions().at(8).id);
    QCOMPARE(cut.value(QLatin1String("bbox")).toArray(), numbers({700, 500, 100, 50}));
    QCOMPARE(cut.value(QLatin1String("area")).toDouble(), 5000.0);
}

void TestCocoExport::buildIsDeterministic()
{
    ArticleDocument document;
    setUp(document);
    const QByteArray first
        = QJsonDocument(CocoExport::build(document, imageEntries(document), QDate(2026, 12, 2)))
              .toJson();
    const QByteArray second
        = QJsonDocument(CocoExport::build(document, imageEntries(document), QDate(2026, 12, 2)))
              .toJson();
    QCOMPARE(first, second);
}

void TestCocoExport::brokenGeometryIsLeftOut()
{
    // A damaged sidecar: NaN coordinates, an empty polygon, a shape far outside the image.
    ArticleDocument document;
    setUp(document);
    const int count = int(document.regions().size());
    document.insertRegion(count,
                          regionOn(0, RegionGeometry::rectangle(QRectF(std::nan(""), 0, 5, 5)),
                                   QStringLiteral("person")));
    document.insertRegion(
        count + 1, regionOn(0, RegionGeometry::polygon(QPolygonF()), QStringLiteral("person")));
    const Region far = regionOn(0, RegionGeometry::rectangle(QRectF(1e6, 1e6, 10, 10)),
                                QStringLiteral("person"));
    document.insertRegion(count + 2, far);
    const QJsonObject coco
        = CocoExport::build(document, imageEntries(document), QDate(2026, 12, 2));
    const QStringList problems = CocoExport::check(coco);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // None of them has a place in COCO: the same 8 annotations as before.
    QCOMPARE(coco.value(QLatin1String("annotations")).toArray().size(), 8);
    QVERIFY(annotationWithRegion(coco, far.id).isEmpty());
}

void TestCocoExport::checkCatchesEachRule_data()
{
    QTest::addColumn<QJsonObject>("coco");
    QTest::addColumn<QString>("expected");
    const QJsonObject valid = validCoco();
    const int lastImage = int(valid.value(QLatin1String("images")).toArray().size()) - 1;

    QTest::newRow("duplicate image id")
        << edited(valid, "images", lastImage, [](QJsonObject &o) { o.insert(u"id"_s, 1); })
        << QStringLiteral("images[1] (id 1): the id 1 is already used by images[0]");
    QTest::newRow("duplicate annotation id")
        << edited(valid, "annotations", 1, [](QJsonObject &o) { o.insert(u"id"_s, 1); })
        << QStringLiteral("annotations[1] (id 1): the id 1 is already used by annotations[0]");
    QTest::newRow("duplicate category id")
        << edited(valid, "categories", 1, [](QJsonObject &o) { o.insert(u"id"_s, 1); })
        << QStringLiteral("categories[1] (id 1): the id 1 is already used by categories[0]");
    QTest::newRow("missing category")
        << edited(valid, "annotations", 0, [](QJsonObject &o) { o.insert(u"category_id"_s, 99); })
        << QStringLiteral("annotations[0] (id 1): category_id 99 names no category");
    QTest::newRow("missing image")
        << edited(valid, "annotations", 0, [](QJsonObject &o) { o.insert(u"image_id"_s, 2); })
        << QStringLiteral("annotations[0] (id 1): image_id 2 names no image");
    QTest::newRow("bbox outside")
        << edited(valid, "annotations", 0,
                  [](QJsonObject &o) {
                      o.insert(u"bbox"_s, numbers({600, 20, 100, 50}));
                  })
        << QStringLiteral("annotations[0] (id 1): bbox [600, 20, 100, 50] is not inside image 1 "
                          "(640×480)");
    QTest::newRow("bbox negative x") << edited(valid, "annotations", 0, [](QJsonObject &o) {
        o.insert(u"bbox"_s, numbers({-1, 20, 10, 10}));
    }) << QStringLiteral("is not inside image 1");
    QTest::newRow("bbox zero width") << edited(valid, "annotations", 0, [](QJsonObject &o) {
        o.insert(u"bbox"_s, numbers({10, 20, 0, 50}));
    }) << QStringLiteral("annotations[0] (id 1): bbox [10, 20, 0, 50] has no width");
    QTest::newRow("bbox of three numbers") << edited(valid, "annotations", 0, [](QJsonObject &o) {
        o.insert(u"bbox"_s, numbers({10, 20, 5}));
    }) << QStringLiteral("annotations[0] (id 1): “bbox” must be [x, y, width, height]");
    QTest::newRow("odd polygon") << edited(
        valid, "annotations", 0,
        [](QJsonObject &o) {
            o.insert(u"segmentation"_s, QJsonArray {numbers({10, 20, 110, 20, 110, 70, 10})});
        })
                                 << QStringLiteral(
                                        "annotations[0] (id 1): segmentation[0] is not a polygon: "
                                        "it needs an "
                                        "even number of at least 6 coordinates, it has 7.");
    QTest::newRow("polygon of two points") << edited(valid, "annotations", 0, [](QJsonObject &o) {
        o.insert(u"segmentation"_s, QJsonArray {numbers({10, 20, 110, 20})});
    }) << QStringLiteral("it has 4.");
    QTest::newRow("area 0") << edited(valid, "annotations", 0, [](QJsonObject &o) {
        o.insert(u"area"_s, 0);
    }) << QStringLiteral("annotations[0] (id 1): the area is 0 although it has a segmentation.");
    QTest::newRow("area missing") << edited(valid, "annotations", 0, [](QJsonObject &o) {
        o.remove(u"area"_s);
    }) << QStringLiteral("annotations[0] (id 1): “area” is missing");
    QTest::newRow("iscrowd 2") << edited(valid, "annotations", 0, [](QJsonObject &o) {
        o.insert(u"iscrowd"_s, 2);
    }) << QStringLiteral("annotations[0] (id 1): “iscrowd” must be 0 or 1.");
    QTest::newRow("crowd without RLE")
        << edited(valid, "annotations", 0, [](QJsonObject &o) { o.insert(u"iscrowd"_s, 1); })
        << QStringLiteral("needs a run-length segmentation");
    QTest::newRow("segmentation missing")
        << edited(valid, "annotations", 0, [](QJsonObject &o) { o.remove(u"segmentation"_s); })
        << QStringLiteral("annotations[0] (id 1): “segmentation” is missing.");
    QTest::newRow("annotation id not a number")
        << edited(valid, "annotations", 0, [](QJsonObject &o) { o.insert(u"id"_s, u"one"_s); })
        << QStringLiteral("annotations[0]: “id” is missing or not a whole number.");
    QTest::newRow("image without file name")
        << edited(valid, "images", 0, [](QJsonObject &o) { o.remove(u"file_name"_s); })
        << QStringLiteral("images[0] (id 1): “file_name” is missing or empty.");
    QTest::newRow("image without height")
        << edited(valid, "images", 0, [](QJsonObject &o) { o.remove(u"height"_s); })
        << QStringLiteral("images[0] (id 1): “width” and “height” must be positive numbers.");
    QTest::newRow("category without name")
        << edited(valid, "categories", 0, [](QJsonObject &o) { o.remove(u"name"_s); })
        << QStringLiteral("categories[0] (id 1): “name” is missing or empty.");
    QJsonObject noCategories = valid;
    noCategories.remove(u"categories"_s);
    QTest::newRow("no categories list")
        << noCategories << QStringLiteral("The list “categories” is missing.");
}

void TestCocoExport::checkCatchesEachRule()
{
    QFETCH(QJsonObject, coco);
    QFETCH(QString, expected);
    const QStringList problems = CocoExport::check(coco);
    QVERIFY2(!problems.isEmpty(), "check() found nothing wrong");
    const bool named = std::any_of(problems.cbegin(), problems.cend(),
                                   [&](const QString &p) { return p.contains(expected); });
    QVERIFY2(named, qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestCocoExport::checkNamesEveryDuplicate()
{
    QJsonObject coco = validCoco();
    for (const int index : {1, 2})
        coco = edited(coco, "annotations", index, [](QJsonObject &o) { o.insert(u"id"_s, 1); });
    const QStringList problems = CocoExport::check(coco);
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).startsWith(u"annotations[1] (id 1)"));
    QVERIFY(problems.at(1).startsWith(u"annotations[2] (id 1)"));
}

void TestCocoExport::roundTripThroughCocoReader()
{
    ArticleDocument document;
    setUp(document);
    const QList<CocoImageEntry> entries = imageEntries(document);
    const QByteArray json = QJsonDocument(CocoExport::build(document, entries, QDate(2026, 12, 2)))
                                .toJson(QJsonDocument::Indented);
    const QString path = QStringLiteral("story/coco.json");

    for (const int image : {0, 2}) {
        const AnnotationTarget target {entries.at(image).fileName, entries.at(image).size, 1};
        const Result<ShapeImport> read = CocoReader::parse(json, path, target);
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        QVERIFY2(read->refused.isEmpty(), qPrintable(read->refused.join(QLatin1Char('\n'))));
        const QList<Region> regions = document.regionsOnImage(image);
        QCOMPARE(read->shapes.size(), regions.size());
        for (qsizetype i = 0; i < regions.size(); ++i) {
            const Region &region = regions.at(i);
            const ImportedShape &shape = read->shapes.at(i);
            const QString expectedLabel
                = region.label.isEmpty() ? QStringLiteral("(unlabelled)") : region.label;
            QCOMPARE(shape.label, expectedLabel);
            const QRectF imageRect(QPointF(0, 0), QSizeF(entries.at(image).size));
            const RegionGeometry &g = region.geometry;
            switch (g.shape()) {
            case RegionGeometry::Shape::Rectangle: {
                // Written as a four-vertex polygon: the same corners come back.
                const QRectF box = g.boundingRect() & imageRect;
                QCOMPARE(shape.geometry.shape(), RegionGeometry::Shape::Polygon);
                QCOMPARE(shape.geometry.points(),
                         QPolygonF(
                             {box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()}));
                break;
            }
            case RegionGeometry::Shape::Polygon:
                QCOMPARE(shape.geometry.shape(), RegionGeometry::Shape::Polygon);
                QCOMPARE(shape.geometry.points(), g.points());
                break;
            case RegionGeometry::Shape::Ellipse: {
                QCOMPARE(shape.geometry.shape(), RegionGeometry::Shape::Polygon);
                QCOMPARE(shape.geometry.points().size(), 36);
                const QRectF back = shape.geometry.boundingRect();
                const QRectF box = g.boundingRect();
                QVERIFY(std::abs(back.left() - box.left()) < 0.01);
                QVERIFY(std::abs(back.right() - box.right()) < 0.01);
                QVERIFY(std::abs(back.top() - box.top()) < 0.01);
                QVERIFY(std::abs(back.bottom() - box.bottom()) < 0.01);
                break;
            }
            case RegionGeometry::Shape::Point:
                // COCO has no points: the 1×1 box at the point comes back as a rectangle.
                QCOMPARE(shape.geometry.shape(), RegionGeometry::Shape::Rectangle);
                QCOMPARE(shape.geometry.boundingRect(), QRectF(g.points().at(0), QSizeF(1, 1)));
                break;
            case RegionGeometry::Shape::Polyline:
                QCOMPARE(shape.geometry.shape(), RegionGeometry::Shape::Rectangle);
                QCOMPARE(shape.geometry.boundingRect(), g.boundingRect());
                break;
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestCocoExport)
#include "tst_cocoexport.moc"
