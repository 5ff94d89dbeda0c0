// SPDX-License-Identifier: MIT
// RegionClipboard: what a paste accepts is what the sidecar reader accepts (RegionValidator).
#include "core/model/labeltaxonomy.h"
#include "core/model/regionvalidator.h"
#include "ui/mainwindow/regionclipboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QTest>

#include <memory>

using namespace provena;

namespace {

QJsonObject rectangle(const QJsonValue &confidence = QJsonValue::Undefined)
{
    QJsonObject o {
        {QStringLiteral("shape"), QStringLiteral("rectangle")},
        {QStringLiteral("points"), QJsonArray {QJsonArray {10, 20}, QJsonArray {40, 60}}},
        {QStringLiteral("label"), QStringLiteral("person")}};
    if (!confidence.isUndefined())
        o.insert(QStringLiteral("confidence"), confidence);
    return o;
}

std::unique_ptr<QMimeData> mime(const QJsonArray &regions)
{
    auto data = std::make_unique<QMimeData>();
    const QJsonObject root {{QStringLiteral("provenaRegions"), 1},
                            {QStringLiteral("article"), QStringLiteral("/a/story.md")},
                            {QStringLiteral("image"), 0},
                            {QStringLiteral("regions"), regions}};
    data->setData(RegionClipboard::kMimeType, QJsonDocument(root).toJson());
    return data;
}

} // namespace

class TestRegionClipboard : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void invalidRegionsAreNotPasted_data();
    void invalidRegionsAreNotPasted();
    void onlyInvalidRegionsIsNoPaste();
    void pastedRegionsFitTheImage();
};

void TestRegionClipboard::roundTrip()
{
    Region r;
    r.geometry = RegionGeometry::polyline(QPolygonF({QPointF(1, 10), QPointF(60, 10)}));
    r.label = QStringLiteral("text-sign");
    r.entity = {QStringLiteral("Crane"), QStringLiteral("http://www.wikidata.org/entity/Q178692")};
    r.confidence = 0.25;
    const std::unique_ptr<QMimeData> data(RegionClipboard::toMimeData(
        {{r}, QStringLiteral("/a/story.md"), 0}, LabelTaxonomy::builtIn()));
    const auto content = RegionClipboard::fromMimeData(data.get());
    QVERIFY(content);
    QCOMPARE(content->regions.size(), 1);
    QCOMPARE(content->regions.first(), RegionClipboard::carried(r));
}

void TestRegionClipboard::invalidRegionsAreNotPasted_data()
{
    QTest::addColumn<QJsonObject>("region");
    QTest::newRow("confidence 2") << rectangle(2);
    QTest::newRow("confidence -0.5") << rectangle(-0.5);
    QTest::newRow("confidence as text") << rectangle(QStringLiteral("0.5"));
    QJsonObject o = rectangle();
    o.insert(QStringLiteral("label"), QStringLiteral("Person With Spaces"));
    QTest::newRow("label not an id") << o;
    o = rectangle();
    o.insert(QStringLiteral("points"), QJsonArray {QJsonArray {10, 20}, QJsonArray {4e7, 60}});
    QTest::newRow("coordinate beyond 10^7") << o;
    o = rectangle();
    o.insert(QStringLiteral("entityId"), QStringLiteral("Q42"));
    QTest::newRow("entity id not an IRI") << o;
}

void TestRegionClipboard::invalidRegionsAreNotPasted()
{
    QFETCH(QJsonObject, region);
    const auto data = mime({rectangle(0.5), region});
    const auto content = RegionClipboard::fromMimeData(data.get());
    QVERIFY(content);
    // Only the valid one comes through; the other would have made the sidecar unreadable.
    QCOMPARE(content->regions.size(), 1);
    QCOMPARE(content->regions.first().confidence, 0.5);
    QVERIFY(RegionValidator::validate(content->regions.first()));
}

void TestRegionClipboard::onlyInvalidRegionsIsNoPaste()
{
    const auto data = mime({rectangle(2)});
    QVERIFY(RegionClipboard::hasRegions(data.get()));
    QVERIFY(!RegionClipboard::fromMimeData(data.get()));
}

void TestRegionClipboard::pastedRegionsFitTheImage()
{
    const auto data = mime({rectangle(1)});
    const auto content = RegionClipboard::fromMimeData(data.get());
    QVERIFY(content);
    const QList<Region> pasted
        = RegionClipboard::prepareForPaste(content->regions, 2, QSizeF(35, 45), QPointF(0, 0));
    QCOMPARE(pasted.size(), 1);
    QCOMPARE(pasted.first().imageIndex, 2);
    QVERIFY(RegionValidator::validate(pasted.first(), QSizeF(35, 45)));
    QCOMPARE(pasted.first().geometry.boundingRect(), QRectF(5, 5, 30, 40));
    // A region that cannot be fixed by clamping (a bad label) is left out here too.
    Region bad = content->regions.first();
    bad.label = QStringLiteral("Not An Id");
    QVERIFY(RegionClipboard::prepareForPaste({bad}, 0, QSizeF(35, 45), {}).isEmpty());
}

QTEST_MAIN(TestRegionClipboard)
#include "tst_regionclipboard.moc"
