// SPDX-License-Identifier: MIT
// RegionRenderer: outlines, tags, legend, crops, the one-decode-per-image decision, Hangul and
// Cyrillic glyphs, deterministic JPEG, threads, and the 24 MP / 50 region figures.
#include "bundle/regionpainter_p.h"
#include "bundle/regionrenderer.h"
#include "bundle/regionrenderer_p.h"
#include "media/imagedecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGlyphRun>
#include <QImageWriter>
#include <QPainter>
#include <QRawFont>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

#include <cmath>
#include <functional>
#include <thread>

using namespace provena;

namespace {

const QColor kBackground(0x80, 0x80, 0x80);

Region regionOf(const RegionGeometry &geometry, const QString &label = QStringLiteral("person"))
{
    Region region;
    region.id = QUuid::createUuid();
    region.geometry = geometry;
    region.label = label;
    return region;
}

LabelTaxonomy taxonomyWith(const QList<Label> &labels)
{
    LabelTaxonomy taxonomy;
    for (const Label &label : labels)
        taxonomy.insert(label);
    return taxonomy;
}

const Label kRed {QStringLiteral("person"), QStringLiteral("Person"), QColor(0xff, 0, 0), {}};

QImage uniformImage(QSize size, const QColor &colour = kBackground)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

/** Pixels whose colour tells where they were: red = x / 4, green = y / 4 (mod 256). */
QImage coordinateImage(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = qRgb((x / 4) % 256, (y / 4) % 256, 0x40);
    }
    return image;
}

int distance(QRgb a, const QColor &b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green())
        + std::abs(qBlue(a) - b.blue());
}

/** Whether some pixel of row `y` within [x0, x1] is within `tolerance` of `colour`. */
bool rowHas(const QImage &image, int y, int x0, int x1, const QColor &colour, int tolerance = 40)
{
    for (int x = std::max(0, x0); x <= std::min(image.width() - 1, x1); ++x) {
        if (distance(image.pixel(x, y), colour) <= tolerance)
            return true;
    }
    return false;
}

bool columnHas(const QImage &image, int x, int y0, int y1, const QColor &colour, int tolerance = 40)
{
    for (int y = std::max(0, y0); y <= std::min(image.height() - 1, y1); ++y) {
        if (distance(image.pixel(x, y), colour) <= tolerance)
            return true;
    }
    return false;
}

bool writeJpeg(const QImage &image, const QString &path, int quality = 90)
{
    QImageWriter writer(path, QByteArrayLiteral("jpeg"));
    writer.setQuality(quality);
    return writer.write(image);
}

/** A photo-like picture (gradients and shapes) so that JPEG sizes and times are realistic. */
QImage syntheticPhoto(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, size.height());
    sky.setColorAt(0, QColor(0x6a, 0x9f, 0xd8));
    sky.setColorAt(1, QColor(0x2d, 0x3b, 0x2a));
    painter.fillRect(image.rect(), sky);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 60; ++i) {
        painter.setBrush(
            QColor::fromHsv((i * 37) % 360, 120 + (i * 13) % 120, 90 + (i * 29) % 160));
        painter.setPen(Qt::NoPen);
        const int w = size.width() / 12 + (i * 53) % (size.width() / 8);
        const int h = size.height() / 12 + (i * 71) % (size.height() / 8);
        painter.drawEllipse((i * 997) % size.width(), (i * 613) % size.height(), w, h);
    }
    return image;
}

/** Sensor-like noise, so that a synthetic photo compresses like a real one (about 8 MB at 24 MP
 *  instead of under 1 MB): decoding time depends on the entropy-coded data. */
void addNoise(QImage &image)
{
    quint32 state = 12345;
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            state = state * 1664525U + 1013904223U;
            const int delta = int((state >> 24) % 49) - 24;
            const QRgb p = line[x];
            line[x]
                = qRgb(std::clamp(qRed(p) + delta, 0, 255), std::clamp(qGreen(p) + delta, 0, 255),
                       std::clamp(qBlue(p) - delta, 0, 255));
        }
    }
}

/** `count` regions of every shape and many sizes spread over an image of `size`. */
QList<Region> manyRegions(QSize size, int count)
{
    const QList<Label> labels = LabelTaxonomy::builtIn().labels();
    QList<Region> regions;
    for (int i = 0; i < count; ++i) {
        const double w = size.width() * (0.02 + 0.01 * (i % 9));
        const double h = size.height() * (0.03 + 0.01 * (i % 7));
        const double x = std::fmod(i * 0.137 * size.width(), size.width() - w);
        const double y = std::fmod(i * 0.291 * size.height(), size.height() - h);
        const QRectF box(x, y, w, h);
        RegionGeometry geometry;
        switch (i % 5) {
        case 0:
            geometry = RegionGeometry::rectangle(box);
            break;
        case 1:
            geometry = RegionGeometry::ellipse(box);
            break;
        case 2:
            geometry = RegionGeometry::polygon(
                QPolygonF({box.topLeft(), box.topRight(), box.bottomLeft() + QPointF(w / 2, 0)}));
            break;
        case 3:
            geometry = RegionGeometry::polyline(
                QPolygonF({box.topLeft(), box.center(), box.bottomRight()}));
            break;
        default:
            geometry = RegionGeometry::point(box.center());
            break;
        }
        Region region = regionOf(geometry, labels.at(i % labels.size()).id);
        region.entity.name = QStringLiteral("Entity %1").arg(i + 1);
        if (i % 3 == 0)
            region.note = QStringLiteral("Note on region %1, long enough to need cutting short "
                                         "in a legend column of a rendering.")
                              .arg(i + 1);
        regions.append(region);
    }
    return regions;
}

} // namespace

class TestRegionRenderer : public QObject
{
    Q_OBJECT

private slots:
    void cropBoxAddsMarginAndClamps_data();
    void cropBoxAddsMarginAndClamps();
    void decodeResolutionFollowsTheNeediestOutput();
    void outlineInLabelColourOverContrastingHalo();
    void unknownLabelIsNeutral();
    void everyShapeIsDrawnAsItself();
    void photoIsScaledNeverEnlarged();
    void legendListsEveryRegionAndGrows();
    void legendLayoutKeepsFiftyLegible();
    void hangulAndCyrillicHaveGlyphs();
    void legendSpeaksTheLanguageInForce();
    void hangulLabelsRenderDistinctly();
    void cropsCutTheRightPixels();
    void renderFileDecodesOnceAtNeededResolution();
    void renderFileFollowsExifOrientation();
    void renderFileErrorsNameTheFile();
    void encodeJpegIsDeterministic();
    void rendersOnWorkerThreads();
    void hostileRegionsNeitherCrashNorHang();
    void measure24MegapixelWithFiftyRegions();
};

void TestRegionRenderer::cropBoxAddsMarginAndClamps_data()
{
    QTest::addColumn<RegionGeometry>("geometry");
    QTest::addColumn<QRect>("expected");
    // 1000×800 image: the minimum crop side is max(32, 2% of 1000) = 32.
    QTest::newRow("rectangle in the middle")
        << RegionGeometry::rectangle(QRectF(200, 100, 100, 50)) << QRect(190, 95, 120, 60);
    QTest::newRow("clamped at the corner")
        << RegionGeometry::rectangle(QRectF(0, 0, 100, 100)) << QRect(0, 0, 110, 110);
    QTest::newRow("clamped at the far edge")
        << RegionGeometry::ellipse(QRectF(950, 750, 50, 50)) << QRect(945, 745, 55, 55);
    // A point grows to 32×32, then 10% a side: 38.4 → aligned outwards.
    QTest::newRow("point") << RegionGeometry::point(QPointF(500, 400))
                           << QRectF(500 - 19.2, 400 - 19.2, 38.4, 38.4).toAlignedRect();
    QTest::newRow("horizontal polyline")
        << RegionGeometry::polyline(QPolygonF({QPointF(100, 300), QPointF(400, 300)}))
        << QRectF(70, 300 - 19.2, 360, 38.4).toAlignedRect();
    QTest::newRow("outside the image")
        << RegionGeometry::rectangle(QRectF(2000, 2000, 10, 10)) << QRect();
}

void TestRegionRenderer::cropBoxAddsMarginAndClamps()
{
    QFETCH(RegionGeometry, geometry);
    QFETCH(QRect, expected);
    QCOMPARE(detail::cropBox(geometry, QSize(1000, 800)), expected);
}

void TestRegionRenderer::decodeResolutionFollowsTheNeediestOutput()
{
    const QSize full(6000, 4000);
    RenderOptions options; // 2048 rendering, 1024 crops
    const Region whole = regionOf(RegionGeometry::rectangle(QRectF(0, 0, 6000, 4000)));
    const Region large = regionOf(RegionGeometry::rectangle(QRectF(100, 100, 2000, 1500)));
    const Region small = regionOf(RegionGeometry::rectangle(QRectF(100, 100, 300, 200)));

    // The rendering alone needs 2048/6000: a half-size decode is enough.
    QCOMPARE(detail::reduceFactorFor(detail::neededScale(full, {}, options)), 2);
    QCOMPARE(detail::reduceFactorFor(detail::neededScale(full, {whole}, options)), 2);
    // A 2400 px crop box shown at 1024 needs 0.43: still half size.
    QCOMPARE(detail::reduceFactorFor(detail::neededScale(full, {whole, large}, options)), 2);
    // A 360 px crop box needs every pixel: one full decode for all of them.
    QCOMPARE(detail::reduceFactorFor(detail::neededScale(full, {whole, large, small}, options)), 1);
    options.crops = false;
    QCOMPARE(detail::reduceFactorFor(detail::neededScale(full, {small}, options)), 2);
    options.maxSide = 512;
    QCOMPARE(detail::reduceFactorFor(detail::neededScale(full, {small}, options)), 8);
}

void TestRegionRenderer::outlineInLabelColourOverContrastingHalo()
{
    // 1000×600 shown at 500×300: the rectangle's left edge lands at x = 50.
    const Region region = regionOf(RegionGeometry::rectangle(QRectF(100, 100, 400, 300)));
    RenderOptions options;
    options.maxSide = 500;
    const QImage out = RegionRenderer::render(uniformImage(QSize(1000, 600)), QSize(1000, 600),
                                              {region}, taxonomyWith({kRed}), options);
    QVERIFY(!out.isNull());
    const int y = 140; // the middle of the left edge, below any tag
    QVERIFY2(rowHas(out, y, 47, 53, kRed.colour), "no red outline at the left edge");
    // Red is dark: the halo is white, just outside and inside the line.
    QVERIFY2(rowHas(out, y, 44, 49, QColor(Qt::white), 90), "no light halo outside the outline");
    QVERIFY2(rowHas(out, y, 51, 56, QColor(Qt::white), 90), "no light halo inside the outline");
    // Away from the outline the photo is untouched.
    QCOMPARE(QColor(out.pixel(30, y)), kBackground);
    QCOMPARE(QColor(out.pixel(150, y)), kBackground);

    // A light label gets a dark halo.
    const Label yellow {
        QStringLiteral("person"), QStringLiteral("Person"), QColor(0xff, 0xee, 0x00), {}};
    const QImage light = RegionRenderer::render(uniformImage(QSize(1000, 600)), QSize(1000, 600),
                                                {region}, taxonomyWith({yellow}), options);
    QVERIFY(rowHas(light, y, 47, 53, yellow.colour));
    QVERIFY2(rowHas(light, y, 44, 49, QColor(Qt::black), 90), "no dark halo for a light label");
}

void TestRegionRenderer::unknownLabelIsNeutral()
{
    const Region region
        = regionOf(RegionGeometry::rectangle(QRectF(100, 100, 400, 300)), QStringLiteral("tank"));
    RenderOptions options;
    options.maxSide = 500;
    const QImage out
        = RegionRenderer::render(uniformImage(QSize(1000, 600), QColor(0x10, 0x40, 0x10)),
                                 QSize(1000, 600), {region}, taxonomyWith({kRed}), options);
    QVERIFY(rowHas(out, 140, 47, 53, detail::neutralColour(), 12));
    QVERIFY(!rowHas(out, 140, 40, 60, kRed.colour));
}

void TestRegionRenderer::everyShapeIsDrawnAsItself()
{
    const QSize size(800, 800);
    RenderOptions options;
    options.maxSide = 800; // 1:1
    const LabelTaxonomy labels = taxonomyWith({kRed});
    const auto draw = [&](const RegionGeometry &geometry) {
        return RegionRenderer::render(uniformImage(size), size, {regionOf(geometry)}, labels,
                                      options);
    };

    // Ellipse: its left end is outlined, the corners of its box are not.
    const QImage ellipse = draw(RegionGeometry::ellipse(QRectF(200, 300, 400, 300)));
    QVERIFY(rowHas(ellipse, 450, 196, 204, kRed.colour));
    QCOMPARE(QColor(ellipse.pixel(203, 597)), kBackground);
    const QImage rectangle = draw(RegionGeometry::rectangle(QRectF(200, 300, 400, 300)));
    QVERIFY(rowHas(rectangle, 597, 198, 206, kRed.colour));

    // Polygon and polyline share vertices; only the polygon closes back to the first one.
    const QPolygonF vertices({QPointF(100, 700), QPointF(400, 400), QPointF(700, 700)});
    const QImage polygon = draw(RegionGeometry::polygon(vertices));
    const QImage polyline = draw(RegionGeometry::polyline(vertices));
    QVERIFY(columnHas(polygon, 400, 696, 704, kRed.colour));
    QVERIFY(!columnHas(polyline, 400, 690, 710, kRed.colour));
    QVERIFY(columnHas(polyline, 250, 546, 554, kRed.colour)); // on the first segment

    // A point is a ring around it, with a cross through the point itself.
    const QImage point = draw(RegionGeometry::point(QPointF(400, 200)));
    QVERIFY(rowHas(point, 200, 397, 403, kRed.colour));
    QVERIFY(rowHas(point, 200, 380, 394, kRed.colour)); // the ring, left of the centre
    QCOMPARE(QColor(point.pixel(350, 200)), kBackground);
}

void TestRegionRenderer::photoIsScaledNeverEnlarged()
{
    RenderOptions options;
    options.maxSide = 1000;
    const Region region = regionOf(RegionGeometry::rectangle(QRectF(10, 10, 50, 50)));
    const QImage large = RegionRenderer::render(uniformImage(QSize(3000, 1500)), QSize(3000, 1500),
                                                {region}, LabelTaxonomy::builtIn(), options);
    QCOMPARE(large.width(), 1000);
    QVERIFY(large.height() > 500); // photo 1000×500 + legend
    QCOMPARE(QColor(large.pixel(999, 499)), kBackground);
    QVERIFY(QColor(large.pixel(999, 501)) != kBackground);

    // A small photo keeps its size; the canvas widens to 480 for the legend.
    const QImage small = RegionRenderer::render(uniformImage(QSize(200, 100)), QSize(200, 100),
                                                {region}, LabelTaxonomy::builtIn(), options);
    QCOMPARE(small.width(), 480);
    QCOMPARE(QColor(small.pixel(199, 99)), kBackground);
    QVERIFY(QColor(small.pixel(201, 50)) != kBackground);
}

void TestRegionRenderer::legendListsEveryRegionAndGrows()
{
    // Fifty labels of fifty distinct colours: each must show, exactly, in its legend swatch.
    const QSize size(2048, 1365);
    QList<Label> labels;
    QList<Region> regions = manyRegions(size, 50);
    for (int i = 0; i < 50; ++i) {
        const QColor colour = QColor::fromHsv((i * 7) % 360, 200 + i % 50, 120 + (i * 3) % 130);
        labels.append(Label {
            QStringLiteral("label-%1").arg(i), QStringLiteral("Label %1").arg(i), colour, {}});
        regions[i].label = labels.last().id;
    }
    const LabelTaxonomy taxonomy = taxonomyWith(labels);
    const QImage photo = uniformImage(size, QColor(0x20, 0x20, 0x20));
    const QImage fifty = RegionRenderer::render(photo, size, regions, taxonomy);
    const QImage five = RegionRenderer::render(photo, size, regions.mid(0, 5), taxonomy);
    QCOMPARE(fifty.width(), 2048);
    QCOMPARE(five.width(), 2048);
    QVERIFY2(fifty.height() > five.height() + 200,
             qPrintable(QStringLiteral("%1 vs %2").arg(fifty.height()).arg(five.height())));

    QSet<QRgb> legendColours;
    for (int y = size.height(); y < fifty.height(); ++y) {
        for (int x = 0; x < fifty.width(); ++x)
            legendColours.insert(fifty.pixel(x, y));
    }
    for (const Label &label : std::as_const(labels))
        QVERIFY2(legendColours.contains(label.colour.rgb()),
                 qPrintable(QStringLiteral("no swatch for %1").arg(label.id)));

    if (const QString out = qEnvironmentVariable("PROVENA_RENDER_OUT"); !out.isEmpty())
        fifty.save(out + QStringLiteral("/legend-50.png"));
}

void TestRegionRenderer::legendLayoutKeepsFiftyLegible()
{
    for (const int width : {480, 1024, 2048}) {
        const detail::RenderStyle style = detail::RenderStyle::forCanvasWidth(width);
        QVERIFY(style.fontPixels >= 13);
        const int lineHeight = style.fontPixels + 4;
        const detail::LegendLayout layout
            = detail::LegendLayout::compute(width, 50, true, lineHeight, style);
        QVERIFY(layout.columns * layout.rows >= 50);
        QVERIFY(layout.columnWidth >= style.minColumnWidth);
        QVERIFY(layout.entryHeight >= 2 * lineHeight);
        QList<QRect> rects;
        for (int i = 0; i < 50; ++i) {
            const QRect rect = layout.entryRect(i, style);
            QVERIFY2(rect.right() < width && rect.bottom() < layout.height,
                     qPrintable(QStringLiteral("entry %1 outside at width %2").arg(i).arg(width)));
            for (const QRect &other : std::as_const(rects))
                QVERIFY(!rect.intersects(other));
            rects.append(rect);
        }
    }
    // At 2048 the legend wraps into columns instead of one long list.
    const detail::RenderStyle style = detail::RenderStyle::forCanvasWidth(2048);
    QVERIFY(detail::LegendLayout::compute(2048, 50, true, 26, style).columns >= 3);
}

void TestRegionRenderer::hangulAndCyrillicHaveGlyphs()
{
    // What a Korean or Russian rendering writes: the built-in labels' names in those languages,
    // an agency and a note, laid out in the renderer's own fonts (regular and bold). A missing
    // glyph is glyph 0 (.notdef, the tofu box) in whatever font the fallback picked; this fails
    // where no font covers Hangul (fonts-noto-cjk, packaging/install-deps.sh) or Cyrillic.
    const LabelTaxonomy builtIn = LabelTaxonomy::builtIn();
    QStringList texts {QStringLiteral("조선중앙통신 제공 사진, 평양"),
                       QStringLiteral("Пхеньян, ЖДЯ, снимок ЦТАК")};
    for (const Label &label : builtIn.labels()) {
        texts.append(label.displayName(QStringLiteral("ko")));
        texts.append(label.displayName(QStringLiteral("ru")));
    }
    const detail::RenderStyle style = detail::RenderStyle::forCanvasWidth(2048);
    for (const QFont &font : {detail::renderFont(style), detail::renderFont(style, true)}) {
        for (const QString &text : std::as_const(texts)) {
            QTextLayout layout(text, font);
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            QVERIFY(!layout.glyphRuns().isEmpty());
            for (int i = 0; i < text.size(); ++i) {
                const QChar c = text.at(i);
                if (c.isSpace() || c.isPunct())
                    continue;
                const QString where = QStringLiteral("U+%1 in “%2”")
                                          .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                          .arg(text);
                const QList<QGlyphRun> runs = layout.glyphRuns(i, 1);
                QVERIFY2(!runs.isEmpty(), qPrintable(where));
                for (const QGlyphRun &run : runs) {
                    QVERIFY2(!run.glyphIndexes().isEmpty(), qPrintable(where));
                    for (const quint32 index : run.glyphIndexes())
                        QVERIFY2(index != 0,
                                 qPrintable(QStringLiteral("tofu for %1 (font %2)")
                                                .arg(where, run.rawFont().familyName())));
                    QVERIFY2(run.rawFont().supportsCharacter(c),
                             qPrintable(QStringLiteral("%1 not in font %2")
                                            .arg(where, run.rawFont().familyName())));
                }
            }
        }
    }
}

void TestRegionRenderer::legendSpeaksTheLanguageInForce()
{
    // The rendering names a built-in label as the UI does: in Korean under a Korean locale, the
    // same pixels as a label whose only name is the Korean one, not those of the English name.
    const QSize size(600, 300);
    const Region region = regionOf(RegionGeometry::rectangle(QRectF(100, 100, 200, 100)),
                                   QStringLiteral("vehicle"));
    const LabelTaxonomy builtIn = LabelTaxonomy::builtIn();
    Label koreanOnly = *builtIn.find(QStringLiteral("vehicle"));
    koreanOnly.name = koreanOnly.displayName(QStringLiteral("ko"));
    koreanOnly.names.clear();
    QCOMPARE(koreanOnly.name, QStringLiteral("차량·장비"));
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });

    QLocale::setDefault(QLocale::c());
    const QImage english = RegionRenderer::render(uniformImage(size), size, {region}, builtIn);
    const QImage expected
        = RegionRenderer::render(uniformImage(size), size, {region}, taxonomyWith({koreanOnly}));
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const QImage korean = RegionRenderer::render(uniformImage(size), size, {region}, builtIn);
    QVERIFY(!korean.isNull());
    QCOMPARE(korean.size(), expected.size());
    QVERIFY(korean == expected);
    QVERIFY(korean != english);
}

void TestRegionRenderer::hangulLabelsRenderDistinctly()
{
    // Tofu boxes all look alike: two labels of different Hangul syllables of the same length
    // must give different legends, and both must differ from a label of spaces.
    const QSize size(600, 300);
    const Region region = regionOf(RegionGeometry::rectangle(QRectF(100, 100, 200, 100)));
    const auto legendWith = [&](const QString &name) {
        const Label label {QStringLiteral("person"), name, QColor(0xff, 0, 0), {}};
        const QImage out
            = RegionRenderer::render(uniformImage(size), size, {region}, taxonomyWith({label}));
        return out.copy(0, size.height(), out.width(), out.height() - size.height());
    };
    const QImage ga = legendWith(QStringLiteral("가가가"));
    const QImage na = legendWith(QStringLiteral("나나나"));
    const QImage zhe = legendWith(QStringLiteral("ЖЖЖ"));
    const QImage blank = legendWith(QStringLiteral("   "));
    QCOMPARE(ga.size(), na.size());
    QVERIFY(ga != na);
    QVERIFY(ga != blank);
    QVERIFY(zhe != blank);
    QVERIFY(zhe != ga);

    if (const QString out = qEnvironmentVariable("PROVENA_RENDER_OUT"); !out.isEmpty()) {
        Region named = region;
        named.entity.name = QStringLiteral("Тал Орсен");
        named.note = QStringLiteral("조선중앙통신 제공 사진");
        const Label label {
            QStringLiteral("person"), QStringLiteral("사람"), QColor(0xe6, 0x19, 0x4b), {}};
        RegionRenderer::render(uniformImage(size), size, {named}, taxonomyWith({label}))
            .save(out + QStringLiteral("/hangul.png"));
    }
}

void TestRegionRenderer::cropsCutTheRightPixels()
{
    const QSize full(1000, 800);
    const QImage source = coordinateImage(full);
    const Region region = regionOf(RegionGeometry::rectangle(QRectF(200, 100, 100, 50)));

    const QImage crop = RegionRenderer::crop(source, full, region, 1024);
    QCOMPARE(crop.size(), QSize(120, 60));
    QCOMPARE(crop.pixel(0, 0), source.pixel(190, 95));
    QCOMPARE(crop.pixel(119, 59), source.pixel(309, 154));

    // From a half-size decode the same box is cut at half size.
    // (190, 95, 120, 60) / 2 = (95, 47.5, 60, 30), aligned outwards to whole pixels.
    const QImage half = source.scaled(500, 400);
    QCOMPARE(RegionRenderer::crop(half, full, region, 1024).size(), QSize(60, 31));

    // Fitted into maxSide, never enlarged.
    const Region large = regionOf(RegionGeometry::rectangle(QRectF(0, 0, 900, 450)));
    const QImage fitted = RegionRenderer::crop(source, full, large, 100);
    QCOMPARE(std::max(fitted.width(), fitted.height()), 100);

    // Nothing to cut outside the image.
    const Region outside = regionOf(RegionGeometry::rectangle(QRectF(1200, 900, 10, 10)));
    QVERIFY(RegionRenderer::crop(source, full, outside, 1024).isNull());
}

void TestRegionRenderer::renderFileDecodesOnceAtNeededResolution()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(writeJpeg(syntheticPhoto(QSize(3000, 2000)), path));

    const Region big = regionOf(RegionGeometry::rectangle(QRectF(0, 0, 2900, 1900)));
    const Region small = regionOf(RegionGeometry::rectangle(QRectF(1000, 1000, 200, 100)));
    const Region outside = regionOf(RegionGeometry::rectangle(QRectF(5000, 5000, 10, 10)));
    const LabelTaxonomy labels = LabelTaxonomy::builtIn();

    // Only large crops: the 2048 preview serves rendering and crops.
    Result<ImageRendering> r = RegionRenderer::renderFile(path, {big}, labels);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->displayedSize, QSize(3000, 2000));
    QCOMPARE(r->decodedSize, QSize(2048, 1365));
    QCOMPARE(r->rendering.width(), 2048);
    QCOMPARE(r->crops.size(), 1);
    QCOMPARE(std::max(r->crops.value(big.id).width(), r->crops.value(big.id).height()), 1024);

    // A small region's crop needs every pixel: one full decode.
    r = RegionRenderer::renderFile(path, {big, small, outside}, labels);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->decodedSize, QSize(3000, 2000));
    QCOMPARE(r->rendering.width(), 2048);
    QCOMPARE(r->crops.value(small.id).size(), QSize(240, 120)); // 200×100 + 10% a side
    QVERIFY(!r->crops.contains(outside.id));

    // Without crops the preview is enough again.
    RenderOptions noCrops;
    noCrops.crops = false;
    r = RegionRenderer::renderFile(path, {big, small}, labels, noCrops);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->decodedSize, QSize(2048, 1365));
    QVERIFY(r->crops.isEmpty());
}

void TestRegionRenderer::renderFileFollowsExifOrientation()
{
    const QString path = QStringLiteral(PROVENA_TEST_DATA "/images/orientation6.jpg");
    const Result<ImageInfo> info = ImageDecoder::probe(path);
    QVERIFY2(info.ok(), qPrintable(info.error().toString()));
    QCOMPARE(info->orientation, 6);
    const Region region = regionOf(RegionGeometry::rectangle(
        QRectF(QPointF(0, 0), QSizeF(info->size.width() / 2.0, info->size.height() / 2.0))));
    const Result<ImageRendering> r
        = RegionRenderer::renderFile(path, {region}, LabelTaxonomy::builtIn());
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->displayedSize, info->size);
    QCOMPARE(r->decodedSize, info->size);
    QCOMPARE(info->size, QSize(200, 300));
    // Displayed, the top-left quadrant is blue (tests/data/images/generate.sh): so is its crop.
    const QImage crop = r->crops.value(region.id);
    QCOMPARE(crop.size(), QSize(110, 165));
    QVERIFY(distance(crop.pixel(20, 20), QColor(Qt::blue)) < 30);
    QVERIFY(distance(crop.pixel(90, 140), QColor(Qt::blue)) < 30);
}

void TestRegionRenderer::renderFileErrorsNameTheFile()
{
    QTemporaryDir dir;
    const LabelTaxonomy labels = LabelTaxonomy::builtIn();
    const QString missing = dir.filePath(QStringLiteral("missing.jpg"));
    Result<ImageRendering> r = RegionRenderer::renderFile(missing, {}, labels);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().path, missing);
    QVERIFY(r.error().message.contains(u"missing.jpg"));

    const QString notImage = QStringLiteral(PROVENA_TEST_DATA "/images/not-an-image.jpg");
    r = RegionRenderer::renderFile(notImage, {}, labels);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"not-an-image.jpg"));

    const QString truncated = QStringLiteral(PROVENA_TEST_DATA "/images/truncated.jpg");
    r = RegionRenderer::renderFile(truncated, {}, labels);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"truncated.jpg"));

    const QString path = dir.filePath(QStringLiteral("ok.jpg"));
    QVERIFY(writeJpeg(syntheticPhoto(QSize(300, 200)), path));
    RenderOptions options;
    options.maxSide = 0;
    r = RegionRenderer::renderFile(path, {}, labels, options);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"ok.jpg"));
    // With no regions there is still a rendering (and a legend saying so).
    r = RegionRenderer::renderFile(path, {}, labels);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY(r->rendering.height() > 200);
}

void TestRegionRenderer::encodeJpegIsDeterministic()
{
    const QImage image
        = RegionRenderer::render(syntheticPhoto(QSize(800, 600)), QSize(800, 600),
                                 manyRegions(QSize(800, 600), 8), LabelTaxonomy::builtIn());
    const Result<QByteArray> first = RegionRenderer::encodeJpeg(image, 90);
    const Result<QByteArray> second = RegionRenderer::encodeJpeg(image.copy(), 90);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value(), second.value());
    QVERIFY(first->startsWith("\xff\xd8"));

    // Neither text keys nor the resolution QImage took from the screen change the bytes.
    QImage tagged = image.copy();
    tagged.setText(QStringLiteral("Description"), QStringLiteral("secret analyst note"));
    tagged.setDotsPerMeterX(5000);
    tagged.setDotsPerMeterY(7000);
    const Result<QByteArray> third = RegionRenderer::encodeJpeg(tagged, 90);
    QVERIFY(third.ok());
    QVERIFY(!third->contains("secret"));
    QCOMPARE(third.value(), first.value());

    const QImage decoded = QImage::fromData(first.value(), "JPEG");
    QCOMPARE(decoded.size(), image.size());
    const Result<QByteArray> low = RegionRenderer::encodeJpeg(image, 30);
    QVERIFY(low.ok());
    QVERIFY(low->size() < first->size());
    QVERIFY(!RegionRenderer::encodeJpeg(QImage(), 90).ok());
}

void TestRegionRenderer::rendersOnWorkerThreads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(writeJpeg(syntheticPhoto(QSize(1600, 1200)), path));
    const QList<Region> regions = manyRegions(QSize(1600, 1200), 20);
    const LabelTaxonomy labels = LabelTaxonomy::builtIn();
    const Result<ImageRendering> reference = RegionRenderer::renderFile(path, regions, labels);
    QVERIFY(reference.ok());

    constexpr int kThreads = 4;
    std::vector<QImage> renderings(kThreads);
    std::vector<int> cropCounts(kThreads, -1);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            const Result<ImageRendering> r = RegionRenderer::renderFile(path, regions, labels);
            if (r.ok()) {
                renderings[t] = r->rendering;
                cropCounts[t] = int(r->crops.size());
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int t = 0; t < kThreads; ++t) {
        QCOMPARE(cropCounts[t], int(regions.size()));
        QVERIFY2(renderings[t] == reference->rendering,
                 qPrintable(QStringLiteral("thread %1 drew something else").arg(t)));
    }
}

void TestRegionRenderer::hostileRegionsNeitherCrashNorHang()
{
    const QSize size(1000, 800);
    const double nan = std::nan("");
    QList<Region> regions = {
        regionOf(RegionGeometry::rectangle(QRectF(nan, 10, 50, 50))),
        regionOf(RegionGeometry::polygon(QPolygonF())),
        regionOf(RegionGeometry::ellipse(QRectF(-1e300, -1e300, 2e300, 2e300))),
        regionOf(RegionGeometry::rectangle(QRectF(100, 100, 200, 100)), QStringLiteral("person")),
    };
    const LabelTaxonomy labels = taxonomyWith({kRed});
    const QImage few = RegionRenderer::render(uniformImage(size), size, regions, labels);
    QVERIFY(!few.isNull());
    // The sane region is still drawn (1000 px photo, 1:1): its left edge at x = 100.
    QVERIFY(rowHas(few, 150, 97, 103, kRed.colour));
    QVERIFY(RegionRenderer::crop(uniformImage(size), size, regions.at(0), 100).isNull());

    // Five thousand regions: the legend stops at 200 entries (saying so), tags stop searching.
    for (int i = 0; i < 5000; ++i)
        regions.append(
            regionOf(RegionGeometry::rectangle(QRectF((i * 7) % 990, (i * 13) % 790, 10, 10))));
    QElapsedTimer timer;
    timer.start();
    const QImage many = RegionRenderer::render(uniformImage(size), size, regions, labels);
    const qint64 ms = timer.elapsed();
    QVERIFY(!many.isNull());
    const detail::RenderStyle style = detail::RenderStyle::forCanvasWidth(1000);
    QVERIFY2(many.height() - size.height() < 200 / 2 * 4 * style.fontPixels,
             qPrintable(QStringLiteral("legend %1 px high").arg(many.height() - size.height())));
    qInfo("5004 regions drawn in %lld ms, rendering %dx%d", ms, many.width(), many.height());
}

void TestRegionRenderer::measure24MegapixelWithFiftyRegions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("24mp.jpg"));
    const QSize size(6000, 4000);
    QImage photo = syntheticPhoto(size);
    addNoise(photo);
    QVERIFY(writeJpeg(photo, path, 92));
    photo = QImage(); // 96 MB
    const QList<Region> regions = manyRegions(size, 50);
    const LabelTaxonomy labels = LabelTaxonomy::builtIn();

    RenderOptions withCrops;
    RenderOptions withoutCrops;
    withoutCrops.crops = false;

    // Not a timed assertion: figures for docs/bundles.md. Best of three, after one warm-up.
    const auto timeRender = [&](const RenderOptions &options, Result<ImageRendering> *out) {
        qint64 best = -1;
        for (int run = 0; run < 4; ++run) {
            QElapsedTimer timer;
            timer.start();
            *out = RegionRenderer::renderFile(path, regions, labels, options);
            const qint64 ms = timer.elapsed();
            if (run > 0 && (best < 0 || ms < best))
                best = ms;
        }
        return best;
    };
    Result<ImageRendering> plain;
    const qint64 plainMs = timeRender(withoutCrops, &plain);
    QVERIFY2(plain.ok(), qPrintable(plain.error().toString()));
    Result<ImageRendering> cropped;
    const qint64 croppedMs = timeRender(withCrops, &cropped);
    QVERIFY2(cropped.ok(), qPrintable(cropped.error().toString()));
    QCOMPARE(cropped->crops.size(), 50);
    QCOMPARE(cropped->decodedSize, size);
    QCOMPARE(plain->decodedSize, QSize(2048, 1365));

    // The decodes alone, for comparison: what drawing and cropping add on top.
    const auto timeDecode = [&](const std::function<bool()> &decode) {
        qint64 best = -1;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            if (!decode())
                return qint64(-1);
            best = best < 0 ? timer.elapsed() : std::min(best, timer.elapsed());
        }
        return best;
    };
    const qint64 previewMs
        = timeDecode([&] { return ImageDecoder::preview(path, withCrops.maxSide).ok(); });
    const qint64 fullMs = timeDecode([&] { return ImageDecoder::decode(path).ok(); });
    QVERIFY(previewMs >= 0 && fullMs >= 0);
    const Result<QImage> preview = ImageDecoder::preview(path, withCrops.maxSide);
    QVERIFY(preview.ok());
    QElapsedTimer drawTimer;
    drawTimer.start();
    const QImage drawn = RegionRenderer::render(preview.value(), size, regions, labels);
    const qint64 drawMs = drawTimer.elapsed();
    QVERIFY(!drawn.isNull());
    qInfo("24 MP JPEG decode alone: preview at 2048 %lld ms, full %lld ms; drawing 50 regions "
          "and the legend on the preview %lld ms",
          previewMs, fullMs, drawMs);

    QElapsedTimer encodeTimer;
    encodeTimer.start();
    qint64 encodedBytes = 0;
    const Result<QByteArray> rendering = RegionRenderer::encodeJpeg(cropped->rendering);
    QVERIFY(rendering.ok());
    encodedBytes += rendering->size();
    for (const QImage &crop : std::as_const(cropped->crops)) {
        const Result<QByteArray> bytes = RegionRenderer::encodeJpeg(crop);
        QVERIFY(bytes.ok());
        encodedBytes += bytes->size();
    }
    const qint64 encodeMs = encodeTimer.elapsed();

    qInfo("24 MP JPEG (%lld bytes), 50 regions: renderFile without crops %lld ms (decoded at "
          "%dx%d), with crops %lld ms (decoded at %dx%d); rendering %dx%d; JPEG-encoding the "
          "rendering and 50 crops %lld ms, %lld bytes",
          QFileInfo(path).size(), plainMs, plain->decodedSize.width(), plain->decodedSize.height(),
          croppedMs, cropped->decodedSize.width(), cropped->decodedSize.height(),
          cropped->rendering.width(), cropped->rendering.height(), encodeMs, encodedBytes);

    if (const QString out = qEnvironmentVariable("PROVENA_RENDER_OUT"); !out.isEmpty()) {
        QFile file(out + QStringLiteral("/rendering-24mp.jpg"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(rendering.value());
        cropped->crops.value(regions.at(4).id).save(out + QStringLiteral("/crop-point.png"));
        cropped->crops.value(regions.at(0).id).save(out + QStringLiteral("/crop-rect.png"));
    }
}

QTEST_MAIN(TestRegionRenderer)
#include "tst_regionrenderer.moc"
