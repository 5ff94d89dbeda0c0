// SPDX-License-Identifier: MIT
// Issue 13: regions live in the displayed (EXIF-oriented) image's pixels, and every output agrees
// for all eight orientations. For each one a JPEG is written whose displayed image has a red
// block at a known place; a rectangle region is drawn there, the article is bundled, and:
//  - the bundle's XMP sidecar, read by exiftool, puts the IPTC boundary and the MWG face on the
//    red block of the STORED pixels (the rule in docs/xmp-sidecars.md), and Provena's reader
//    brings it back to the displayed rectangle;
//  - the region's crop in the bundle shows red in its middle and background at its corners;
//  - coco.json gives the displayed width and height and the bbox in displayed pixels.
// The stored pixels are built from the displayed ones by the EXIF definition (written out here,
// not Provena's ExifOrientation), and Qt's own orientation handling checks the test's file first.

#include "../metadata/exiftoolrunner.h"
#include "bundletestfixture.h"

#include "bundle/bundleexporter.h"
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "metadata/xmpregionreader.h"
#include "session/documentio.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace provena::test;
using namespace provena::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr QSize kDisplayedLandscape(320, 200); // orientations 1–4; 5–8 are stored transposed
const QRect kBlock(200, 40, 64, 48); // where the red block is, in displayed pixels

/** Where stored pixel (x, y) is shown, by the EXIF 2.3 definition of Orientation. */
QPoint displayedPoint(int orientation, QPoint stored, QSize storedSize)
{
    const int x = stored.x();
    const int y = stored.y();
    const int w = storedSize.width();
    const int h = storedSize.height();
    switch (orientation) {
    case 2:
        return {w - 1 - x, y};
    case 3:
        return {w - 1 - x, h - 1 - y};
    case 4:
        return {x, h - 1 - y};
    case 5:
        return {y, x};
    case 6:
        return {h - 1 - y, x};
    case 7:
        return {h - 1 - y, w - 1 - x};
    case 8:
        return {y, w - 1 - x};
    default:
        return {x, y};
    }
}

QImage displayedImage(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(30, 60, 200));
    for (int y = kBlock.top(); y <= kBlock.bottom(); ++y) {
        for (int x = kBlock.left(); x <= kBlock.right(); ++x)
            image.setPixel(x, y, qRgb(220, 20, 20));
    }
    return image;
}

QImage storedImage(int orientation, const QImage &displayed)
{
    const QSize size = orientation >= 5 ? displayed.size().transposed() : displayed.size();
    QImage stored(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            stored.setPixel(x, y, displayed.pixel(displayedPoint(orientation, {x, y}, size)));
    }
    return stored;
}

/** A minimal APP1 Exif segment (little-endian TIFF, one IFD entry: Orientation). */
QByteArray exifOrientationSegment(int orientation)
{
    QByteArray tiff("II*\0", 4);
    tiff += QByteArray::fromHex("08000000"); // offset of IFD0
    tiff += QByteArray::fromHex("0100"); // one entry
    tiff += QByteArray::fromHex("12010300"
                                "01000000"); // tag 0x0112, SHORT, count 1
    tiff += char(orientation);
    tiff += QByteArray(3, '\0');
    tiff += QByteArray(4, '\0'); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment = QByteArray::fromHex("ffe1");
    const int length = int(payload.size()) + 2;
    segment += char(length >> 8);
    segment += char(length & 0xff);
    return segment + payload;
}

bool writeOrientedJpeg(const QString &path, int orientation, const QImage &stored)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(95);
    if (!writer.write(stored))
        return false;
    jpeg.insert(2, exifOrientationSegment(orientation)); // right after SOI
    return writeFile(path, jpeg);
}

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 160 && qGreen(pixel) < 90 && qBlue(pixel) < 90;
}

bool isBackground(QRgb pixel)
{
    return qBlue(pixel) > 150 && qRed(pixel) < 90;
}

/** The bounding box of the red pixels. */
QRect redBox(const QImage &image)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (isRed(image.pixel(x, y)))
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

double number(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString().toDouble() : value.toDouble();
}

/** Within `tolerance` pixels on every edge (JPEG blurs the block's edge by a pixel). */
bool nearRect(const QRectF &a, const QRectF &b, double tolerance)
{
    return std::abs(a.left() - b.left()) <= tolerance && std::abs(a.top() - b.top()) <= tolerance
        && std::abs(a.right() - b.right()) <= tolerance
        && std::abs(a.bottom() - b.bottom()) <= tolerance;
}

QString describe(const QRectF &r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

class TestOrientationAgreement : public QObject
{
    Q_OBJECT

private slots:
    void allEightOrientations_data();
    void allEightOrientations();
};

void TestOrientationAgreement::allEightOrientations_data()
{
    QTest::addColumn<int>("orientation");
    for (int o = 1; o <= 8; ++o)
        QTest::newRow(qPrintable(QStringLiteral("orientation %1").arg(o))) << o;
}

void TestOrientationAgreement::allEightOrientations()
{
    QFETCH(int, orientation);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // The displayed image is landscape for every orientation; 5–8 store it transposed.
    const QImage displayed = displayedImage(kDisplayedLandscape);
    const QImage stored = storedImage(orientation, displayed);
    const QString imagePath = dir.filePath(QStringLiteral("story/photo.jpg"));
    QDir().mkpath(dir.filePath(QStringLiteral("story")));
    QVERIFY(writeOrientedJpeg(imagePath, orientation, stored));

    // The test's own file, checked by an independent reader: Qt applies the orientation too.
    QImageReader qtReader(imagePath);
    qtReader.setAutoTransform(true);
    const QImage qtDisplayed = qtReader.read();
    QCOMPARE(qtDisplayed.size(), kDisplayedLandscape);
    QVERIFY2(nearRect(redBox(qtDisplayed), kBlock, 1), qPrintable(describe(redBox(qtDisplayed))));
    QImageReader rawReader(imagePath);
    rawReader.setAutoTransform(false);
    const QImage rawStored = rawReader.read();
    QCOMPARE(rawStored.size(), stored.size());
    const QRect storedBlock = redBox(rawStored);

    // The analyst draws the region on the block as shown.
    const QString articlePath = dir.filePath(QStringLiteral("story/story.md"));
    QVERIFY(writeFile(articlePath, articleText(QStringLiteral("Oriented"), u"photo.jpg"_s)));
    auto opened = DocumentIO::open(articlePath);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    ArticleDocument &doc = *opened.value();
    QCOMPARE(doc.imageRecord(0).pixelSize, kDisplayedLandscape);
    Region region;
    region.id = QUuid::createUuid();
    region.imageIndex = 0;
    region.geometry = RegionGeometry::rectangle(QRectF(kBlock));
    region.label = QStringLiteral("person");
    region.entity.name = QStringLiteral("Tal Orsen");
    AddRegionsCommand add(&doc, {region});
    add.redo();
    const Status saved = DocumentIO::save(doc);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));

    BundleExportOptions options;
    options.date = QDate(2026, 1, 2);
    options.pdf = false;
    const QString zipPath = dir.filePath(QStringLiteral("bundle.zip"));
    const auto exported = BundleExporter::exportBundle({articlePath}, zipPath, options);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    QCOMPARE(exported->articles.size(), 1);
    const BundleArticleLayout &layout = exported->articles.first();
    const QString bag = BundleExporter::bagNameFor(zipPath) + u"/data/"_s;

    // XMP: the IPTC boundary and the MWG face lie on the red block of the stored pixels.
    const QByteArray xmp = zipEntry(zipPath, bag + layout.xmpFiles.value(0));
    QVERIFY(!xmp.isEmpty());
    const QString xmpPath = dir.filePath(QStringLiteral("bundled.xmp"));
    QVERIFY(writeFile(xmpPath, xmp));
    const ExiftoolResult read = readWithExiftool(xmpPath);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    if (orientation == 1)
        QVERIFY(!read.tags.contains(QLatin1String("XMP-tiff:Orientation")));
    else
        QCOMPARE(read.tags.value(QLatin1String("XMP-tiff:Orientation")).toInt(), orientation);
    const QJsonArray regions = read.tags.value(QLatin1String("XMP-iptcExt:ImageRegion")).toArray();
    QCOMPARE(regions.size(), 1);
    const QJsonObject boundary
        = regions.at(0).toObject().value(QLatin1String("RegionBoundary")).toObject();
    QCOMPARE(boundary.value(QLatin1String("RbUnit")).toString(), u"pixel"_s);
    const QRectF iptc(number(boundary, "RbX"), number(boundary, "RbY"), number(boundary, "RbW"),
                      number(boundary, "RbH"));
    QVERIFY2(nearRect(iptc, QRectF(storedBlock), 1.5),
             qPrintable(describe(iptc) + u" vs the stored block "_s + describe(storedBlock)));

    const QJsonObject info = read.tags.value(QLatin1String("XMP-mwg-rs:RegionInfo")).toObject();
    const QJsonObject dimensions = info.value(QLatin1String("AppliedToDimensions")).toObject();
    QCOMPARE(number(dimensions, "W"), double(stored.width()));
    QCOMPARE(number(dimensions, "H"), double(stored.height()));
    const QJsonArray faces = info.value(QLatin1String("RegionList")).toArray();
    QCOMPARE(faces.size(), 1);
    const QJsonObject area = faces.at(0).toObject().value(QLatin1String("Area")).toObject();
    const double w = number(area, "W") * stored.width();
    const double h = number(area, "H") * stored.height();
    const QRectF mwg(number(area, "X") * stored.width() - w / 2,
                     number(area, "Y") * stored.height() - h / 2, w, h);
    QVERIFY2(nearRect(mwg, QRectF(storedBlock), 1.5),
             qPrintable(describe(mwg) + u" vs the stored block "_s + describe(storedBlock)));

    // Provena's reader turns it back to the rectangle as drawn.
    const Result<ShapeImport> back
        = XmpRegionReader::readPacket(xmp, stored.size(), orientation, xmpPath);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QVERIFY(!back->shapes.isEmpty());
    QVERIFY2(nearRect(back->shapes.first().geometry.boundingRect(), QRectF(kBlock), 0.01),
             qPrintable(describe(back->shapes.first().geometry.boundingRect())));

    // The crop shows the block as displayed: red in the middle, background at the corners.
    const QByteArray cropBytes = zipEntry(zipPath, bag + layout.cropFiles.value(region.id));
    QVERIFY(!cropBytes.isEmpty());
    const QImage crop = QImage::fromData(cropBytes, "JPEG");
    QVERIFY(!crop.isNull());
    QVERIFY(crop.width() > crop.height()); // the block is wider than high as displayed
    QVERIFY(isRed(crop.pixel(crop.width() / 2, crop.height() / 2)));
    QVERIFY(isBackground(crop.pixel(1, 1)));
    QVERIFY(isBackground(crop.pixel(crop.width() - 2, crop.height() - 2)));

    // The rendering: the photo as displayed, red where the block is.
    const QImage rendering
        = QImage::fromData(zipEntry(zipPath, bag + layout.renderingFiles.value(0)), "JPEG");
    QVERIFY(!rendering.isNull());
    QVERIFY(rendering.height() >= kDisplayedLandscape.height()); // the photo, then the legend
    QVERIFY(isRed(rendering.pixel(kBlock.center())));

    // COCO: displayed size, bbox in displayed pixels.
    const QJsonObject coco
        = QJsonDocument::fromJson(zipEntry(zipPath, bag + layout.cocoFile)).object();
    const QJsonObject image = coco.value(QLatin1String("images")).toArray().at(0).toObject();
    QCOMPARE(image.value(QLatin1String("width")).toInt(), kDisplayedLandscape.width());
    QCOMPARE(image.value(QLatin1String("height")).toInt(), kDisplayedLandscape.height());
    const QJsonArray bbox = coco.value(QLatin1String("annotations"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QLatin1String("bbox"))
                                .toArray();
    QCOMPARE(bbox, (QJsonArray {kBlock.x(), kBlock.y(), kBlock.width(), kBlock.height()}));
}

QTEST_MAIN(TestOrientationAgreement)
#include "tst_orientationagreement.moc"
