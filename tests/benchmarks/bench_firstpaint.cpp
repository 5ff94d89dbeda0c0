// SPDX-License-Identifier: MIT
// First paint of a large photo on the canvas (issue 13): what CanvasPane does before the photo is
// on screen — probe the header, read the camera's EXIF thumbnail with Exiv2 (ExifThumbnailReader,
// as the window's image service does; the generated JPEG carries a 160 × 107 one, as camera
// photos do) and decode it, ImageItem's tiles, one frame rendered at fit — against a
// full cv::imread of the same generated 24 MP JPEG in the same run (goal ≤ 0.3×). The second
// frame, from the DCT-reduced decode at the smallest scale that fills a 1600 × 1000 viewport, is
// measured the same way (BM_PreviewPaint). A progressive JPEG without a thumbnail, as news sites
// serve, starts from its first scans at 1/8 (BM_ProgressiveFirstScans) instead of a reduced
// decode that reads every scan (BM_ProgressivePreviewDecode), against cv::imread of that file.
//
// Then peak memory to show a 100 MP JPEG at fit: this program runs itself as a child doing the
// same first paint and reports its max RSS; an idle child (same libraries, a QApplication, no
// image) is the baseline. Goal: the difference at most 0.5× the image's full RGB buffer
// (width × height × 3). A preview of the wrong size fails the benchmark (exit 1).
//
// OpenCV appears here only as the baseline (app/ code keeps it inside app/media).
#include "media/imagedecoder.h"
#include "metadata/exifthumbnailreader.h"
#include "metadata/metadatareader.h"
#include "ui/canvas/imageitem.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

#include "../media/exifthumbnailjpeg.h"
#include "ratioreporter.h"

#include <benchmark/benchmark.h>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace provena;

namespace {

const QSize kViewport(1600, 1000);

/**
 * A JPEG (q90, as Qt writes it) with smooth colour fields plus sensor-like noise, so that it
 * compresses like a camera photo, not like a flat test card, carrying a 160-pixel EXIF
 * thumbnail of itself as cameras write one. Same image every run.
 */
QString writeTestJpeg(const QString &path, int width, int height, bool progressive = false)
{
    QElapsedTimer timer;
    timer.start();
    QImage coarse(60, 40, QImage::Format_RGB32);
    std::uint32_t state = 2463534242u; // xorshift32
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    for (int y = 0; y < coarse.height(); ++y)
        for (int x = 0; x < coarse.width(); ++x)
            coarse.setPixel(x, y, qRgb(next() % 256, next() % 256, next() % 256));
    QImage image = coarse.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int n = int(next() % 25) - 12;
            const auto add = [n](int c) {
                return qBound(0, c + n, 255);
            };
            line[x] = qRgb(add(qRed(line[x])), add(qGreen(line[x])), add(qBlue(line[x])));
        }
    }
    QByteArray bytes;
    if (progressive) {
        // As news sites serve photos: progressive, no EXIF thumbnail.
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(90);
        writer.setProgressiveScanWrite(true);
        if (!writer.write(image)) {
            std::fprintf(stderr, "could not encode %s\n", qPrintable(path));
            std::abort();
        }
    } else {
        const QImage thumbnail
            = image.scaled(160, 160, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        bytes = test::withExifThumbnail(test::jpegBytes(image, 90), test::jpegBytes(thumbnail, 90));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        std::abort();
    }
    file.close();
    std::printf("Generated %s: %dx%d, %lld bytes, in %lld ms\n", qPrintable(path), width, height,
                static_cast<long long>(QFile(path).size()),
                static_cast<long long>(timer.elapsed()));
    return path;
}

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

QString jpeg24mp()
{
    static const QString path
        = writeTestJpeg(tempDir().filePath(QStringLiteral("24mp.jpg")), 6000, 4000);
    return path;
}

QString progressiveJpeg24mp()
{
    static const QString path = writeTestJpeg(
        tempDir().filePath(QStringLiteral("24mp-progressive.jpg")), 6000, 4000, true);
    return path;
}

/** The preview size CanvasPane asks for: a pixel per screen pixel at fit. */
int previewSide(const ImageInfo &info, QSize viewport)
{
    const double fit = std::min(double(viewport.width()) / info.size.width(),
                                double(viewport.height()) / info.size.height());
    return int(std::ceil(std::max(info.size.width(), info.size.height()) * fit));
}

/**
 * The canvas's first paint of `path` into `frame` (viewport-sized): probe, reduced decode,
 * ImageItem tiles at full-image extent, one render at fit. Returns the preview's pixel size, or
 * an empty size on failure.
 */
QSize firstPaint(const QString &path, QImage &frame)
{
    const Result<ImageInfo> info = ImageDecoder::probe(path);
    if (!info)
        return {};
    const int side
        = ImageDecoder::reducedSide(info.value(), previewSide(info.value(), frame.size()));
    const Result<QImage> preview = ImageDecoder::preview(path, side);
    if (!preview)
        return {};
    QGraphicsScene scene;
    auto *item = new ImageItem;
    scene.addItem(item);
    item->setImage(preview.value(), info.value().size);
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(info.value().size)));
    QPainter painter(&frame);
    scene.render(&painter, QRectF(), scene.sceneRect(), Qt::KeepAspectRatio);
    painter.end();
    return item->pixelSize();
}

/**
 * The canvas's very first frame of `path`: probe, the EXIF thumbnail read by Exiv2 and decoded,
 * ImageItem at full-image extent, one render at fit. Returns the thumbnail's pixel size, or an
 * empty size.
 */
QSize firstThumbnailPaint(const QString &path, QImage &frame)
{
    const Result<ImageInfo> info = ImageDecoder::probe(path);
    if (!info)
        return {};
    const Result<QByteArray> bytes = ExifThumbnailReader::read(path);
    if (!bytes) {
        std::fprintf(stderr, "%s\n", qPrintable(bytes.error().toString()));
        return {};
    }
    const Result<QImage> thumbnail = ImageDecoder::embeddedThumbnail(bytes.value(), info.value());
    if (!thumbnail) {
        std::fprintf(stderr, "%s\n", qPrintable(thumbnail.error().toString()));
        return {};
    }
    QGraphicsScene scene;
    auto *item = new ImageItem;
    scene.addItem(item);
    item->setImage(thumbnail.value(), info.value().size);
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(info.value().size)));
    QPainter painter(&frame);
    scene.render(&painter, QRectF(), scene.sceneRect(), Qt::KeepAspectRatio);
    painter.end();
    return item->pixelSize();
}

bool check(bool ok, benchmark::State &state, const char *what)
{
    if (!ok)
        state.SkipWithError(what);
    return ok;
}

void BM_CvImreadFull(benchmark::State &state)
{
    const std::string path = jpeg24mp().toStdString();
    for (auto _ : state) {
        const cv::Mat image = cv::imread(path, cv::IMREAD_COLOR);
        if (!check(image.cols == 6000 && image.rows == 4000, state, "cv::imread failed"))
            break;
    }
}

void BM_ProvenaFullDecode(benchmark::State &state)
{
    const QString path = jpeg24mp();
    for (auto _ : state) {
        const Result<QImage> image = ImageDecoder::decode(path);
        if (!check(image && image->size() == QSize(6000, 4000), state, "decode failed"))
            break;
    }
}

void BM_FirstPaint(benchmark::State &state)
{
    const QString path = jpeg24mp();
    QImage frame(kViewport, QImage::Format_RGB32);
    for (auto _ : state) {
        frame.fill(Qt::black);
        const QSize pixels = firstThumbnailPaint(path, frame);
        // 160 x 120 with its bars cropped to the photo's 3:2: 106.7 rows, 106 or 107 by rounding.
        const bool thumbnailSized
            = pixels.width() == 160 && pixels.height() >= 106 && pixels.height() <= 107;
        if (!thumbnailSized)
            std::fprintf(stderr, "EXIF thumbnail frame: %dx%d\n", pixels.width(), pixels.height());
        if (!check(thumbnailSized, state, "the EXIF thumbnail frame is not 160 x 106-107 px"))
            break;
    }
    // The frame shows the photo (stretched), not the black it was filled with, and the same
    // colours as the photo at that place.
    // Compared at the centre of one of the photo's 100-px blocks (image 3250, 2050), not at a
    // block corner where neighbouring random colours blend differently at each scale. The scene
    // renders at 1/4 from the frame's top-left (QGraphicsScene::render does not centre), as the
    // 1500-px preview does.
    const QRgb shown = frame.pixel(812, 512);
    const Result<QImage> full = ImageDecoder::preview(path, 1500);
    const QRgb truth = full ? full->pixel(812, 512) : 0;
    check(shown != qRgb(0, 0, 0) && full && std::abs(qRed(shown) - qRed(truth)) < 60
              && std::abs(qGreen(shown) - qGreen(truth)) < 60,
          state, "the thumbnail frame does not show the photo");
}

/** The second frame: the DCT-reduced decode (the canvas's preview) painted the same way. */
void BM_PreviewPaint(benchmark::State &state)
{
    const QString path = jpeg24mp();
    QImage frame(kViewport, QImage::Format_RGB32);
    for (auto _ : state) {
        frame.fill(Qt::black);
        // 6000 × 4000 at fit in 1600 × 1000 needs 1500 px: a 1/4 DCT reduction, no resize.
        const QSize pixels = firstPaint(path, frame);
        if (!check(pixels == QSize(1500, 1000), state, "the preview does not have 1500x1000 px"))
            break;
    }
    // The frame shows the photo, not the black it was filled with.
    check(frame.pixel(800, 500) != qRgb(0, 0, 0), state, "nothing was painted");
}

/** The reduced decode alone (the rest of BM_FirstPaint is the header, the tiles and a frame). */
void BM_PreviewDecodeOnly(benchmark::State &state)
{
    const QString path = jpeg24mp();
    for (auto _ : state) {
        const Result<QImage> preview = ImageDecoder::preview(path, 1500);
        if (!check(preview && preview->size() == QSize(1500, 1000), state, "preview failed"))
            break;
    }
}

/** A progressive 24 MP JPEG without a thumbnail: OpenCV's full decode, the baseline. */
void BM_CvImreadProgressive(benchmark::State &state)
{
    const std::string path = progressiveJpeg24mp().toStdString();
    for (auto _ : state) {
        const cv::Mat image = cv::imread(path, cv::IMREAD_COLOR);
        if (!check(image.cols == 6000 && image.rows == 4000, state, "cv::imread failed"))
            break;
    }
}

/** Its first frame: the first scans at 1/8 (the service's kEmbeddedThumbnail for such files). */
void BM_ProgressiveFirstScans(benchmark::State &state)
{
    const QString path = progressiveJpeg24mp();
    DecodeOptions options;
    options.firstScansOnly = true;
    QImage coarse;
    for (auto _ : state) {
        const Result<QImage> image = ImageDecoder::decode(path, options);
        if (!check(image && image->size() == QSize(750, 500), state, "first scans failed"))
            break;
        coarse = image.value();
    }
    // Close to the 1/8 decode of the same file (only later refinement bits differ).
    const Result<QImage> eighth = ImageDecoder::preview(path, 750);
    if (!check(eighth && eighth->size() == coarse.size(), state, "no 1/8 decode to compare"))
        return;
    const QRgb a = coarse.pixel(400, 250);
    const QRgb b = eighth->pixel(400, 250);
    check(std::abs(qRed(a) - qRed(b)) < 24 && std::abs(qGreen(a) - qGreen(b)) < 24
              && std::abs(qBlue(a) - qBlue(b)) < 24,
          state, "the first scans do not show the photo");
}

/** What the first frame of such a file was before: the reduced (1/4) decode, all scans read. */
void BM_ProgressivePreviewDecode(benchmark::State &state)
{
    const QString path = progressiveJpeg24mp();
    for (auto _ : state) {
        const Result<QImage> preview = ImageDecoder::preview(path, 1500);
        if (!check(preview && preview->size() == QSize(1500, 1000), state, "preview failed"))
            break;
    }
}

BENCHMARK(BM_CvImreadFull)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProvenaFullDecode)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstPaint)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PreviewPaint)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PreviewDecodeOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CvImreadProgressive)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProgressiveFirstScans)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProgressivePreviewDecode)->Unit(benchmark::kMillisecond);

/**
 * This process's peak RSS in MB (VmHWM). Not getrusage(): its ru_maxrss carries the forked
 * parent's peak over exec, so a child started by a large parent would report the parent's.
 */
double maxRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0; // kB
    }
    return -1;
}

/** The child: first paint of argv's image (or nothing with "-"); prints "maxrss MB W H". */
int runChild(const QString &path, int argc, char **argv)
{
    QApplication app(argc, argv);
    QSize pixels(0, 0);
    if (path != QLatin1String("-")) {
        QImage frame(kViewport, QImage::Format_RGB32);
        pixels = firstPaint(path, frame);
        if (pixels.isEmpty())
            return 1;
    }
    std::printf("maxrss %.1f %d %d\n", maxRssMb(), pixels.width(), pixels.height());
    return 0;
}

/** Runs this program as a child on `path`; its max RSS in MB and preview size, or -1. */
double childRss(const char *self, const QString &path, QSize *pixels)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QString::fromLocal8Bit(self), {QStringLiteral("--show-at-fit"), path});
    if (!process.waitForFinished(300'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return -1;
    const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 4 || fields.at(0) != "maxrss")
        return -1;
    *pixels = QSize(fields.at(2).toInt(), fields.at(3).toInt());
    return fields.at(1).toDouble();
}

/** Peak memory to show a 100 MP JPEG at fit; false when a check failed. */
bool measurePeakMemory(const char *self)
{
    constexpr int kWidth = 12'000;
    constexpr int kHeight = 8'400; // 100.8 MP
    const QString path
        = writeTestJpeg(tempDir().filePath(QStringLiteral("100mp.jpg")), kWidth, kHeight);
    QSize idlePixels;
    QSize pixels;
    const double idle = childRss(self, QStringLiteral("-"), &idlePixels);
    const double shown = childRss(self, path, &pixels);
    QFile::remove(path);
    // 12000 × 8400 at fit in 1600 × 1000 needs 1429 px: the 1/8 reduction (1500 px) does.
    if (idle <= 0 || shown <= 0 || pixels != QSize(1500, 1050)) {
        std::fprintf(stderr, "FAILED peak memory: child failed or preview %dx%d (want 1500x1050)\n",
                     pixels.width(), pixels.height());
        return false;
    }
    const double rgbMb = double(kWidth) * kHeight * 3 / (1024.0 * 1024.0);
    std::printf("peak memory to show %dx%d at fit: %.0f MB max RSS, %.0f MB idle, %.0f MB for "
                "the image; its full RGB buffer is %.0f MB\n",
                kWidth, kHeight, shown, idle, shown - idle, rgbMb);
    std::printf("ratio peak memory at fit / full RGB buffer = %.2f (goal: at most 0.5, %s)\n",
                (shown - idle) / rgbMb, (shown - idle) / rgbMb <= 0.5 ? "met" : "missed");
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--show-at-fit") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), argc, argv);

    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // QPixmap tiles need a GUI application
    MetadataReader::initialise(); // as MainWindow does at start-up, before any photo is opened
    benchmark::Initialize(&argc, argv);
    provena::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatio("first paint (EXIF thumbnail) / cv::imread full", "BM_FirstPaint",
                        "BM_CvImreadFull", ", goal: at most 0.3");
    reporter.printRatio("preview paint (reduced decode) / cv::imread full", "BM_PreviewPaint",
                        "BM_CvImreadFull");
    reporter.printRatio("preview decode only / cv::imread full", "BM_PreviewDecodeOnly",
                        "BM_CvImreadFull");
    reporter.printRatio("ImageDecoder::decode / cv::imread", "BM_ProvenaFullDecode",
                        "BM_CvImreadFull");
    reporter.printRatio("progressive, no thumbnail: first scans / cv::imread full",
                        "BM_ProgressiveFirstScans", "BM_CvImreadProgressive",
                        ", goal: at most 0.3");
    reporter.printRatio("progressive, no thumbnail: 1/4 preview / cv::imread full",
                        "BM_ProgressivePreviewDecode", "BM_CvImreadProgressive");
    const bool memoryOk = measurePeakMemory(argv[0]);
    benchmark::Shutdown();
    return reporter.exitCode() != 0 || !memoryOk ? 1 : 0;
}
