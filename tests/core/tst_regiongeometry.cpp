// SPDX-License-Identifier: MIT
#include "core/model/labeltaxonomy.h"
#include "core/model/regiongeometry.h"

#include <QTest>

using namespace provena;

class TestRegionGeometry : public QObject
{
    Q_OBJECT

private slots:
    void rectangleNormalises();
    void polygonNeedsThreeVertices();
    void vertexEditsKeepMinimum();
    void clampKeepsShapeInside();
    void shapeNamesRoundTrip();
    void defaultTaxonomyHasNewsLabels();
    void taxonomyErrorsNamePosition();
};

void TestRegionGeometry::rectangleNormalises()
{
    const auto g = RegionGeometry::rectangle(QRectF(QPointF(50, 40), QPointF(10, 20)));
    QCOMPARE(g.boundingRect(), QRectF(10, 20, 40, 20));
    QVERIFY(g.isValid());
    const auto moved = g.withVertex(1, QPointF(0, 0));
    QCOMPARE(moved.boundingRect(), QRectF(0, 0, 10, 20));
}

void TestRegionGeometry::polygonNeedsThreeVertices()
{
    QVERIFY(!RegionGeometry::polygon(QPolygonF({QPointF(0, 0), QPointF(1, 1)})).isValid());
    const auto closed = RegionGeometry::polygon(
        QPolygonF({QPointF(0, 0), QPointF(4, 0), QPointF(4, 4), QPointF(0, 0)}));
    QCOMPARE(closed.points().size(), 3);
    QVERIFY(closed.isValid());
    QVERIFY(!RegionGeometry::point(QPointF(qInf(), 0)).isValid());
}

void TestRegionGeometry::vertexEditsKeepMinimum()
{
    auto g = RegionGeometry::polygon(QPolygonF({QPointF(0, 0), QPointF(4, 0), QPointF(4, 4)}));
    QCOMPARE(g.withVertexRemoved(0).points().size(), 3);
    g = g.withVertexInserted(1, QPointF(2, -1));
    QCOMPARE(g.points().size(), 4);
    QCOMPARE(g.points().at(1), QPointF(2, -1));
    QCOMPARE(g.withVertexRemoved(1).points().size(), 3);
}

void TestRegionGeometry::clampKeepsShapeInside()
{
    const auto g = RegionGeometry::rectangle(QRectF(90, 90, 20, 20));
    QCOMPARE(g.clampedTo(QSizeF(100, 100)).boundingRect(), QRectF(90, 90, 10, 10));
    QCOMPARE(g.clampTranslation(QPointF(50, -200), QSizeF(200, 200)), QPointF(50, -90));
    const auto huge = RegionGeometry::rectangle(QRectF(0, 0, 500, 500));
    QCOMPARE(huge.clampTranslation(QPointF(5, 5), QSizeF(100, 100)), QPointF(0, 0));
}

void TestRegionGeometry::shapeNamesRoundTrip()
{
    using S = RegionGeometry::Shape;
    for (S s : {S::Rectangle, S::Ellipse, S::Polygon, S::Polyline, S::Point}) {
        S parsed = S::Rectangle;
        QVERIFY(RegionGeometry::shapeFromName(RegionGeometry::shapeName(s), &parsed));
        QCOMPARE(parsed, s);
    }
    S unused;
    QVERIFY(!RegionGeometry::shapeFromName(QStringLiteral("circle"), &unused));
}

void TestRegionGeometry::defaultTaxonomyHasNewsLabels()
{
    const LabelTaxonomy t = LabelTaxonomy::builtIn();
    QCOMPARE(t.labels().size(), 11);
    QVERIFY(t.find(QStringLiteral("person")));
    QCOMPARE(t.find(QStringLiteral("manipulation"))->name,
             QStringLiteral("Suspected manipulation"));
    QCOMPARE(t.colourFor(QStringLiteral("person")), QColor(QStringLiteral("#e6194b")));
    // An unknown label gets a colour derived from its id alone: hue = first byte of MD5(id) as
    // 0–359 degrees (MD5("tank") starts with 0x41 = 65, so 65 * 360 / 256 = 91°; "boat" with
    // 0xdd = 221, so 310°), the same in every taxonomy and every run.
    const QColor tank = t.colourFor(QStringLiteral("tank"));
    QCOMPARE(tank, QColor::fromHsv(91, 200, 220));
    QCOMPARE(LabelTaxonomy().colourFor(QStringLiteral("tank")), tank);
    QCOMPARE(t.colourFor(QStringLiteral("boat")), QColor::fromHsv(310, 200, 220));
}

void TestRegionGeometry::taxonomyErrorsNamePosition()
{
    const auto broken = LabelTaxonomy::fromJson("{\"labels\": [", QStringLiteral("labels.json"));
    QVERIFY(!broken);
    QCOMPARE(broken.error().path, QStringLiteral("labels.json"));
    QVERIFY(broken.error().detail.contains(QStringLiteral("byte")));
    const auto noId = LabelTaxonomy::fromJson("{\"labels\": [{\"name\": \"x\"}]}");
    QVERIFY(!noId);
    QVERIFY(noId.error().detail.contains(QStringLiteral("labels[0]")));
}

QTEST_GUILESS_MAIN(TestRegionGeometry)
#include "tst_regiongeometry.moc"
