// SPDX-License-Identifier: MIT
#include "core/model/labeltaxonomy.h"
#include "core/model/regionvalidator.h"

#include <QTest>

#include <limits>

using namespace provena;

namespace {

Region valid()
{
    Region r;
    r.imageIndex = 0;
    r.geometry = RegionGeometry::rectangle(QRectF(10, 20, 30, 40));
    r.label = QStringLiteral("person");
    r.entity = {QStringLiteral("Tal Orsen"), QStringLiteral("http://www.wikidata.org/entity/Q42")};
    r.confidence = 0.5;
    return r;
}

QStringList fields(const QList<RegionProblem> &problems)
{
    QStringList out;
    for (const RegionProblem &p : problems)
        out.append(p.field);
    return out;
}

} // namespace

class TestRegionValidator : public QObject
{
    Q_OBJECT

private slots:
    void validRegionHasNoProblems();
    void confidence_data();
    void confidence();
    void labelMustBeAnIdAndKnownWhenLabelsGiven();
    void geometryPointCountsAndLimits();
    void entityIdentifierMustBeAnAbsoluteIri();
    void overlongTextIsAProblem();
    void zeroAreaShapesOnTheImageAreInside_data();
    void zeroAreaShapesOnTheImageAreInside();
    void shapesBeyondTheImageAreOutside();
    void validateReportsFirstMessageAndEveryProblem();
};

void TestRegionValidator::validRegionHasNoProblems()
{
    const Region r = valid();
    QCOMPARE(RegionValidator::problems(r), QList<RegionProblem>());
    QCOMPARE(RegionValidator::problems(r, QSizeF(40, 60), nullptr), QList<RegionProblem>());
    const LabelTaxonomy builtIn = LabelTaxonomy::builtIn();
    QVERIFY(RegionValidator::validate(r, QSizeF(40, 60), &builtIn));
    Region unlabelled = r;
    unlabelled.label.clear(); // an entity-only region
    unlabelled.confidence = -1; // not stated
    QVERIFY(RegionValidator::validate(unlabelled, {}, &builtIn));
}

void TestRegionValidator::confidence_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("0") << 0.0 << true;
    QTest::newRow("1") << 1.0 << true;
    QTest::newRow("0.75") << 0.75 << true;
    QTest::newRow("not stated") << -1.0 << true;
    QTest::newRow("2 (pasted)") << 2.0 << false;
    QTest::newRow("1.0000001") << 1.0000001 << false;
    QTest::newRow("-0.5") << -0.5 << false;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false;
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << false;
}

void TestRegionValidator::confidence()
{
    QFETCH(double, value);
    QFETCH(bool, ok);
    Region r = valid();
    r.confidence = value;
    const QList<RegionProblem> problems = RegionValidator::problems(r);
    QCOMPARE(problems.isEmpty(), ok);
    if (!ok) {
        QCOMPARE(fields(problems), QStringList {QStringLiteral("confidence")});
        QVERIFY2(problems.first().message.contains(QLatin1String("between 0 and 1")),
                 qPrintable(problems.first().message));
    }
}

void TestRegionValidator::labelMustBeAnIdAndKnownWhenLabelsGiven()
{
    const LabelTaxonomy builtIn = LabelTaxonomy::builtIn();
    Region r = valid();
    r.label = QStringLiteral("Flag or insignia"); // a display name, not an id
    QCOMPARE(fields(RegionValidator::problems(r)), QStringList {QStringLiteral("label")});
    r.label = QStringLiteral("tank"); // a well-formed id
    QVERIFY(RegionValidator::problems(r).isEmpty()); // no taxonomy given: any id will do
    const QList<RegionProblem> unknown = RegionValidator::problems(r, {}, &builtIn);
    QCOMPARE(fields(unknown), QStringList {QStringLiteral("label")});
    QVERIFY(unknown.first().message.contains(QStringLiteral("“tank”")));
    r.label = QStringLiteral("flag-insignia");
    QVERIFY(RegionValidator::problems(r, {}, &builtIn).isEmpty());
}

void TestRegionValidator::geometryPointCountsAndLimits()
{
    Region r = valid();
    r.geometry = RegionGeometry::polygon(QPolygonF({QPointF(0, 0), QPointF(1, 1)}));
    QCOMPARE(fields(RegionValidator::problems(r)), QStringList {QStringLiteral("geometry.points")});
    r.geometry = RegionGeometry::point(QPointF(std::numeric_limits<double>::quiet_NaN(), 1));
    QCOMPARE(fields(RegionValidator::problems(r)),
             QStringList {QStringLiteral("geometry.points[0]")});
    r.geometry = RegionGeometry::polyline(QPolygonF({QPointF(0, 0), QPointF(-0.5, 3)}));
    QCOMPARE(fields(RegionValidator::problems(r)),
             QStringList {QStringLiteral("geometry.points[1]")});
    r.geometry = RegionGeometry::point(QPointF(1e7 + 1, 0));
    QCOMPARE(fields(RegionValidator::problems(r)),
             QStringList {QStringLiteral("geometry.points[0]")});
    r.geometry = RegionGeometry::point(QPointF(1e7, 1e7)); // the limit itself is fine
    QVERIFY(RegionValidator::problems(r).isEmpty());
    r.geometry = RegionGeometry();
    QCOMPARE(fields(RegionValidator::problems(r)), QStringList {QStringLiteral("geometry.points")});
    r = valid();
    r.imageIndex = -1;
    QCOMPARE(fields(RegionValidator::problems(r)), QStringList {QStringLiteral("imageIndex")});
}

void TestRegionValidator::entityIdentifierMustBeAnAbsoluteIri()
{
    Region r = valid();
    for (const QString &bad : {QStringLiteral("Q42"), QStringLiteral("wikidata Q42"),
                               QStringLiteral("/entity/Q42"), QStringLiteral(" http://x.org/a")}) {
        r.entity.identifier = bad;
        QVERIFY2(fields(RegionValidator::problems(r))
                     == QStringList {QStringLiteral("entity.identifier")},
                 qPrintable(bad));
    }
    for (const QString &good :
         {QStringLiteral("https://www.wikidata.org/wiki/Q42"),
          QStringLiteral("urn:uuid:0e0e0e0e-0000-4000-8000-000000000002"), QString()}) {
        r.entity.identifier = good;
        QVERIFY2(RegionValidator::problems(r).isEmpty(), qPrintable(good));
    }
}

void TestRegionValidator::overlongTextIsAProblem()
{
    Region r = valid();
    r.note = QString(RegionValidator::kMaxStringLength, u'x');
    QVERIFY(RegionValidator::problems(r).isEmpty());
    r.note.append(u'x');
    QCOMPARE(fields(RegionValidator::problems(r)), QStringList {QStringLiteral("note")});
}

void TestRegionValidator::zeroAreaShapesOnTheImageAreInside_data()
{
    QTest::addColumn<RegionGeometry>("geometry");
    QTest::newRow("point") << RegionGeometry::point(QPointF(3.5, 4));
    QTest::newRow("point at the corner") << RegionGeometry::point(QPointF(64, 48));
    QTest::newRow("point at the origin") << RegionGeometry::point(QPointF(0, 0));
    QTest::newRow("horizontal polyline")
        << RegionGeometry::polyline(QPolygonF({QPointF(1, 10), QPointF(60, 10)}));
    QTest::newRow("vertical polyline")
        << RegionGeometry::polyline(QPolygonF({QPointF(5, 0), QPointF(5, 48)}));
    QTest::newRow("full-size rectangle") << RegionGeometry::rectangle(QRectF(0, 0, 64, 48));
}

void TestRegionValidator::zeroAreaShapesOnTheImageAreInside()
{
    QFETCH(RegionGeometry, geometry);
    // The bug this guards against: QRectF::contains() of a zero-area box is always false.
    QVERIFY(RegionValidator::liesInside(geometry, QSizeF(64, 48)));
    Region r = valid();
    r.geometry = geometry;
    QCOMPARE(RegionValidator::problems(r, QSizeF(64, 48)), QList<RegionProblem>());
}

void TestRegionValidator::shapesBeyondTheImageAreOutside()
{
    const QSizeF size(64, 48);
    QVERIFY(!RegionValidator::liesInside(RegionGeometry::point(QPointF(64.5, 1)), size));
    QVERIFY(!RegionValidator::liesInside(
        RegionGeometry::polyline(QPolygonF({QPointF(1, 10), QPointF(65, 10)})), size));
    Region r = valid();
    r.geometry = RegionGeometry::rectangle(QRectF(60, 40, 10, 10));
    const QList<RegionProblem> problems = RegionValidator::problems(r, size);
    QCOMPARE(fields(problems), QStringList {QStringLiteral("geometry")});
    QVERIFY2(problems.first().message.contains(QStringLiteral("64×48")),
             qPrintable(problems.first().message));
    QVERIFY(problems.first().message.contains(QLatin1String("60,40 to 70,50")));
    // No size known: nothing to compare with.
    QVERIFY(RegionValidator::problems(r).isEmpty());
}

void TestRegionValidator::validateReportsFirstMessageAndEveryProblem()
{
    Region r = valid();
    r.label = QStringLiteral("Not An Id");
    r.confidence = 2;
    const Status status = RegionValidator::validate(r);
    QVERIFY(!status);
    const QList<RegionProblem> problems = RegionValidator::problems(r);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(status.error().message, problems.first().message);
    QCOMPARE(status.error().detail.split(u'\n'),
             QStringList({problems.at(0).field + QStringLiteral(": ") + problems.at(0).message,
                          problems.at(1).field + QStringLiteral(": ") + problems.at(1).message}));
}

QTEST_GUILESS_MAIN(TestRegionValidator)
#include "tst_regionvalidator.moc"
