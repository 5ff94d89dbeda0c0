// SPDX-License-Identifier: MIT
// The formats the canvas shows, the pixel limit (a decompression bomb refused from its header,
// the setting that moves the limit) and the eight EXIF orientations in decode() and preview().
#include "media/decodeoptions.h"
#include "media/imagedecoder.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace provena;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name);
}

bool near(QRgb actual, QRgb expected, int tolerance = 24)
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

constexpr QRgb kRed = 0xffff0000;
constexpr QRgb kGreen = 0xff00ff00;
constexpr QRgb kBlue = 0xff0000ff;
constexpr QRgb kWhite = 0xffffffff;

/** Stored quadrants: top-left red, top-right green, bottom-left blue, bottom-right white. */
QImage quadrants(int width, int height, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(width, height, format);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height / 2, QColor(kRed));
    painter.fillRect(width / 2, 0, width - width / 2, height / 2, QColor(kGreen));
    painter.fillRect(0, height / 2, width / 2, height - height / 2, QColor(kBlue));
    painter.fillRect(width / 2, height / 2, width - width / 2, height - height / 2, QColor(kWhite));
    return image;
}

/** Samples well inside the displayed top-left and top-right quadrants. */
QPair<QRgb, QRgb> topCorners(const QImage &image)
{
    const int inset = qMax(2, image.width() / 8);
    return {image.pixel(inset, inset), image.pixel(image.width() - 1 - inset, inset)};
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

QString writeOrientedJpeg(const QTemporaryDir &dir, int orientation, const QImage &stored)
{
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(95);
        if (!writer.write(stored))
            return {};
    }
    jpeg.insert(2, exifOrientationSegment(orientation)); // right after SOI
    const QString path = dir.filePath(QStringLiteral("o%1.jpg").arg(orientation));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size())
        return {};
    return path;
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffU;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320U & (0U - (crc & 1U)));
    }
    return ~crc;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray length(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), length.data());
    const QByteArray typed = QByteArray(type, 4) + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(typed), crc.data());
    return length + typed + crc;
}

/** A PNG whose header announces width × height, with a few KB of real (zero) rows after it. */
QByteArray craftedPng(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    const QByteArray rows = qCompress(QByteArray(64 * 1024, '\0'), 9).mid(4); // zlib stream
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", rows)
        + pngChunk("IEND", {});
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestImageFormats : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formatsDecode_data();
    void formatsDecode();
    void cmykJpegDecodes();
    void sixteenBitPngDecodes();
    void bombIsRefusedFromItsHeader();
    void limitComesFromTheSetting();
    void largeImageUnderTheLimitOpens();
    void corruptPngNamesTheFile();
    void allEightOrientations_data();
    void allEightOrientations();
    void reducedSideIsTheSmallestReductionThatFills();

private:
    QTemporaryDir mDir;
};

void TestImageFormats::init()
{
    QVERIFY(mDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaTest"));
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaImageFormatsTest-%1").arg(QCoreApplication::applicationPid()));
    QSettings().remove(QLatin1String(DecodeOptions::kMaxPixelsSettingsKey));
}

void TestImageFormats::cleanup()
{
    QSettings().remove(QLatin1String(DecodeOptions::kMaxPixelsSettingsKey));
    QFile::remove(QSettings().fileName());
}

void TestImageFormats::formatsDecode_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("webp") << QByteArray("webp");
    QTest::newRow("tiff") << QByteArray("tiff");
    QTest::newRow("bmp") << QByteArray("bmp");
    QTest::newRow("png") << QByteArray("png");
}

void TestImageFormats::formatsDecode()
{
    QFETCH(QByteArray, format);
    const QString path = mDir.filePath(QStringLiteral("image.") + QString::fromLatin1(format));
    QImageWriter writer(path, format);
    writer.setQuality(100);
    QVERIFY2(writer.write(quadrants(96, 64)), qPrintable(writer.errorString()));

    const Result<QImage> image = ImageDecoder::decode(path);
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    QCOMPARE(image->size(), QSize(96, 64));
    const auto [left, right] = topCorners(image.value());
    QVERIFY2(near(left, kRed), describe(left));
    QVERIFY2(near(right, kGreen), describe(right));

    const Result<QImage> preview = ImageDecoder::preview(path, 48);
    QVERIFY(preview);
    QCOMPARE(preview->size(), QSize(48, 32));
}

void TestImageFormats::cmykJpegDecodes()
{
    const Result<ImageInfo> info = ImageDecoder::probe(fixture("cmyk.jpg"));
    QVERIFY(info);
    QCOMPARE(info->size, QSize(64, 32));
    const Result<QImage> image = ImageDecoder::decode(fixture("cmyk.jpg"));
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    QCOMPARE(image->size(), QSize(64, 32));
    // Red and blue, not their inverses (an Adobe CMYK JPEG stores inverted values).
    QVERIFY2(near(image->pixel(8, 16), kRed, 40), describe(image->pixel(8, 16)));
    QVERIFY2(near(image->pixel(56, 16), kBlue, 40), describe(image->pixel(56, 16)));
}

void TestImageFormats::sixteenBitPngDecodes()
{
    const QString path = mDir.filePath(QStringLiteral("deep.png"));
    QVERIFY(quadrants(80, 40, QImage::Format_RGBX64).save(path, "png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(int(quint8(file.read(25).at(24))), 16); // IHDR bit depth: really 16-bit

    const Result<QImage> image = ImageDecoder::decode(path);
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    QCOMPARE(image->size(), QSize(80, 40));
    const auto [left, right] = topCorners(image.value());
    QVERIFY2(near(left, kRed, 2), describe(left));
    QVERIFY2(near(right, kGreen, 2), describe(right));
}

void TestImageFormats::bombIsRefusedFromItsHeader()
{
    const QString path = mDir.filePath(QStringLiteral("bomb.png"));
    const QByteArray bomb = craftedPng(50'000, 50'000);
    QVERIFY(bomb.size() < 4096);
    QVERIFY(writeFile(path, bomb));

    const Result<ImageInfo> info = ImageDecoder::probe(path);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
    QCOMPARE(info->size, QSize(50'000, 50'000));

    for (const int maxSide : {0, 1600}) {
        const Result<QImage> image
            = maxSide ? ImageDecoder::preview(path, maxSide) : ImageDecoder::decode(path);
        QVERIFY(!image);
        const QString message = image.error().message;
        QVERIFY2(message.contains(QStringLiteral("“bomb.png”")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("2500 megapixels")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("limit of 200 megapixels")), qPrintable(message));
        QCOMPARE(image.error().path, path);
    }
}

void TestImageFormats::limitComesFromTheSetting()
{
    QCOMPARE(DecodeOptions::configuredMaxPixels(), DecodeOptions::kDefaultMaxPixels);
    const QString path = mDir.filePath(QStringLiteral("small.png"));
    QVERIFY(quadrants(100, 50).save(path, "png"));
    QVERIFY(ImageDecoder::decode(path));

    QSettings().setValue(QLatin1String(DecodeOptions::kMaxPixelsSettingsKey), 4999);
    QCOMPARE(DecodeOptions::configuredMaxPixels(), qint64(4999));
    QCOMPARE(DecodeOptions().maxPixels, qint64(4999));
    const Result<QImage> refused = ImageDecoder::preview(path, 20);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("“small.png”")),
             qPrintable(refused.error().message));

    QSettings().setValue(QLatin1String(DecodeOptions::kMaxPixelsSettingsKey), 5000);
    QVERIFY(ImageDecoder::decode(path));

    // Nonsense falls back to the default instead of refusing everything.
    QSettings().setValue(QLatin1String(DecodeOptions::kMaxPixelsSettingsKey), QStringLiteral("x"));
    QCOMPARE(DecodeOptions::configuredMaxPixels(), DecodeOptions::kDefaultMaxPixels);
    QSettings().setValue(QLatin1String(DecodeOptions::kMaxPixelsSettingsKey), -5);
    QCOMPARE(DecodeOptions::configuredMaxPixels(), DecodeOptions::kDefaultMaxPixels);
}

void TestImageFormats::largeImageUnderTheLimitOpens()
{
    // 9000 × 8000 RGB32 is 275 MB: over Qt's 256 MB QImageReader allocation limit, under ours.
    const QString path = mDir.filePath(QStringLiteral("large.png"));
    {
        QImage image(9000, 8000, QImage::Format_RGB32);
        image.fill(kBlue);
        QImageWriter writer(path, "png");
        writer.setCompression(1);
        QVERIFY(writer.write(image));
    }
    QVERIFY(qint64(9000) * 8000 * 4 > qint64(QImageReader::allocationLimit()) * 1024 * 1024);
    const Result<QImage> image = ImageDecoder::decode(path);
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    QCOMPARE(image->size(), QSize(9000, 8000));
    QCOMPARE(image->pixel(8999, 7999), kBlue);
}

void TestImageFormats::corruptPngNamesTheFile()
{
    // A valid header (so probe() succeeds) and pixel data that is not zlib.
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(64, ihdr.data());
    qToBigEndian<quint32>(64, ihdr.data() + 4);
    ihdr[8] = 8;
    ihdr[9] = 2;
    const QByteArray bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr)
        + pngChunk("IDAT", QByteArray(200, '\x5a')) + pngChunk("IEND", {});
    const QString path = mDir.filePath(QStringLiteral("corrupt.png"));
    QVERIFY(writeFile(path, bytes));
    const Result<QImage> image = ImageDecoder::decode(path);
    QVERIFY(!image);
    QVERIFY2(image.error().message.contains(QStringLiteral("“corrupt.png”")),
             qPrintable(image.error().message));
}

void TestImageFormats::allEightOrientations_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<uint>("topLeft");
    QTest::addColumn<uint>("topRight");
    // What the EXIF orientation means for the stored quadrants (red green / blue white).
    QTest::newRow("1 normal") << 1 << uint(kRed) << uint(kGreen);
    QTest::newRow("2 mirrored") << 2 << uint(kGreen) << uint(kRed);
    QTest::newRow("3 rotated 180") << 3 << uint(kWhite) << uint(kBlue);
    QTest::newRow("4 flipped") << 4 << uint(kBlue) << uint(kWhite);
    QTest::newRow("5 transposed") << 5 << uint(kRed) << uint(kBlue);
    QTest::newRow("6 rotate 90 cw") << 6 << uint(kBlue) << uint(kRed);
    QTest::newRow("7 transversed") << 7 << uint(kWhite) << uint(kGreen);
    QTest::newRow("8 rotate 90 ccw") << 8 << uint(kGreen) << uint(kWhite);
}

void TestImageFormats::allEightOrientations()
{
    QFETCH(int, orientation);
    QFETCH(uint, topLeft);
    QFETCH(uint, topRight);
    const QString path = writeOrientedJpeg(mDir, orientation, quadrants(800, 400));
    QVERIFY(!path.isEmpty());
    const bool transposed = orientation >= 5;
    const QSize displayed = transposed ? QSize(400, 800) : QSize(800, 400);

    const Result<ImageInfo> info = ImageDecoder::probe(path);
    QVERIFY(info);
    QCOMPARE(info->orientation, orientation);
    QCOMPARE(info->size, displayed);

    const Result<QImage> full = ImageDecoder::decode(path);
    QVERIFY(full);
    QCOMPARE(full->size(), displayed);
    auto [left, right] = topCorners(full.value());
    QVERIFY2(near(left, topLeft), describe(left));
    QVERIFY2(near(right, topRight), describe(right));

    // The canvas's first frame: a 1/4 DCT reduction, oriented the same way.
    const int side = ImageDecoder::reducedSide(info.value(), 150);
    QCOMPARE(side, 200);
    const Result<QImage> preview = ImageDecoder::preview(path, side);
    QVERIFY(preview);
    QCOMPARE(preview->size(), displayed / 4);
    std::tie(left, right) = topCorners(preview.value());
    QVERIFY2(near(left, topLeft), describe(left));
    QVERIFY2(near(right, topRight), describe(right));
}

void TestImageFormats::reducedSideIsTheSmallestReductionThatFills()
{
    ImageInfo info;
    info.size = QSize(6000, 4000);
    info.storedSize = info.size;
    QCOMPARE(ImageDecoder::reducedSide(info, 1500), 1500); // 1/4
    QCOMPARE(ImageDecoder::reducedSide(info, 1501), 3000); // 1/4 would be too small
    QCOMPARE(ImageDecoder::reducedSide(info, 700), 750); // 1/8 is as far as DCT goes
    QCOMPARE(ImageDecoder::reducedSide(info, 10), 750);
    QCOMPARE(ImageDecoder::reducedSide(info, 5000), 6000);
    info.size = QSize(6001, 4001); // libjpeg rounds up
    QCOMPARE(ImageDecoder::reducedSide(info, 1500), 1501);
}

QTEST_GUILESS_MAIN(TestImageFormats)
#include "tst_imageformats.moc"
