// SPDX-License-Identifier: MIT
// The sidecar's selectors on their own: what sidecarselectors writes, it reads back, with and
// without Provena's exact "geometry", and a selector's unknown keys stay with its type.
#include "formats/sidecarselectors_p.h"

#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"

#include <QJsonArray>
#include <QTest>

using namespace provena;
using namespace provena::detail;

Q_DECLARE_METATYPE(provena::RegionGeometry)

namespace {

/** The target object of a region with `geometry` on a 640×480 image, as the writer builds it. */
QJsonObject regionTarget(const RegionGeometry &geometry, const QJsonObject &extra = {},
                         bool withGeometry = true)
{
    JsonOut out;
    {
        const Parts parts(extra);
        ObjectScope target(out);
        if (withGeometry)
            writeGeometry(target, geometry, parts);
        writeSelectors(target, parts.get(kPartTarget), false, [&](JsonOut &s) {
            writeRegionSelector(s, geometry, QSize(640, 480), parts);
        });
    }
    return out.result.toObject();
}

/** The target object of a text span, selectors in an array as the writer builds it. */
QJsonObject textTarget(const TextAnchor &anchor)
{
    JsonOut out;
    {
        const Parts parts({});
        ObjectScope target(out);
        writeSelectors(target, {}, true,
                       [&](JsonOut &s) { writeTextSelectors(s, anchor, parts, kPartTarget); });
    }
    return out.result.toObject();
}

} // namespace

class TestSidecarSelectors : public QObject
{
    Q_OBJECT

private slots:
    void regionShapeRoundTrip_data();
    void regionShapeRoundTrip();
    void textSpanRoundTrip_data();
    void textSpanRoundTrip();
    void textSpanWithoutQuoteIsRefused();
    void selectorUnknownKeysFollowTheirType();
};

void TestSidecarSelectors::regionShapeRoundTrip_data()
{
    QTest::addColumn<RegionGeometry>("geometry");
    QTest::addColumn<QString>("selectorType");
    QTest::addColumn<bool>("wholePixels");
    QTest::newRow("rectangle") << RegionGeometry::rectangle(QRectF(412, 88, 136, 170))
                               << QStringLiteral("FragmentSelector") << true;
    QTest::newRow("rectangle, fractions")
        << RegionGeometry::rectangle(QRectF(10.25, 20.5, 30.125, 40.75))
        << QStringLiteral("FragmentSelector") << false;
    QTest::newRow("ellipse") << RegionGeometry::ellipse(QRectF(100, 200, 50, 26))
                             << QStringLiteral("SvgSelector") << true;
    QTest::newRow("ellipse, fractions")
        << RegionGeometry::ellipse(QRectF(100.5, 200, 50, 25.5)) << QStringLiteral("SvgSelector")
        << true; // SVG numbers keep their fractions
    QTest::newRow("polygon") << RegionGeometry::polygon(
        QPolygonF({{1, 2}, {30.5, 4}, {28, 40.125}, {3, 35}}))
                             << QStringLiteral("SvgSelector") << true;
    QTest::newRow("polyline") << RegionGeometry::polyline(QPolygonF({{5, 5}, {50, 60}, {100, 5}}))
                              << QStringLiteral("SvgSelector") << true;
    QTest::newRow("point") << RegionGeometry::point(QPointF(320.5, 240.25))
                           << QStringLiteral("SvgSelector") << true;
}

void TestSidecarSelectors::regionShapeRoundTrip()
{
    QFETCH(RegionGeometry, geometry);
    QFETCH(QString, selectorType);
    QFETCH(bool, wholePixels);

    const QJsonObject target = regionTarget(geometry);
    QCOMPARE(target.value(u"selector").toObject().value(u"type").toString(), selectorType);

    // With "geometry" (Provena's files): exact, whatever the selector could express.
    JsonChecker c(QStringLiteral("t.jsonld"));
    QJsonObject extra;
    const auto exact = readRegionShape(c, target, QStringLiteral("target"), &extra);
    QVERIFY2(exact, qPrintable(c.error().message));
    QCOMPARE(*exact, geometry);
    QVERIFY(extra.isEmpty());

    // Without it (other tools' files): from the selector, exact where it has whole pixels.
    const QJsonObject selectorOnly = regionTarget(geometry, {}, false);
    QVERIFY(!selectorOnly.contains(u"geometry"));
    const auto fromSelector = readRegionShape(c, selectorOnly, QStringLiteral("target"), &extra);
    QVERIFY2(fromSelector, qPrintable(c.error().message));
    QCOMPARE(fromSelector->shape(), geometry.shape());
    if (wholePixels)
        QCOMPARE(*fromSelector, geometry);
    else
        QVERIFY(fromSelector->boundingRect().contains(geometry.boundingRect()));
}

void TestSidecarSelectors::textSpanRoundTrip_data()
{
    QTest::addColumn<QString>("quote");
    QTest::newRow("Latin") << QStringLiteral("Tal Orsen");
    QTest::newRow("Hangul") << QStringLiteral("김정은 위원장");
    QTest::newRow("emoji") << QStringLiteral("Elvhaven \U0001F600 on");
    QTest::newRow("at the start, no prefix") << QStringLiteral("사진:");
    QTest::newRow("at the end, no suffix") << QStringLiteral("Wednesday.");
}

void TestSidecarSelectors::textSpanRoundTrip()
{
    QFETCH(QString, quote);
    const QString text = QStringLiteral(
        "사진: 김정은 위원장이 항구를 방문했다. Premier Tal Orsen toured Elvhaven \U0001F600 on "
        "Wednesday.");
    const CodePointIndex index(text);
    TextAnchor written = makeTextAnchor(text, index, findOccurrence(text, index, quote));
    QCOMPARE(written.exact, quote);

    const QJsonObject target = textTarget(written);
    const QJsonArray selectors = target.value(u"selector").toArray();
    QCOMPARE(selectors.size(), 2);
    QCOMPARE(selectors.at(0).toObject().value(u"type").toString(),
             QStringLiteral("TextPositionSelector"));
    QCOMPARE(selectors.at(1).toObject().value(u"type").toString(),
             QStringLiteral("TextQuoteSelector"));

    JsonChecker c(QStringLiteral("t.jsonld"));
    TextAnchor read;
    QVERIFY2(readTextSelectors(c, target, QStringLiteral("target"), &read),
             qPrintable(c.error().message));
    QCOMPARE(read.range.start, written.range.start);
    QCOMPARE(read.range.end, written.range.end);
    QCOMPARE(read.exact, written.exact);
    QCOMPARE(read.prefix, written.prefix);
    QCOMPARE(read.suffix, written.suffix);
}

void TestSidecarSelectors::textSpanWithoutQuoteIsRefused()
{
    TextAnchor anchor;
    anchor.range = {3, 7};
    anchor.exact = QStringLiteral("abcd");
    QJsonObject target = textTarget(anchor);
    QJsonArray selectors = target.value(u"selector").toArray();
    selectors.removeAt(1);
    target.insert(QStringLiteral("selector"), selectors);

    JsonChecker c(QStringLiteral("t.jsonld"));
    TextAnchor read;
    QVERIFY(!readTextSelectors(c, target, QStringLiteral("first.items[0].target"), &read));
    QCOMPARE(c.error().detail, QStringLiteral("first.items[0].target.selector"));
}

void TestSidecarSelectors::selectorUnknownKeysFollowTheirType()
{
    // Read: a FragmentSelector's unknown key is kept under that selector type's part path.
    const RegionGeometry rectangle = RegionGeometry::rectangle(QRectF(1, 2, 3, 4));
    QJsonObject target = regionTarget(rectangle);
    QJsonObject selector = target.value(u"selector").toObject();
    selector.insert(QStringLiteral("x:note"), QStringLiteral("kept"));
    target.insert(QStringLiteral("selector"), selector);
    QJsonObject extra;
    keepResourceParts(target, kPartTarget, {"selector", "geometry"}, true, &extra);
    const QString fragmentPart = selectorPart(kPartTarget, u"FragmentSelector");
    QCOMPARE(unknownPart(extra, fragmentPart).value(u"x:note").toString(), QStringLiteral("kept"));

    // Written back on the selector of that type only: a rectangle redrawn as a polygon leaves it.
    const QJsonObject again = regionTarget(rectangle, extra);
    QCOMPARE(again.value(u"selector").toObject().value(u"x:note").toString(),
             QStringLiteral("kept"));
    const QJsonObject redrawn
        = regionTarget(RegionGeometry::polygon(QPolygonF({{1, 2}, {4, 2}, {4, 6}})), extra);
    QVERIFY(!redrawn.value(u"selector").toObject().contains(u"x:note"));
}

QTEST_GUILESS_MAIN(TestSidecarSelectors)
#include "tst_sidecarselectors.moc"
