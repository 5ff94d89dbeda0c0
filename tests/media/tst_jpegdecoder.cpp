// SPDX-License-Identifier: MIT
// JPEG decoding with libjpeg itself (media/jpegdecoder_p.h) gives exactly the pixels of
// cv::imdecode, which the rest of app/media was built and tested against: every DCT scale,
// baseline and progressive, colour and grey, with restart markers, and the CMYK fixture. Damaged
// data gives an error or libjpeg's grey fill, never a crash. And the module that holds OpenCV's
// codecs for the other formats loads and names itself.
#include "media/jpegdecoder_p.h"
#include "media/opencvcodecs_p.h"

#include <QFile>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace provena;
using namespace provena::detail;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** A photo-like test card: gradients, a hard edge and noise, so scaling and chroma matter. */
cv::Mat testCard(int width, int height)
{
    cv::Mat bgr(height, width, CV_8UC3);
    cv::RNG rng(7);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int noise = rng.uniform(-12, 13);
            bgr.at<cv::Vec3b>(y, x)
                = cv::Vec3b(cv::saturate_cast<uchar>(x * 255 / width + noise),
                            cv::saturate_cast<uchar>(y * 255 / height), x < width / 3 ? 220 : 30);
        }
    }
    return bgr;
}

QByteArray encoded(const cv::Mat &image, std::vector<int> params)
{
    std::vector<uchar> bytes;
    if (!cv::imencode(".jpg", image, bytes, params))
        return {};
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

int imreadFlags(int factor)
{
    switch (factor) {
    case 2:
        return cv::IMREAD_REDUCED_COLOR_2;
    case 4:
        return cv::IMREAD_REDUCED_COLOR_4;
    case 8:
        return cv::IMREAD_REDUCED_COLOR_8;
    default:
        return cv::IMREAD_COLOR;
    }
}

cv::Mat referenceDecode(const QByteArray &bytes, int factor)
{
    const cv::Mat buffer(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
    return cv::imdecode(buffer, imreadFlags(factor) | cv::IMREAD_IGNORE_ORIENTATION);
}

} // namespace

class TestJpegDecoder : public QObject
{
    Q_OBJECT

private slots:
    void samePixelsAsOpenCv_data();
    void samePixelsAsOpenCv();
    void cmykFixtureAsOpenCv();
    void truncatedDataIsGreyFilled();
    void garbageGivesLibjpegsMessage();
    void recognisesJpegBytes();
    void firstScansOfAProgressiveFile_data();
    void firstScansOfAProgressiveFile();
    void sequentialFileHasNoFirstScans();
    void codecModuleLoadsAndDecodesPng();
};

void TestJpegDecoder::samePixelsAsOpenCv_data()
{
    QTest::addColumn<QByteArray>("jpeg");
    QTest::addColumn<int>("factor");
    const cv::Mat card = testCard(333, 217); // odd sizes: the reduced sides round up
    cv::Mat grey;
    cv::cvtColor(card, grey, cv::COLOR_BGR2GRAY);
    const struct
    {
        const char *name;
        QByteArray bytes;
    } variants[] = {
        {"baseline 4:2:0 q90", encoded(card, {cv::IMWRITE_JPEG_QUALITY, 90})},
        {"progressive q75",
         encoded(card, {cv::IMWRITE_JPEG_QUALITY, 75, cv::IMWRITE_JPEG_PROGRESSIVE, 1})},
        {"restart markers q98",
         encoded(card, {cv::IMWRITE_JPEG_QUALITY, 98, cv::IMWRITE_JPEG_RST_INTERVAL, 4})},
        {"greyscale q85", encoded(grey, {cv::IMWRITE_JPEG_QUALITY, 85})},
    };
    for (const auto &variant : variants) {
        QVERIFY2(!variant.bytes.isEmpty(), variant.name);
        for (const int factor : {1, 2, 4, 8})
            QTest::addRow("%s, 1/%d", variant.name, factor) << variant.bytes << factor;
    }
}

void TestJpegDecoder::samePixelsAsOpenCv()
{
    QFETCH(QByteArray, jpeg);
    QFETCH(int, factor);
    QString error;
    const cv::Mat ours = decodeJpeg(jpeg, factor, &error);
    const cv::Mat reference = referenceDecode(jpeg, factor);
    QVERIFY2(!ours.empty(), qPrintable(error));
    QVERIFY(!reference.empty());
    QCOMPARE(ours.type(), CV_8UC3);
    QCOMPARE(ours.cols, (333 + factor - 1) / factor);
    QCOMPARE(ours.rows, (217 + factor - 1) / factor);
    QCOMPARE(ours.size(), reference.size());
    QCOMPARE(cv::norm(ours, reference, cv::NORM_INF), 0.0);
}

void TestJpegDecoder::cmykFixtureAsOpenCv()
{
    const QByteArray jpeg = fixture("cmyk.jpg");
    QVERIFY(!jpeg.isEmpty());
    for (const int factor : {1, 2}) {
        QString error;
        const cv::Mat ours = decodeJpeg(jpeg, factor, &error);
        QVERIFY2(!ours.empty(), qPrintable(error));
        const cv::Mat reference = referenceDecode(jpeg, factor);
        QCOMPARE(ours.size(), reference.size());
        QCOMPARE(cv::norm(ours, reference, cv::NORM_INF), 0.0);
    }
}

void TestJpegDecoder::truncatedDataIsGreyFilled()
{
    QByteArray jpeg = encoded(testCard(256, 256), {cv::IMWRITE_JPEG_QUALITY, 90});
    jpeg.truncate(jpeg.size() / 2);
    QString error;
    const cv::Mat ours = decodeJpeg(jpeg, 1, &error);
    QVERIFY2(!ours.empty(), qPrintable(error));
    const cv::Mat reference = referenceDecode(jpeg, 1);
    QCOMPARE(ours.size(), reference.size());
    // What the data covers is OpenCV's picture; where it ends, OpenCV repeats what its
    // suspended source left, libjpeg fills grey, which shows the analyst where the file ends.
    const cv::Rect top(0, 0, 256, 64);
    QCOMPARE(cv::norm(ours(top), reference(top), cv::NORM_INF), 0.0);
    const cv::Vec3b bottom = ours.at<cv::Vec3b>(250, 128);
    QCOMPARE(int(bottom[0]), 128);
    QCOMPARE(int(bottom[1]), 128);
    QCOMPARE(int(bottom[2]), 128);
}

void TestJpegDecoder::firstScansOfAProgressiveFile_data()
{
    QTest::addColumn<QByteArray>("jpeg");
    const cv::Mat card = testCard(333, 217);
    cv::Mat grey;
    cv::cvtColor(card, grey, cv::COLOR_BGR2GRAY);
    QTest::newRow("colour") << encoded(
        card, {cv::IMWRITE_JPEG_QUALITY, 90, cv::IMWRITE_JPEG_PROGRESSIVE, 1});
    QTest::newRow("greyscale") << encoded(
        grey, {cv::IMWRITE_JPEG_QUALITY, 90, cv::IMWRITE_JPEG_PROGRESSIVE, 1});
}

void TestJpegDecoder::firstScansOfAProgressiveFile()
{
    QFETCH(QByteArray, jpeg);
    QString error;
    const cv::Mat coarse = decodeJpegFirstScans(jpeg, &error);
    QVERIFY2(!coarse.empty(), qPrintable(error));
    QCOMPARE(coarse.type(), CV_8UC3);
    // The size of a 1/8 decode and nearly its pixels: that decode also uses the DC's last
    // refinement bit, and for 4:2:0 chroma the first AC coefficients (a 2 × 2 IDCT instead of
    // upsampling), which come in later scans; hence differences at hard colour edges.
    const cv::Mat eighth = decodeJpeg(jpeg, 8, &error);
    QCOMPARE(coarse.size(), eighth.size());
    const double mean = cv::norm(coarse, eighth, cv::NORM_L1) / double(coarse.total() * 3);
    QVERIFY2(mean < 3.0, qPrintable(QString::number(mean)));
    QVERIFY(cv::norm(coarse, eighth, cv::NORM_INF) < 64);
    // Only the first scans are read: the file cut to half gives the same frame.
    const cv::Mat fromHalf = decodeJpegFirstScans(jpeg.left(jpeg.size() / 2), &error);
    QVERIFY2(!fromHalf.empty(), qPrintable(error));
    QCOMPARE(cv::norm(fromHalf, coarse, cv::NORM_INF), 0.0);
}

void TestJpegDecoder::sequentialFileHasNoFirstScans()
{
    QString error;
    const QByteArray baseline = encoded(testCard(64, 48), {cv::IMWRITE_JPEG_QUALITY, 90});
    QVERIFY(decodeJpegFirstScans(baseline, &error).empty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Garbage is libjpeg's error, not "not progressive".
    const char garbage[] = "\xFF\xD8\xFF\xE0 this is not a JPEG at all";
    QVERIFY(decodeJpegFirstScans(QByteArray(garbage, sizeof garbage - 1), &error).empty());
    QVERIFY2(error.startsWith(QLatin1String("libjpeg: ")), qPrintable(error));
}

void TestJpegDecoder::garbageGivesLibjpegsMessage()
{
    QString error;
    const char garbage[] = "\xFF\xD8\xFF\xE0 this is not a JPEG at all";
    const QByteArray notJpeg(garbage, sizeof garbage - 1);
    QVERIFY(decodeJpeg(notJpeg, 1, &error).empty());
    QVERIFY2(error.startsWith(QLatin1String("libjpeg: ")), qPrintable(error));
    error.clear();
    QVERIFY(decodeJpeg(QByteArray(), 4, &error).empty());
    QVERIFY2(error.contains(QLatin1String("libjpeg")), qPrintable(error));
    error.clear();
    QVERIFY(decodeJpeg(fixture("plain.png"), 1, &error).empty());
    QVERIFY2(error.contains(QLatin1String("JPEG")), qPrintable(error)); // "Not a JPEG file"
}

void TestJpegDecoder::recognisesJpegBytes()
{
    QVERIFY(looksLikeJpeg(fixture("cmyk.jpg")));
    QVERIFY(!looksLikeJpeg(fixture("plain.png")));
    QVERIFY(!looksLikeJpeg(QByteArray("\xFF\xD8", 2)));
}

void TestJpegDecoder::codecModuleLoadsAndDecodesPng()
{
    const Result<const CodecApi *> api = codecApi();
    QVERIFY2(api.ok(), qPrintable(api.error().toString()));
    QCOMPARE(api.value()->version, kCodecApiVersion);
    QCOMPARE(QLatin1String(api.value()->providerVersion), QLatin1String(PROVENA_VERSION));
    const QByteArray png = fixture("plain.png");
    const cv::Mat buffer(1, int(png.size()), CV_8UC1, const_cast<char *>(png.constData()));
    const Result<cv::Mat> decoded = imdecode(buffer, cv::IMREAD_COLOR);
    QVERIFY(decoded.ok());
    QVERIFY(!decoded.value().empty());
    QCOMPARE(cv::norm(decoded.value(), cv::imdecode(buffer, cv::IMREAD_COLOR), cv::NORM_INF), 0.0);
}

QTEST_GUILESS_MAIN(TestJpegDecoder)
#include "tst_jpegdecoder.moc"
