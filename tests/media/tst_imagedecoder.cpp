// SPDX-License-Identifier: MIT
#include "media/imagedecoder.h"

#include "exifthumbnailjpeg.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name);
}

QString sampleCrane()
{
    return QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/ncna-harbour-crane.jpg");
}

/** JPEG is lossy: a flat colour block comes back within a few levels per channel. */
bool near(QRgb actual, QRgb expected, int tolerance = 12)
{
    return qAbs(qRed(actual) - qRed(expected)) <= tolerance
        && qAbs(qGreen(actual) - qGreen(expected)) <= tolerance
        && qAbs(qBlue(actual) - qBlue(expected)) <= tolerance;
}

QByteArray describe(QRgb pixel)
{
    return QByteArray("rgb(") + QByteArray::number(qRed(pixel)) + ','
        + QByteArray::number(qGreen(pixel)) + ',' + QByteArray::number(qBlue(pixel)) + ')';
}

} // namespace

class TestImageDecoder : public QObject
{
    Q_OBJECT

private slots:
    void probeReportsDisplayedSizeForOrientation6();
    void probeOfPng();
    void probeOfSample();
    void decodeAppliesOrientation6();
    void decodePng();
    void decodeGifThroughQt();
    void truncatedJpegIsAnErrorNamingTheFile();
    void truncatedJpegDecodesWhenAccepted();
    void textWithJpgExtensionIsAnError();
    void missingFileIsAnError();
    void pngChunkClaimingMoreThanTheFileIsRefused();
    void pixelLimitIsCheckedBeforeDecoding();
    void previewFitsTheLongerSide();
    void previewOfRotatedImage();
    void previewDoesNotEnlarge();
    void reduceFactorUsesDctScaling();
    void nonPositivePreviewSizeIsAnError();
    void progressiveJpegWithTrailerDecodes();
    void embeddedThumbnailIsCroppedAndOriented();
    void embeddedThumbnailMissingOrDamagedIsAnError();
};

void TestImageDecoder::probeReportsDisplayedSizeForOrientation6()
{
    const Result<ImageInfo> info = ImageDecoder::probe(fixture("orientation6.jpg"));
    QVERIFY2(info, qPrintable(info.error().toString()));
    QCOMPARE(info->orientation, 6);
    QCOMPARE(info->storedSize, QSize(300, 200));
    QCOMPARE(info->size, QSize(200, 300));
    QVERIFY(info->isTransposed());
    QCOMPARE(info->format, QStringLiteral("jpeg"));
    QCOMPARE(info->fileSize, QFileInfo(fixture("orientation6.jpg")).size());
    QCOMPARE(info->pixelCount(), qint64(60000));
}

void TestImageDecoder::probeOfPng()
{
    const Result<ImageInfo> info = ImageDecoder::probe(fixture("plain.png"));
    QVERIFY2(info, qPrintable(info.error().toString()));
    QCOMPARE(info->format, QStringLiteral("png"));
    QCOMPARE(info->size, QSize(64, 48));
    QCOMPARE(info->orientation, 1);
}

void TestImageDecoder::probeOfSample()
{
    const Result<ImageInfo> info = ImageDecoder::probe(sampleCrane());
    QVERIFY2(info, qPrintable(info.error().toString()));
    QCOMPARE(info->size, QSize(1600, 1067));
    QCOMPARE(info->orientation, 1);
}

void TestImageDecoder::decodeAppliesOrientation6()
{
    const Result<QImage> image = ImageDecoder::decode(fixture("orientation6.jpg"));
    QVERIFY2(image, qPrintable(image.error().toString()));
    QCOMPARE(image->size(), QSize(200, 300));
    QCOMPARE(image->format(), QImage::Format_RGB32);
    // Stored: red top-left, green top-right, blue bottom-left, yellow bottom-right.
    // Rotated 90° clockwise for display:
    const struct
    {
        QPoint at;
        QRgb expected;
    } checks[] = {
        {{10, 10}, qRgb(0, 0, 255)}, // top-left: blue
        {{189, 10}, qRgb(255, 0, 0)}, // top-right: red
        {{10, 289}, qRgb(255, 255, 0)}, // bottom-left: yellow
        {{189, 289}, qRgb(0, 255, 0)}, // bottom-right: green
    };
    for (const auto &check : checks) {
        const QRgb pixel = image->pixel(check.at);
        QVERIFY2(near(pixel, check.expected),
                 QByteArray("at " + QByteArray::number(check.at.x()) + ','
                            + QByteArray::number(check.at.y()) + ": " + describe(pixel))
                     .constData());
    }
}

void TestImageDecoder::decodePng()
{
    const Result<QImage> image = ImageDecoder::decode(fixture("plain.png"));
    QVERIFY2(image, qPrintable(image.error().toString()));
    QCOMPARE(image->size(), QSize(64, 48));
    // PNG is lossless: exact colours.
    QCOMPARE(image->pixel(0, 0), qRgb(255, 0, 0));
    QCOMPARE(image->pixel(31, 47), qRgb(255, 0, 0));
    QCOMPARE(image->pixel(32, 0), qRgb(0, 0, 255));
    QCOMPARE(image->pixel(63, 47), qRgb(0, 0, 255));
}

void TestImageDecoder::decodeGifThroughQt()
{
    const Result<QImage> image = ImageDecoder::decode(fixture("plain.gif"));
    QVERIFY2(image, qPrintable(image.error().toString()));
    QCOMPARE(image->size(), QSize(40, 30));
    QCOMPARE(image->format(), QImage::Format_RGB32);
    QCOMPARE(image->pixel(20, 5), qRgb(0, 255, 0));
    QCOMPARE(image->pixel(20, 25), qRgb(255, 255, 255));
    const Result<QImage> preview = ImageDecoder::preview(fixture("plain.gif"), 20);
    QVERIFY(preview);
    QCOMPARE(preview->size(), QSize(20, 15));
}

void TestImageDecoder::truncatedJpegIsAnErrorNamingTheFile()
{
    const QString path = fixture("truncated.jpg");
    // The header is intact, so a probe succeeds: that is what makes truncation sneaky.
    QVERIFY(ImageDecoder::probe(path));
    const Result<QImage> image = ImageDecoder::decode(path);
    QVERIFY(!image);
    QVERIFY2(image.error().message.contains(QStringLiteral("“truncated.jpg”")),
             qPrintable(image.error().message));
    QVERIFY2(image.error().message.contains(QStringLiteral("incomplete")),
             qPrintable(image.error().message));
    QCOMPARE(image.error().path, path);
}

void TestImageDecoder::truncatedJpegDecodesWhenAccepted()
{
    DecodeOptions options;
    options.acceptTruncated = true;
    const Result<QImage> image = ImageDecoder::decode(fixture("truncated.jpg"), options);
    QVERIFY2(image, qPrintable(image.error().toString()));
    QCOMPARE(image->size(), QSize(320, 240));
}

void TestImageDecoder::textWithJpgExtensionIsAnError()
{
    const QString path = fixture("not-an-image.jpg");
    const Result<ImageInfo> info = ImageDecoder::probe(path);
    QVERIFY(!info);
    QVERIFY2(info.error().message.contains(QStringLiteral("“not-an-image.jpg”")),
             qPrintable(info.error().message));

    const Result<QImage> image = ImageDecoder::decode(path);
    QVERIFY(!image);
    QVERIFY2(image.error().message.contains(QStringLiteral("“not-an-image.jpg”")),
             qPrintable(image.error().message));
    QCOMPARE(image.error().path, path);
}

void TestImageDecoder::missingFileIsAnError()
{
    const QString path = fixture("does-not-exist.jpg");
    const Result<QImage> image = ImageDecoder::decode(path);
    QVERIFY(!image);
    QVERIFY(image.error().message.contains(QStringLiteral("does-not-exist.jpg")));
    QVERIFY(!image.error().detail.isEmpty()); // QFile's reason
}

void TestImageDecoder::pngChunkClaimingMoreThanTheFileIsRefused()
{
    // Found by fuzz_imagedecoder: an iTXt chunk claiming 1.9 GB made libpng (inside Qt's
    // QImageReader::size()) allocate 1.9 GB. It is refused before Qt sees it, naming the chunk.
    const QString path = QStringLiteral(PROVENA_SOURCE_DIR "/tests/fuzz/corpus/fuzz_imagedecoder/"
                                                           "crash-png-itxt-claims-1.9-gb");
    const Result<ImageInfo> probed = ImageDecoder::probe(path);
    QVERIFY(!probed);
    QVERIFY2(probed.error().message.contains(QStringLiteral("damaged PNG")),
             qPrintable(probed.error().message));
    QVERIFY2(probed.error().detail.contains(QStringLiteral("claims 1946158107 bytes")),
             qPrintable(probed.error().detail));
    const Result<QImage> decoded = ImageDecoder::decode(path);
    QVERIFY(!decoded);
    QVERIFY(decoded.error().message.contains(QStringLiteral("damaged PNG")));
}

void TestImageDecoder::pixelLimitIsCheckedBeforeDecoding()
{
    DecodeOptions options;
    options.maxPixels = 59'999; // the fixture has 300 × 200 = 60 000
    const Result<QImage> refused = ImageDecoder::decode(fixture("orientation6.jpg"), options);
    QVERIFY(!refused);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QStringLiteral("“orientation6.jpg”")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("300 × 200 pixels")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("too large")), qPrintable(message));

    // The limit applies even to previews: other formats decode fully before shrinking.
    options.maxSide = 50;
    QVERIFY(!ImageDecoder::decode(fixture("orientation6.jpg"), options));

    options.maxPixels = 60'000; // exactly at the limit is allowed
    options.maxSide = 0;
    QVERIFY(ImageDecoder::decode(fixture("orientation6.jpg"), options));
    QCOMPARE(DecodeOptions().maxPixels, qint64(200'000'000));
}

void TestImageDecoder::previewFitsTheLongerSide()
{
    const Result<QImage> preview = ImageDecoder::preview(sampleCrane(), 400);
    QVERIFY2(preview, qPrintable(preview.error().toString()));
    QCOMPARE(preview->size(), QSize(400, 267)); // 1600x1067 scaled by 1/4
    const Result<QImage> odd = ImageDecoder::preview(sampleCrane(), 300);
    QVERIFY(odd);
    QCOMPARE(odd->width(), 300);
    QCOMPARE(odd->height(), 200); // 1067 × 300 / 1600 = 200.06
}

void TestImageDecoder::previewOfRotatedImage()
{
    const Result<QImage> preview = ImageDecoder::preview(fixture("orientation6.jpg"), 150);
    QVERIFY2(preview, qPrintable(preview.error().toString()));
    QCOMPARE(preview->size(), QSize(100, 150));
    QVERIFY(near(preview->pixel(5, 5), qRgb(0, 0, 255), 20)); // still rotated: blue top-left
}

void TestImageDecoder::previewDoesNotEnlarge()
{
    const Result<QImage> preview = ImageDecoder::preview(fixture("orientation6.jpg"), 1000);
    QVERIFY(preview);
    QCOMPARE(preview->size(), QSize(200, 300));
}

void TestImageDecoder::reduceFactorUsesDctScaling()
{
    DecodeOptions options;
    options.reduceFactor = 8;
    const Result<QImage> image = ImageDecoder::decode(sampleCrane(), options);
    QVERIFY2(image, qPrintable(image.error().toString()));
    // libjpeg rounds scaled sizes up: ceil(1067 / 8) = 134.
    QCOMPARE(image->size(), QSize(200, 134));
    options.reduceFactor = 3; // rounded down to 2
    const Result<QImage> half = ImageDecoder::decode(sampleCrane(), options);
    QVERIFY(half);
    QCOMPARE(half->size(), QSize(800, 534));
}

void TestImageDecoder::nonPositivePreviewSizeIsAnError()
{
    const Result<QImage> preview = ImageDecoder::preview(sampleCrane(), 0);
    QVERIFY(!preview);
    QVERIFY(preview.error().message.contains(QStringLiteral("ncna-harbour-crane.jpg")));
}

void TestImageDecoder::progressiveJpegWithTrailerDecodes()
{
    // Progressive JPEGs have several scans, and phones append data after EOI (motion photos):
    // neither may be mistaken for truncation.
    QImage source(96, 64, QImage::Format_RGB32);
    source.fill(qRgb(20, 140, 60));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setProgressiveScanWrite(true);
    QVERIFY(writer.write(source));
    QByteArray bytes = buffer.data();
    bytes += QByteArray("ftypmp42 appended video that is not JPEG \xff\xd8\xff", 45);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("progressive.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const Result<QImage> image = ImageDecoder::decode(path);
    QVERIFY2(image, qPrintable(image.error().toString()));
    QCOMPARE(image->size(), QSize(96, 64));
    QVERIFY(near(image->pixel(48, 32), qRgb(20, 140, 60)));
}

namespace {

/** A 160 × 120 camera thumbnail of a 3:2 photo: the picture (green over blue) between bars. */
QByteArray paddedThumbnail()
{
    QImage thumbnail(160, 120, QImage::Format_RGB32);
    thumbnail.fill(Qt::black);
    for (int y = 7; y < 113; ++y)
        for (int x = 0; x < 160; ++x)
            thumbnail.setPixel(x, y, y < 60 ? qRgb(20, 200, 40) : qRgb(30, 40, 210));
    return test::jpegBytes(thumbnail, 95);
}

/** What probe() says of a 600 × 400 (stored) JPEG with EXIF orientation `orientation`. */
ImageInfo photoInfo(int orientation)
{
    ImageInfo info;
    info.path = QStringLiteral("/photos/camera.jpg");
    info.storedSize = QSize(600, 400);
    info.orientation = orientation;
    info.size = info.isTransposed() ? info.storedSize.transposed() : info.storedSize;
    info.format = QStringLiteral("jpeg");
    return info;
}

} // namespace

void TestImageDecoder::embeddedThumbnailIsCroppedAndOriented()
{
    Result<QImage> thumbnail = ImageDecoder::embeddedThumbnail(paddedThumbnail(), photoInfo(1));
    QVERIFY2(thumbnail, qPrintable(thumbnail.error().toString()));
    // The black bars are cropped off: 160 × 107 is 3:2.
    QCOMPARE(thumbnail->size(), QSize(160, 107));
    QVERIFY2(near(thumbnail->pixel(80, 3), qRgb(20, 200, 40), 40),
             describe(thumbnail->pixel(80, 3)));
    QVERIFY2(near(thumbnail->pixel(80, 103), qRgb(30, 40, 210), 40),
             describe(thumbnail->pixel(80, 103)));

    // Orientation 6 (rotate 90° clockwise for display) applies to the thumbnail too: the green
    // top of the stored picture becomes its right side.
    thumbnail = ImageDecoder::embeddedThumbnail(paddedThumbnail(), photoInfo(6));
    QVERIFY2(thumbnail, qPrintable(thumbnail.error().toString()));
    QCOMPARE(thumbnail->size(), QSize(107, 160));
    QVERIFY2(near(thumbnail->pixel(103, 80), qRgb(20, 200, 40), 40),
             describe(thumbnail->pixel(103, 80)));
    QVERIFY2(near(thumbnail->pixel(3, 80), qRgb(30, 40, 210), 40),
             describe(thumbnail->pixel(3, 80)));

    // A thumbnail already in the photo's aspect ratio is kept whole.
    QImage exact(150, 100, QImage::Format_RGB32);
    exact.fill(qRgb(20, 200, 40));
    thumbnail = ImageDecoder::embeddedThumbnail(test::jpegBytes(exact), photoInfo(1));
    QVERIFY2(thumbnail, qPrintable(thumbnail.error().toString()));
    QCOMPARE(thumbnail->size(), QSize(150, 100));
}

void TestImageDecoder::embeddedThumbnailMissingOrDamagedIsAnError()
{
    const ImageInfo info = photoInfo(1);
    const QList<QByteArray> damaged
        = {QByteArray(), QByteArray("not a JPEG at all"), paddedThumbnail().left(40)};
    for (const QByteArray &bytes : damaged) {
        const Result<QImage> thumbnail = ImageDecoder::embeddedThumbnail(bytes, info);
        QVERIFY(!thumbnail);
        QVERIFY2(thumbnail.error().message.contains(QStringLiteral("camera.jpg")),
                 qPrintable(thumbnail.error().message));
        QCOMPARE(thumbnail.error().path, info.path);
    }
    // Without the photo's size there is nothing to crop to.
    ImageInfo sizeless = info;
    sizeless.storedSize = QSize();
    QVERIFY(!ImageDecoder::embeddedThumbnail(paddedThumbnail(), sizeless));
}

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "tst_imagedecoder.moc"
