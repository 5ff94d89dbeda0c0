// SPDX-License-Identifier: MIT
// Decoding a 24-megapixel JPEG through provena::media: full decode, DCT-reduced decodes and
// previews, against baselines measured in the same run (reading the bytes, probing the header,
// Qt's own decoder). Prints a ratio table at the end.
//
// The test JPEG is written with Qt rather than OpenCV: outside app/media nothing may include
// OpenCV headers (architecture §8.2, enforced by the layering grep).
#include "media/imagedecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>

#include "ratioreporter.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>

using namespace provena;

namespace {

constexpr int kWidth = 6000;
constexpr int kHeight = 4000;

/**
 * A 6000x4000 JPEG (q90, 4:2:0 as Qt writes it) with smooth colour fields plus sensor-like noise,
 * so that it compresses like a camera photo (about 8–10 MB), not like a flat test card.
 */
QString testJpeg()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        QElapsedTimer timer;
        timer.start();
        QImage coarse(60, 40, QImage::Format_RGB32);
        std::uint32_t state = 2463534242u; // xorshift32: fixed seed, same image every run
        const auto next = [&state] {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return state;
        };
        for (int y = 0; y < coarse.height(); ++y)
            for (int x = 0; x < coarse.width(); ++x)
                coarse.setPixel(x, y, qRgb(next() % 256, next() % 256, next() % 256));
        QImage image
            = coarse.scaled(kWidth, kHeight, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        for (int y = 0; y < kHeight; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < kWidth; ++x) {
                const int n = int(next() % 25) - 12;
                const auto add = [n](int c) {
                    return qBound(0, c + n, 255);
                };
                line[x] = qRgb(add(qRed(line[x])), add(qGreen(line[x])), add(qBlue(line[x])));
            }
        }
        const QString file = dir.filePath(QStringLiteral("24mp.jpg"));
        QImageWriter writer(file, "jpeg");
        writer.setQuality(90);
        if (!writer.write(image)) {
            std::fprintf(stderr, "could not write %s: %s\n", qPrintable(file),
                         qPrintable(writer.errorString()));
            std::abort();
        }
        std::printf("Generated %s: %dx%d, %lld bytes, in %lld ms\n", qPrintable(file), kWidth,
                    kHeight, static_cast<long long>(QFile(file).size()),
                    static_cast<long long>(timer.elapsed()));
        return file;
    }();
    return path;
}

/** Reports a failed check (the benchmark, and so the process, then fails); false to stop. */
bool check(bool ok, benchmark::State &state, const char *what)
{
    if (!ok)
        state.SkipWithError(what);
    return ok;
}

void BM_ReadBytes(benchmark::State &state)
{
    const QString path = testJpeg();
    for (auto _ : state) {
        QFile file(path);
        if (!check(file.open(QIODevice::ReadOnly), state, "open failed"))
            break;
        const QByteArray bytes = file.readAll();
        if (!check(bytes.size() == file.size(), state, "short read"))
            break;
    }
}

void BM_Probe(benchmark::State &state)
{
    const QString path = testJpeg();
    for (auto _ : state) {
        const Result<ImageInfo> info = ImageDecoder::probe(path);
        if (!check(info.ok() && info->size == QSize(kWidth, kHeight), state, "probe failed"))
            break;
    }
}

void BM_QImageReaderFull(benchmark::State &state)
{
    const QString path = testJpeg();
    for (auto _ : state) {
        QImageReader reader(path);
        const QImage image = reader.read();
        if (!check(image.width() == kWidth, state, "QImageReader failed"))
            break;
    }
}

void BM_Decode(benchmark::State &state)
{
    const QString path = testJpeg();
    DecodeOptions options;
    options.reduceFactor = int(state.range(0));
    const int expectedWidth = (kWidth + options.reduceFactor - 1) / options.reduceFactor;
    for (auto _ : state) {
        const Result<QImage> image = ImageDecoder::decode(path, options);
        if (!check(image.ok() && image->width() == expectedWidth, state, "decode failed"))
            break;
    }
}

void BM_Preview(benchmark::State &state)
{
    const QString path = testJpeg();
    const int maxSide = int(state.range(0));
    for (auto _ : state) {
        const Result<QImage> image = ImageDecoder::preview(path, maxSide);
        if (!check(image.ok() && image->width() == maxSide, state, "preview failed"))
            break;
    }
}

BENCHMARK(BM_ReadBytes)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Probe)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_QImageReaderFull)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Decode)->Arg(1)->Arg(2)->Arg(4)->Arg(8)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Preview)->Arg(750)->Arg(1024)->Unit(benchmark::kMillisecond)->UseRealTime();

/**
 * The ratio table: every benchmark against the full decode and against reading the bytes. Real
 * and CPU time are both printed because on a shared machine real time includes waiting for a
 * core; CPU time (one decoding thread) is then the steadier figure.
 */
void printRatios(const provena::bench::RatioReporter &reporter)
{
    const auto &times = reporter.times();
    const auto full = times.find("BM_Decode/1/real_time");
    const auto bytes = times.find("BM_ReadBytes/real_time");
    if (full == times.end() || bytes == times.end()) {
        std::printf("\nRatios unavailable (a baseline benchmark was filtered out or failed).\n");
        return;
    }
    std::printf("\n%-30s %9s %9s %13s %13s %12s\n", "benchmark", "real ms", "cpu ms",
                "full/x (real)", "full/x (cpu)", "x/read bytes");
    for (const auto &[name, t] : times) {
        std::printf("%-30s %9.2f %9.2f %13.2f %13.2f %12.1f\n", name.c_str(), t.real, t.cpu,
                    full->second.real / t.real, full->second.cpu / t.cpu,
                    t.real / bytes->second.real);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    testJpeg(); // generate outside the timed loops
    provena::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    printRatios(reporter);
    benchmark::Shutdown();
    return reporter.exitCode();
}
