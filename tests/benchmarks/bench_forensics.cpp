// SPDX-License-Identifier: MIT
// The forensic views on a 24-megapixel photo with a cloned 600×600 block, each against decoding
// the same JPEG in the same run (ImageDecoder::decodeData): how many decodes one view costs.
// Correctness checks fail the run: views keep the photo's size, copy-move finds the clone.
#include "media/copymovedetector.h"
#include "media/forensicview.h"
#include "media/imagedecoder.h"
#include "media/imageforensics.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include "ratioreporter.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>

using namespace provena;

namespace {

constexpr int kWidth = 6000;
constexpr int kHeight = 4000;
const QRect kFrom(1000, 1000, 600, 600);
const QPoint kTo(3500, 2500);

/** A 24 MP JPEG (q92) of smooth colour fields with fine texture and one cloned block. */
const QByteArray &testJpeg()
{
    static const QByteArray bytes = [] {
        std::uint32_t state = 2463534242u; // xorshift32: the same image every run
        const auto next = [&state] {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return state;
        };
        QImage coarse(1500, 1000, QImage::Format_RGB32);
        for (int y = 0; y < coarse.height(); ++y)
            for (int x = 0; x < coarse.width(); ++x)
                coarse.setPixel(x, y, qRgb(next() % 256, next() % 256, next() % 256));
        QImage image
            = coarse.scaled(kWidth, kHeight, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QPainter(&image).drawImage(kTo, image.copy(kFrom));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 92);
        std::printf("Generated a %dx%d JPEG, %lld bytes\n", kWidth, kHeight,
                    static_cast<long long>(jpeg.size()));
        return jpeg;
    }();
    return bytes;
}

const QImage &decoded()
{
    static const QImage image
        = ImageDecoder::decodeData(testJpeg(), QStringLiteral("24mp.jpg")).value();
    return image;
}

bool check(bool ok, benchmark::State &state, const char *what)
{
    if (!ok)
        state.SkipWithError(what);
    return ok;
}

bool near(const QRect &a, const QRect &b, int tolerance)
{
    return qAbs(a.left() - b.left()) <= tolerance && qAbs(a.top() - b.top()) <= tolerance
        && qAbs(a.right() - b.right()) <= tolerance && qAbs(a.bottom() - b.bottom()) <= tolerance;
}

void BM_Decode(benchmark::State &state)
{
    for (auto _ : state) {
        const Result<QImage> image = ImageDecoder::decodeData(testJpeg(), QStringLiteral("x.jpg"));
        if (!check(image.ok() && image->width() == kWidth, state, "decode failed"))
            return;
    }
}
BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_View(benchmark::State &state)
{
    const auto kind = ForensicView::Kind(state.range(0));
    ForensicView::Parameters parameters;
    parameters.kind = kind;
    for (auto _ : state) {
        const Result<ForensicView::Output> output = ForensicView::compute(decoded(), parameters);
        if (!check(output.ok() && output->image.size() == decoded().size(), state,
                   "view failed or has another size"))
            return;
        if (kind == ForensicView::Kind::CopyMove) {
            const QRect to(kTo, kFrom.size());
            // 1600 px analysed of 6000: an analysed pixel is 3.75 photo pixels.
            const bool found = output->matches.size() == 1
                && ((near(output->matches[0].source, kFrom, 16)
                     && near(output->matches[0].target, to, 16))
                    || (near(output->matches[0].source, to, 16)
                        && near(output->matches[0].target, kFrom, 16)));
            if (!check(found, state, "copy-move did not find the clone"))
                return;
        }
    }
    state.SetLabel(ForensicView::id(kind).toStdString());
}
BENCHMARK(BM_View)
    ->Arg(int(ForensicView::Kind::ErrorLevel))
    ->Arg(int(ForensicView::Kind::NoiseResidual))
    ->Arg(int(ForensicView::Kind::LuminanceGradient))
    ->Arg(int(ForensicView::Kind::CopyMove))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_Histogram(benchmark::State &state)
{
    for (auto _ : state) {
        const Result<ImageHistogram> histogram = ImageForensics::histogram(decoded());
        if (!check(histogram.ok() && histogram->pixels == qint64(kWidth) * kHeight, state,
                   "histogram failed"))
            return;
    }
}
BENCHMARK(BM_Histogram)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    decoded(); // generate and decode outside the timed loops
    provena::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\n");
    const char *names[] = {"ela", "noise", "gradient", "copymove"};
    for (int kind = 0; kind < 4; ++kind)
        reporter.printRatio(std::string(names[kind]) + " / decode",
                            "BM_View/" + std::to_string(kind) + "/real_time",
                            "BM_Decode/real_time");
    reporter.printRatio("histogram / decode", "BM_Histogram/real_time", "BM_Decode/real_time");
    benchmark::Shutdown();
    return reporter.exitCode();
}
